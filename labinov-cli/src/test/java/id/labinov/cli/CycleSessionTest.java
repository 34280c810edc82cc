package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs "Year after year from the terminal" of the module README as written — an innovation displayed
 * in 2023, monitored, entered in IGA twice, developed in 2026 with its 2025 claim carried over and
 * confirmed, the eligibility for IGA and KIPP 2026 and the sustainability watch in both languages — and
 * compares every transcript block with what the tool printed (ids and folders masked).
 */
class CycleSessionTest {
  @TempDir
  Path dir;

  @Test
  void theReadmeYearAfterYearSessionRunsAsWritten() throws Exception {
    String readme = ReadmeSession.section(Files.readString(Path.of("README.md")), "### Year after year from the terminal");
    ReadmeSession session = new ReadmeSession(readme, "cycle", dir);
    assertThat(session.commands()).hasSizeGreaterThanOrEqualTo(30);
    session.run();
    assertThat(session.compare()).isGreaterThanOrEqualTo(12);
  }
}
