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
    // line breaks, tabs and bidi overrides may be stored (ESC and BEL no longer: see below)
    String hostile = "Posyandu\n" + decoy + "\tDISPLAY\u202Egnp.exe";
    try (Facade f = new Facade(cli)) {
      f.lab.innovations().propose(RegionCode.parse("36.02"), Facade.ADMIN,
          InnovationDetails.titled(hostile).withOpd(OpdCode.of("DINKES"))).orThrow();
      f.lab.innovations().propose(RegionCode.parse("36.02"), Facade.ADMIN,
          InnovationDetails.titled("Inovasi biasa").withOpd(OpdCode.of("DINKES"))).orThrow();
    }

    CliRunner.Run list = cli.admin("list", "--lang", "en");

    assertThat(list.code()).as(list.toString()).isZero();
    assertThat(list.out().lines()).as("two innovations, one line each").hasSize(2);
    assertThat(list.out().lines().filter(l -> l.startsWith(decoy))).as("no forged record").isEmpty();
    assertThat(list.out()).doesNotContain("\u202E")
        .contains("Posyandu\\u000A" + decoy + "\\u0009DISPLAY\\u202Egnp.exe");
    for (String line : list.out().lines().toList()) {
      assertThat(line.chars().filter(c -> c == '\t').count()).as(line).isIn(0L, 4L);
    }
  }

  @Test
  void escapeAndBellAreRefusedOnInputAndEscapedOnOutputWhereEarlierVersionsStoredThem() {
    CliRunner cli = new CliRunner(dir).migrated();
    java.nio.file.Path csv = dir.resolve("hostile.csv");
    writeUtf8(csv, "title,opd\nPosyandu\u001b[2J\u0007,DINKES\nInovasi biasa,DINKES\n");
    CliRunner.Run imported = cli.admin("import", csv.toString(), "--lang", "en");
    assertThat(imported.code()).as(imported.toString()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(imported.out()).contains("row 2: REJECTED: column title: title contains control character U+001B at "
        + "position 9").contains("1 stored").doesNotContain("\u001b").doesNotContain("\u0007");
    String ref = imported.ref();
    CliRunner.Run hold = cli.admin("hold", ref, "--reason", "tunggu\u0007", "--lang", "en");
    assertThat(hold.code()).as(hold.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(hold.err()).contains("reason contains control character U+0007 at position 7");

    // text stored by an earlier version (or another writer of the store) still reaches no terminal raw
    assertThat(TerminalText.field("a\u001b[2J\u0007b")).isEqualTo("a\\u001B[2J\\u0007b");
  }

  private static void writeUtf8(java.nio.file.Path file, String text) {
    try {
      java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
