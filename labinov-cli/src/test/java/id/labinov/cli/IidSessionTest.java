package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs "IID readiness from the terminal" of the module README as written — a document from a file, a
 * claim, a link, the pre-flight in both languages, a refused and an accepted verification, the
 * readiness page — and compares every transcript block with what the tool printed (ids and folders
 * masked).
 */
class IidSessionTest {
  @TempDir
  Path dir;

  @Test
  void theReadmeIidSessionRunsAsWritten() throws Exception {
    String readme = ReadmeSession.section(Files.readString(Path.of("README.md")), "### IID readiness from the terminal");
    ReadmeSession session = new ReadmeSession(readme, "iid", dir);
    assertThat(session.commands()).hasSizeGreaterThanOrEqualTo(12);
    session.run();
    assertThat(session.compare()).isGreaterThanOrEqualTo(10);
    assertThat(dir.resolve("kesiapan.pdf")).isNotEmptyFile();
  }
}
