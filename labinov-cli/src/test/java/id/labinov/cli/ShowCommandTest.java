package id.labinov.cli;

import static id.labinov.cli.LabData.DIGITAL;
import static id.labinov.cli.LabData.SCHOOL;
import static id.labinov.cli.LabData.YOUTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code labinov show} in names and labels, and an innovation named by a start of its id or its title
 * in every command that takes one (issue 22).
 */
class ShowCommandTest {
  @TempDir
  static Path dir;
  static LabData lab;

  @BeforeAll
  static void aSmallLab() throws Exception {
    lab = new LabData(dir);
  }

  @Test
  void showsLabelsAndNamesNotCodes() {
    CliRunner.Run r = LabData.ok(lab.cli.admin("show", lab.refs.get(SCHOOL)));
    assertThat(r.out()).isEqualTo(lab.refs.get(SCHOOL) + ": " + SCHOOL + "\n"
        + "Tahap Drum-up (membangun semangat dan komitmen berinovasi), status Aktif, versi 2, buku aturan 5d@1\n"
        + "OPD: Dinas Pendidikan dan Kebudayaan (DISDIK)\n"
        + "Tema: PENDIDIKAN\n"
        + "Program: " + Facade.PROGRAMME + "\n"
        + "Bukti: -\n"
        + "Persetujuan di tahap ini: Kepala OPD (Dra. Sri Wahyuni)\n"
        + "Syarat terbuka: -\n");
    CliRunner.Run en = LabData.ok(lab.cli.admin("show", lab.refs.get(DIGITAL), "--lang", "en"));
    assertThat(en.out()).contains("OPD: Dinas Kesehatan (DINKES)").contains("Themes: Health")
        .contains("Evidence: commitment letter").contains("status Active").doesNotContain("COMMITMENT_LETTER")
        .doesNotContain("ACTIVE");
  }

  @Test
  void byAUniqueStartOfTheId() {
    String ref = lab.refs.get(YOUTH);
    String id = ref.substring("36.02/".length());
    int unique = ListCommand.prefixLength(lab.refs.values().stream().map(r -> r.substring(6)).toList());
    CliRunner.Run r = LabData.ok(lab.cli.admin("show", id.substring(0, unique)));
    assertThat(r.out()).startsWith(ref + ": " + YOUTH + "\n");
    CliRunner.Run upper = LabData.ok(lab.cli.admin("show", "36.02/" + id.substring(0, unique + 2).toUpperCase()));
    assertThat(upper.out()).startsWith(ref + ": " + YOUTH + "\n");
  }

  @Test
  void byTheExactTitleInAnyCase() {
    CliRunner.Run r = LabData.ok(lab.cli.admin("show", "sekolah ramah ANAK"));
    assertThat(r.out()).startsWith(lab.refs.get(SCHOOL) + ": " + SCHOOL);
    // a part of a title is not a title
    CliRunner.Run part = lab.cli.admin("show", "Sekolah Ramah");
    assertThat(part.code()).isEqualTo(3);
  }

  @Test
  void aStartSharedBySeveralIsRefusedNamingThem() {
    // ids made in the same millisecond share their first 12 hex digits
    String shared = lab.refs.get(DIGITAL).substring(6, 6 + InnovationFinder.MIN_PREFIX);
    CliRunner.Run r = lab.cli.admin("show", shared, "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("\"" + shared + "\" matches 4 innovations: ")
        .contains(lab.refs.get(DIGITAL) + " «" + DIGITAL + "»").contains(lab.refs.get(SCHOOL) + " «" + SCHOOL + "»")
        .contains("Give a longer ID");
  }

  @Test
  void noneFoundOrAStartTooShort() {
    CliRunner.Run none = lab.cli.admin("show", "ffffffffff");
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err()).contains("\"ffffffffff\"").contains("36.02");
    CliRunner.Run title = lab.cli.admin("show", "Inovasi Yang Tidak Ada", "--lang", "en");
    assertThat(title.code()).isEqualTo(3);
    assertThat(title.err()).contains("No innovation whose ID starts with \"Inovasi Yang Tidak Ada\"");
    CliRunner.Run tooShort = lab.cli.admin("show", lab.refs.get(DIGITAL).substring(6, 10));
    assertThat(tooShort.code()).isEqualTo(2);
    assertThat(tooShort.err()).contains("paling sedikit 8 karakter");
    CliRunner.Run otherRegion = lab.cli.admin("show", "36.01/" + DIGITAL, "--lang", "en");
    assertThat(otherRegion.code()).isEqualTo(2);
    assertThat(otherRegion.err()).contains("outside the configured working scope");
  }

  @Test
  void everyCommandOnAnInnovationTakesATitleOrAStartOfItsId() {
    CliRunner.Run check = lab.cli.admin("check", "posyandu remaja", "DIAGNOSE", "--lang", "en");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).contains("Evidence (commitment letter): 0 attached");
    CliRunner.Run available = LabData.ok(lab.cli.admin("available", "POSYANDU REMAJA"));
    assertThat(available.out()).startsWith(lab.refs.get(YOUTH) + " di tahap Drum-up");
  }
}
