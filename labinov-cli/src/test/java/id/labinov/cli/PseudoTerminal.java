package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the real tool in a child JVM on a pseudo-terminal made by {@code script} (util-linux), for
 * the tests that check what a person at a terminal sees. Without {@code script} those tests are
 * skipped on a laptop and fail on CI ({@code CI=true}).
 */
final class PseudoTerminal {
  private static final Path SCRIPT = Path.of("/usr/bin/script");

  private PseudoTerminal() {}

  /** Skips the calling test when {@code script} is absent, unless on CI, where that is a failure. */
  static void require() {
    if (!Files.isExecutable(SCRIPT)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("/usr/bin/script (util-linux) is needed on CI for the pseudo-terminal tests");
      }
      assumeTrue(false, "skipped: /usr/bin/script (util-linux) is absent, so no pseudo-terminal can be made");
    }
  }

  /** The shell words that start the tool in a child JVM on this test's class path. */
  static String tool(String... args) {
    List<String> words = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    words.addAll(List.of(args));
    return words.stream().map(PseudoTerminal::quote).collect(Collectors.joining(" "));
  }

  /**
   * Runs a shell command line under {@code script} in a folder, with no {@code COLUMNS} or
   * {@code LINES} inherited (so the width is the terminal's own), and returns what the terminal
   * received, line breaks as {@code \n}.
   *
   * @throws AssertionError if it does not end within 120 s or ends with another exit code than 0
   */
  static String run(Path folder, String command) throws Exception {
    Path terminal = folder.resolve("terminal-" + System.nanoTime() + ".txt");
    ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), "-q", "-e", "-c", command, "/dev/null")
        .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(terminal.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE);
    pb.environment().remove("COLUMNS");
    pb.environment().remove("LINES");
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the tool did not finish within 120 s: " + command);
    }
    String shown = new String(Files.readAllBytes(terminal), StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertThat(p.exitValue()).as(shown).isZero();
    return shown;
  }

  /** A word quoted for {@code sh}. */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
