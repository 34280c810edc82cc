package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored text cannot steer the terminal or break the one-line-per-innovation listing. */
class TerminalSafetyTest {
  @TempDir
  Path dir;

  @Test
  void aTitleWithLineBreaksEscapesAndABidiOverrideStaysOnItsLineAndPrintsVisibly() {
    CliRunner cli = new CliRunner(dir).migrated();
    String decoy = "36.02/01a24ec3-1ad3-7761-9f85-9b134ac72c2a";
    String hostile = "Posyandu\n" + decoy + "\tDISPLAY\u001b[2J\u0007\u202Egnp.exe";
    try (Facade f = new Facade(cli)) {
      f.lab.innovations().propose(RegionCode.parse("36.02"), Facade.ADMIN,
          InnovationDetails.titled(hostile).withOpd(OpdCode.of("DINKES"))).orThrow();
      f.lab.innovations().propose(RegionCode.parse("36.02"), Facade.ADMIN,
          InnovationDetails.titled("Inovasi biasa").withOpd(OpdCode.of("DINKES"))).orThrow();
    }

    CliRunner.Run list = cli.admin("list", "--lang", "en");

    assertThat(list.code()).as(list.toString()).isZero();
    assertThat(list.out().lines()).as("two innovations and the count").hasSize(3);
    assertThat(list.out().lines().filter(l -> l.startsWith(decoy))).as("no forged record").isEmpty();
    assertThat(list.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E")
        .contains("Posyandu\\u000A" + decoy + "\\u0009DISPLAY\\u001B[2J\\u0007\\u202Egnp.exe");
    for (String line : list.out().lines().toList()) {
      assertThat(line.chars().filter(c -> c == '\t').count()).as(line).isIn(0L, 4L);
    }
  }
}
