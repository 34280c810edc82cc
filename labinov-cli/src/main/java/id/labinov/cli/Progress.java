package id.labinov.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn with a carriage return at each whole percent.
 * Shown when standard error is a terminal ({@link Terminal#stderr()}), whatever standard output is
 * (so {@code labinov import big.csv > hasil.txt} still shows it), or when {@code --progress} forces
 * it; silent otherwise or with {@code --no-progress}, so logs stay clean.
 *
 * <p>The bar never shares a line with other output: a result line goes through
 * {@link #println(PrintWriter, String)}, which clears the bar's line, prints the result on its own
 * line and draws the bar again below it; {@link #close()} ends the bar's line before anything else is
 * printed. The bar is fitted to the terminal's width, so a carriage return always reaches its start.
 */
final class Progress implements AutoCloseable {
  /** The most characters of {@code #} the bar has. */
  static final int MAX_BAR = 30;
  /** The fewest, when the terminal is narrow. */
  static final int MIN_BAR = 10;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean enabled;
  private final int columns;
  private long lastPercent = -1;
  private boolean drawn;
  private String bar = "";

  private Progress(PrintWriter err, String label, long total, boolean enabled, int columns) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.enabled = enabled && total > 0;
    this.columns = columns;
  }

  /**
   * Starts a bar.
   *
   * @param err standard error
   * @param asked the {@code --progress} option: {@code true}, {@code false}, or {@code null} if not given
   * @param label what is in progress ("impor")
   * @param total how many units there are
   * @return the bar (silent when not wanted)
   */
  static Progress start(PrintWriter err, Boolean asked, String label, long total) {
    boolean on = asked != null ? asked : Terminal.stderr();
    return new Progress(err, label, total, on, on ? Terminal.columns() : Terminal.DEFAULT_COLUMNS);
  }

  /** A bar for tests: on or off, for a terminal of the given width. */
  static Progress of(PrintWriter err, boolean on, String label, long total, int columns) {
    return new Progress(err, label, total, on, columns);
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

  /** Whether the bar is drawn at all. */
  boolean enabled() {
    return enabled;
  }

  /** Shows that {@code done} of the total units are finished. */
  void update(long done) {
    if (!enabled) {
      return;
    }
    long percent = Math.max(0, Math.min(100, done * 100 / total));
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    String counts = String.format(Locale.ROOT, "%3d%% %d/%d", percent, Math.max(0, Math.min(done, total)), total);
    // label, " [", the bar, "] ", the counts: one character short of the width, so the cursor never wraps
    int room = columns - 1 - label.length() - 4 - counts.length();
    int width = Math.max(MIN_BAR, Math.min(MAX_BAR, room));
    int filled = (int) (percent * width / 100);
    bar = label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + counts;
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
      out.flush();
      return;
    }
    clear();
    out.println(line);
    out.flush();
    err.print(bar);
    err.flush();
  }

  private void clear() {
    err.print("\r" + " ".repeat(bar.length()) + "\r");
    err.flush();
  }

  /** Removes the bar, leaving its line empty for what is printed next. */
  @Override
  public void close() {
    if (drawn) {
      clear();
      drawn = false;
    }
  }
}
