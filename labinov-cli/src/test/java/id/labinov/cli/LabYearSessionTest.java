package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs "A lab year from the terminal" of the main README as written — directory, programme, import,
 * the stages to Display, scores, monitoring, reports, closing — on a terminal 100 columns wide, and
 * compares every transcript block with what the tool printed (ids and folders masked).
 */
class LabYearSessionTest {
  @TempDir
  Path dir;

  @AfterEach
  void forgetTheTerminal() {
    System.clearProperty("labinov.terminal.stdout");
    System.clearProperty("labinov.terminal.columns");
  }

  @Test
  void theLabYearOfTheMainReadmeRunsAsWritten() throws Exception {
    String readme = ReadmeSession.section(Files.readString(Path.of("..", "README.md")), "### A lab year from the terminal");
    ReadmeSession year = new ReadmeSession(readme, "year", dir);
    assertThat(year.commands()).hasSizeGreaterThan(25);
    System.setProperty("labinov.terminal.stdout", "true");
    System.setProperty("labinov.terminal.columns", "100");
    year.run();
    assertThat(year.compare()).isGreaterThanOrEqualTo(25);
    assertThat(dir.resolve("usulan.xlsx")).isNotEmptyFile();
    assertThat(dir.resolve("nilai.csv")).isNotEmptyFile();
    assertThat(dir.resolve("laporan/programme-summary.pdf")).isNotEmptyFile();
  }
}
