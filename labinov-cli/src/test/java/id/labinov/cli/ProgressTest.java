package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line (issue 22): on standard error when it is a terminal, never on a line with
 * result lines, forced with {@code --progress}, silent otherwise; and the real tool under a
 * pseudo-terminal with its output redirected to a file.
 */
class ProgressTest {

  @TempDir
  Path dir;

  @AfterEach
  void forgetTheTerminal() {
    System.clearProperty("labinov.terminal.stderr");
  }

  @Test
  void resultLinesNeverShareALineWithTheBar() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    try (Progress p = Progress.of(new PrintWriter(err), true, "impor", 4, 80)) {
      p.update(1);
      p.println(o, "baris 2: disimpan A");
      p.update(2);
      p.println(o, "baris 3: disimpan B");
      p.update(4);
    }
    o.println("Impor selesai.");
    o.flush();
    assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(), "baris 2: disimpan A",
        "baris 3: disimpan B", "Impor selesai.", ""));
    // what a terminal shows: the bar is wiped (carriage return, blanks, carriage return) before each printed line
    String bar = "impor [#######                       ]  25% 1/4";
    assertThat(err.toString()).startsWith("\r" + bar + "\r" + " ".repeat(bar.length()) + "\r" + bar)
        .contains("100% 4/4").endsWith("\r" + " ".repeat(bar.length()) + "\r");
  }

  @Test
  void theBarFitsANarrowTerminal() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.of(new PrintWriter(err), true, "laporan", 1000, 40)) {
      p.update(500);
      assertThat(err.toString().substring(1)).hasSizeLessThan(40).contains("50% 500/1000");
    }
  }

  @Test
  void onlyWhenStandardErrorIsATerminalUnlessForced() {
    StringWriter err = new StringWriter();
    System.setProperty("labinov.terminal.stderr", "false");
    try (Progress p = Progress.start(new PrintWriter(err), null, "impor", 2)) {
      p.update(2);
      assertThat(p.enabled()).isFalse();
    }
    try (Progress forced = Progress.start(new PrintWriter(err), true, "impor", 2)) {
      forced.update(2);
    }
    assertThat(err.toString()).contains("impor [").contains("100% 2/2");
    System.setProperty("labinov.terminal.stderr", "true");
    StringWriter off = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(off), false, "impor", 2)) {
      p.update(2);
    }
    assertThat(off.toString()).isEmpty();
    try (Progress p = Progress.start(new PrintWriter(off), null, "impor", 2)) {
      assertThat(p.enabled()).isTrue();
    }
  }

  @Test
  void theImportCommandDrawsTheBarWhenStandardErrorIsATerminal() throws Exception {
    CliRunner cli = new CliRunner(dir).migrated();
    Path f = dir.resolve("dua.csv");
    Files.writeString(f, "title,opd\nA,DINKES\nB,DINKES\n");
    System.setProperty("labinov.terminal.stderr", "true");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.err()).contains("impor [").contains("100% 2/2");
    assertThat(r.out()).doesNotContain("\r").doesNotContain("impor [");
    System.setProperty("labinov.terminal.stderr", "false");
    assertThat(cli.admin("import", f.toString()).err()).isEmpty();
  }

  /**
   * Runs the real tool in a child JVM whose standard error is a pseudo-terminal ({@code script}) and
   * whose standard output goes to a file, as in {@code labinov import big.csv > hasil.txt}.
   */
  @Test
  void underAPseudoTerminalTheBarShowsWhileOutputGoesToAFile() throws Exception {
    PseudoTerminal.require();
    String db = "jdbc:h2:file:" + dir.resolve("labinov-data").toAbsolutePath();
    StringBuilder csv = new StringBuilder("judul,opd\n");
    for (int i = 1; i <= 300; i++) {
      csv.append("Inovasi ").append(i).append(",DINKES\n");
    }
    Files.writeString(dir.resolve("big.csv"), csv);
    PseudoTerminal.run(dir, PseudoTerminal.tool("migrate", "--jdbc-url", db) + " > migrate.txt");
    String terminal = PseudoTerminal.run(dir, PseudoTerminal.tool("import", "big.csv", "--jdbc-url", db,
        "--actor", "admin", "--region", "36.02") + " > hasil.txt");
    String result = Files.readString(dir.resolve("hasil.txt"));
    assertThat(terminal).contains("impor [").contains("100% 300/300");
    assertThat(result.lines()).hasSize(301).allSatisfy(l -> assertThat(l).startsWith(l.startsWith("Impor") ? "Impor"
        : "baris "));
    assertThat(result).contains("Impor selesai: 300 baris, 300 disimpan").doesNotContain("\r").doesNotContain("[#")
        .doesNotContain("%");
  }
}
