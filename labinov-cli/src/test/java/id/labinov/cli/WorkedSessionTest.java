package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the worked session of the module README: writes its files, runs each command in-process with
 * the README's expected exit code, and compares the printed transcript (ids and folders masked).
 */
class WorkedSessionTest {
  @TempDir
  Path dir;

  @Test
  void theReadmeSessionRunsAsWritten() throws Exception {
    String readme = ReadmeSession.section(Files.readString(Path.of("README.md")), "### Worked session");
    ReadmeSession session = new ReadmeSession(readme, "session", dir);
    assertThat(session.commands()).hasSizeGreaterThan(10);
    assertThat(dir.resolve("labinov.properties")).exists();
    session.run();
    assertThat(session.compare()).isGreaterThanOrEqualTo(10);
  }
}
