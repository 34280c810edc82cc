package id.labinov.cli;

import id.labinov.core.cycle.CycleRefusedException;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.DocumentExistsException;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.NoSuchDocumentException;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.TransitionRefusedException;
import id.labinov.core.rules.UnknownRulebookException;
import id.labinov.persistence.jdbc.JdbcSettingException;
import id.labinov.persistence.jdbc.SchemaNotAppliedException;
import id.labinov.persistence.jdbc.SchemaVersionException;
import id.labinov.reporting.ReportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns what a command threw into one line on standard error and a documented exit code. A user
 * mistake never shows a stack trace; only an unexpected failure (a bug) names its exception type.
 */
final class Errors implements IExecutionExceptionHandler {
  /** The yearly cycle's refusals by its rules: nothing was written, as with a refused command. */
  private static final java.util.Set<String> CYCLE_REFUSALS = java.util.Set.of("ENTRY_LIMIT_REACHED",
      "VERSION_YEAR_EXISTS", "NOT_DISPLAYED");
  private final LabinovCommand root;

  Errors(LabinovCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    Texts texts = root.textsOrDefault();
    Outcome o = classify(ex, texts);
    java.io.PrintWriter err = TerminalText.safe(cmd.getErr());
    err.println(texts.get("error.prefix") + " " + o.message);
    if (o.hint != null) {
      err.println("  " + o.hint);
    }
    err.flush();
    return o.code;
  }

  private record Outcome(int code, String message, String hint) {}

  private static Outcome classify(Throwable ex, Texts t) {
    java.util.Locale l = t.locale();
    if (ex instanceof CliException c) {
      return new Outcome(c.exitCode(), c.message(t), null);
    }
    if (ex instanceof NoSuchInnovationException e) {
      return new Outcome(ExitCodes.NOT_FOUND, e.getMessage(l), t.get("hint.notFound"));
    }
    if (ex instanceof NoSuchProgrammeException e) {
      return new Outcome(ExitCodes.NOT_FOUND, e.getMessage(l), t.get("hint.programme"));
    }
    if (ex instanceof UnknownRulebookException e) {
      return new Outcome(ExitCodes.NOT_FOUND, e.getMessage(l), null);
    }
    if (ex instanceof TransitionRefusedException e) {
      return new Outcome(ExitCodes.REFUSED, e.getMessage(l), null);
    }
    if (ex instanceof NoSuchDocumentException e) {
      return new Outcome(ExitCodes.NOT_FOUND, e.getMessage(l), t.get("hint.document"));
    }
    if (ex instanceof RegisterConflictException e) {
      return new Outcome(ExitCodes.REFUSED, e.getMessage(l), t.get("hint.registerConflict"));
    }
    if (ex instanceof RegisterRefusedException | ex instanceof DocumentExistsException
        || ex instanceof DocumentSupersededException || ex instanceof DocumentInUseException) {
      // the register refused the change: nothing was written, as with a refused command
      return new Outcome(ExitCodes.REFUSED, ((LabinovException) ex).getMessage(l), null);
    }
    if (ex instanceof CycleRefusedException e) {
      return new Outcome(ExitCodes.REFUSED, e.getMessage(l), null);
    }
    if (ex instanceof InvalidValueException e && CYCLE_REFUSALS.contains(e.code())) {
      return new Outcome(ExitCodes.REFUSED, e.getMessage(l), null);
    }
    if (ex instanceof InvalidValueException e && e.code().equals("NOT_CARRIED_OVER")) {
      return new Outcome(ExitCodes.NOT_FOUND, e.getMessage(l), t.get("hint.carried"));
    }
    if (ex instanceof VersionConflictException e) {
      return new Outcome(ExitCodes.REFUSED, e.getMessage(l), t.get("hint.conflict"));
    }
    if (ex instanceof SchemaNotAppliedException e) {
      return new Outcome(ExitCodes.STORAGE, e.getMessage(l), t.get("hint.migrate"));
    }
    if (ex instanceof SchemaVersionException e) {
      return new Outcome(ExitCodes.STORAGE, e.getMessage(l), t.get("hint.upgrade"));
    }
    if (ex instanceof JdbcSettingException e && e.code().endsWith("_JDBC_URL")) {
      // refused before any connection was opened: a usage error, not a database failure
      return new Outcome(ExitCodes.USAGE, e.getMessage(l), null);
    }
    if (ex instanceof JdbcSettingException e) {
      // a setting given to the storage (a table prefix, a limit): the operator's to fix
      return new Outcome(ExitCodes.USAGE, e.getMessage(l), null);
    }
    if (ex instanceof StorageException e) {
      return new Outcome(ExitCodes.STORAGE, e.getMessage(l) + sqlState(e), t.get("hint.storage"));
    }
    if (ex instanceof RulebookValidationException e) {
      return new Outcome(ExitCodes.REFUSED, e.getMessage(l), null);
    }
    if (ex instanceof IdempotencyKeyReusedException | ex instanceof InvalidValueException
        || ex instanceof ReportException) {
      return new Outcome(ExitCodes.USAGE, ((LabinovException) ex).getMessage(l), null);
    }
    if (ex instanceof LabinovException e) {
      return new Outcome(ExitCodes.USAGE, e.getMessage(l), null);
    }
    if (ex instanceof UncheckedIOException || ex instanceof IOException) {
      Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
      return new Outcome(ExitCodes.STORAGE, t.get("error.io", String.valueOf(io.getMessage())), null);
    }
    return new Outcome(ExitCodes.INTERNAL,
        t.get("error.internal", ex.getClass().getName(), String.valueOf(ex.getMessage())), null);
  }

  private static String sqlState(StorageException e) {
    return e.sqlState().map(s -> " (SQLSTATE " + s + ")").orElse("");
  }
}
