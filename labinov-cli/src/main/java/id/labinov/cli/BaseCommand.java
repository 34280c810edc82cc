package id.labinov.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the global settings, texts, output streams and a session. */
abstract class BaseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  LabinovCommand root() {
    return (LabinovCommand) spec.root().userObject();
  }

  Texts texts() {
    return root().texts();
  }

  Settings settings() {
    return root().settings();
  }

  private PrintWriter safeOut;
  private PrintWriter safeErr;

  /** Standard output, terminal-safe (see {@link TerminalText}). */
  PrintWriter out() {
    if (safeOut == null) {
      safeOut = TerminalText.safe(spec.commandLine().getOut());
    }
    return safeOut;
  }

  /** Standard error, terminal-safe. */
  PrintWriter err() {
    if (safeErr == null) {
      safeErr = TerminalText.safe(spec.commandLine().getErr());
    }
    return safeErr;
  }

  /** Connects, checking (never changing) the schema. */
  Session open() {
    return Session.open(settings(), root().clock(), false);
  }

  Progress progress(String label, long total) {
    return Progress.start(err(), root().global().progress, label, total);
  }

  @Override
  public final Integer call() throws Exception {
    texts();
    int code = run();
    out().flush();
    return code;
  }

  /** Does the work and returns the exit code; throws for failures {@link Errors} explains. */
  abstract int run() throws Exception;
}
