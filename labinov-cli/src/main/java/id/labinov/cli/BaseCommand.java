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

  /**
   * Says on standard error that a text file starts with a UTF-8 byte order mark, which is dropped
   * (Excel writes one in "CSV UTF-8"): the file is read, and the user knows why its first bytes are
   * not part of the first value.
   */
  void noteByteOrderMark(java.nio.file.Path file) {
    byte[] head = new byte[3];
    int n = 0;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 3);
    } catch (java.io.IOException e) {
      return; // reading the file proper reports the problem
    }
    if (n == 3 && id.labinov.core.model.InputText.hasByteOrderMark(head)) {
      err().println(texts().get("note.byteOrderMark", file));
      err().flush();
    }
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
