package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labinov report sustainability} and {@code report index-what-if}: the yearly-cycle reports from the database. */
class CycleReportsCliTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void aClaim() throws Exception {
    cli = new CliRunner(dir).migrated();
    ref = cli.importPosyandu();
    DocumentCommandTest.ok(DocumentCommandTest.addDecree(cli, dir.resolve("sk.pdf"), ref));
    DocumentCommandTest.ok(cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "3",
        "--document", "sk-800-12"));
  }

  @Test
  void theWhatIfRanksTheChoicesOfTheYear() {
    CliRunner.Run json = cli.admin("report", "index-what-if", "--year", "2025", "--spd", "41", "--count-score", "38",
        "--format", "json");
    DocumentCommandTest.ok(json);
    // one innovation with REGULATION supported at level 1 (weight 3): ((41 + 38) x 10 + 3) x 100 / 2500 = 31.72
    assertThat(json.out()).startsWith("{\"report\":\"index-what-if\"").contains("\"index\":31.72")
        .contains("\"kind\":\"REMOVE\"");
    CliRunner.Run screen = cli.admin("report", "index-what-if", "--year", "2025", "--lang", "en");
    DocumentCommandTest.ok(screen);
    assertThat(screen.out()).startsWith("What raises the index most\n").contains("Do not send");
  }

  @Test
  void theSustainabilityReportIsWrittenAndNeedsNoYear() {
    CliRunner.Run json = cli.admin("report", "sustainability", "--format", "json");
    DocumentCommandTest.ok(json);
    assertThat(json.out()).startsWith("{\"report\":\"sustainability\"").contains("\"settingsNote\":\"Satu entri");
    CliRunner.Run withYear = cli.admin("report", "sustainability", "--year", "2025");
    assertThat(withYear.code()).isEqualTo(2);
    assertThat(withYear.err()).contains("index-what-if");
  }
}
