package id.labinov.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What the tool knows about where its output goes: whether standard output and standard error are
 * each a terminal (so a listing becomes a table on the screen and tab-separated lines in a pipe, and
 * a progress line appears on the screen even when the output is redirected to a file), and how wide
 * the terminal is.
 *
 * <p>On Linux each stream is looked up in {@code /proc/self/fd}: a terminal is a {@code /dev/pts/N}
 * or {@code /dev/ttyN} device. Elsewhere, the JVM's console decides for both. The width is
 * {@code COLUMNS} when set, else {@code stty size} on the controlling terminal, else 80. The system
 * properties {@code labinov.terminal.stdout}, {@code labinov.terminal.stderr} ({@code true} or
 * {@code false}) and {@code labinov.terminal.columns} override the detection (tests, unusual
 * terminals).
 */
final class Terminal {
  /** The width assumed when none can be found. */
  static final int DEFAULT_COLUMNS = 80;

  private Terminal() {}

  /** Whether standard output is a terminal. */
  static boolean stdout() {
    return isTerminal(1, "labinov.terminal.stdout");
  }

  /** Whether standard error is a terminal. */
  static boolean stderr() {
    return isTerminal(2, "labinov.terminal.stderr");
  }

  private static boolean isTerminal(int fd, String property) {
    String forced = System.getProperty(property);
    if (forced != null) {
      return Boolean.parseBoolean(forced);
    }
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        // fall through to the console
      }
    }
    return Progress.terminal();
  }

  /** The terminal's width in columns (at least 40). */
  static int columns() {
    Integer forced = number(System.getProperty("labinov.terminal.columns"));
    if (forced != null) {
      return Math.max(40, forced);
    }
    Integer env = number(System.getenv("COLUMNS"));
    if (env != null) {
      return Math.max(40, env);
    }
    Integer stty = sttyColumns();
    return stty != null ? Math.max(40, stty) : DEFAULT_COLUMNS;
  }

  private static Integer sttyColumns() {
    File tty = new File("/dev/tty");
    if (!tty.exists() || !new File("/bin/stty").canExecute() && !new File("/usr/bin/stty").canExecute()) {
      return null;
    }
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        return null;
      }
      String[] parts = out.split("\\s+");
      return parts.length == 2 ? number(parts[1]) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static Integer number(String text) {
    if (text == null || !text.strip().matches("\\d{1,4}")) {
      return null;
    }
    int n = Integer.parseInt(text.strip());
    return n > 0 ? n : null;
  }
}
