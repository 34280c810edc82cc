package id.labinov.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn with a carriage return at each whole percent.
 * Silent unless standard error is a terminal or {@code --progress} was given, so redirected output
 * and logs stay clean.
 */
final class Progress implements AutoCloseable {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean enabled;
  private long lastPercent = -1;
  private boolean drawn;
  private String bar = "";

  private Progress(PrintWriter err, String label, long total, boolean enabled) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.enabled = enabled && total > 0;
  }

  /** Starts a bar; {@code asked} is the {@code --progress} option ({@code null} if not given). */
  static Progress start(PrintWriter err, Boolean asked, String label, long total) {
    boolean on = asked != null ? asked : terminal();
    return new Progress(err, label, total, on);
  }

  /**
   * Tells whether the JVM talks to a terminal. From JDK 22 {@code System.console()} is never null,
   * so {@code Console.isTerminal()} (called reflectively: we compile for 17) decides there.
   */
  static boolean terminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Shows that {@code done} of the total units are finished. */
  void update(long done) {
    if (!enabled) {
      return;
    }
    long percent = Math.min(100, done * 100 / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = (int) (percent * WIDTH / 100);
    bar = label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
        + String.format(java.util.Locale.ROOT, "%3d%% %d/%d", percent, Math.min(done, total), total);
    err.print("\r" + bar);
    err.flush();
    drawn = true;
  }

  /**
   * Prints a result line on standard output without mixing it into the bar: the bar's line is
   * cleared first and drawn again below the printed line.
   */
  void println(PrintWriter out, String line) {
    if (!drawn) {
      out.println(line);
      return;
    }
    err.print("\r" + " ".repeat(bar.length()) + "\r");
    err.flush();
    out.println(line);
    out.flush();
    err.print(bar);
    err.flush();
  }

  @Override
  public void close() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
