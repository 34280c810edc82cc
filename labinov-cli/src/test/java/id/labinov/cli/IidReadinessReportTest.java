package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labinov report iid-readiness}: the readiness report from the register, in every format. */
class IidReadinessReportTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void claimsAndADecision() throws Exception {
    cli = new CliRunner(dir).migrated();
    ref = cli.importPosyandu();
    DocumentCommandTest.ok(DocumentCommandTest.addDecree(cli, dir.resolve("sk.pdf"), ref));
    DocumentCommandTest.ok(cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "3",
        "--document", "sk-800-12"));
    DocumentCommandTest.ok(cli.as("verifikator-bskdn-01", "BSKDN", "VERIFIER", "verify-claim", ref, "--year", "2025",
        "--indicator", "REGULATION", "--level", "1", "--note", "SK kepala dinas"));
  }

  @Test
  void theScreenShowsTheFiguresTheIndexAndTheFixesWithLabels() {
    CliRunner.Run r = cli.admin("report", "iid-readiness", "--year", "2025", "--spd", "41", "--count-score", "38");
    DocumentCommandTest.ok(r);
    List<String> lines = r.out().lines().map(l -> l.replaceAll(" {2,}", "|")).toList();
    assertThat(lines.subList(0, 2)).containsExactly("Kesiapan IID", "============");
    assertThat(lines).contains("Tahun IID|2025", "Jumlah skor klaim|9", "Jumlah skor didukung bukti|3",
        "Jumlah skor terverifikasi|3", "Poin yang dapat diraih|6", "Kesesuaian pra-periksa (%)|100,0",
        "Perkiraan indeks per dasar hitung (3 baris)", "Klaim|9|0,90|41|38|31,96|Kurang Inovatif",
        "Terverifikasi|3|0,30|41|38|31,72|Kurang Inovatif", "Perbaikan, yang paling murah lebih dahulu (1 baris)",
        "Kesesuaian pra-periksa dengan verifikator (2 baris)");
    assertThat(r.out()).contains("Regulasi inovasi daerah: klaim tingkat 3 (Ditetapkan dengan peraturan daerah (Perda)); "
        + "bukti mendukung tingkat 1: SK nomor 800/12/2021 tanggal 2021-03-02 bukan Perda")
        .doesNotContain("REGULATION").doesNotContain("readinessFixes");
  }

  @Test
  void theOnePageIsAskedWithAFlagOrByItsName() {
    CliRunner.Run flag = cli.admin("report", "iid-readiness", "--year", "2025", "--one-page", "--lang", "en");
    DocumentCommandTest.ok(flag);
    assertThat(flag.out()).startsWith("IID readiness on one page\n").contains("Fixes, cheapest first (1 rows)")
        .contains("No SPD was entered and 0 is used, so the estimates are lower bounds.");
    CliRunner.Run name = cli.admin("report", "iid-readiness-one-page", "--year", "2025", "--lang", "en");
    assertThat(name.out()).isEqualTo(flag.out());
  }

  @Test
  void everyFormatIsWrittenAndAllIncludesTheReadinessForAYear() throws Exception {
    CliRunner.Run json = cli.admin("report", "iid-readiness", "--year", "2025", "--format", "json");
    DocumentCommandTest.ok(json);
    assertThat(json.out()).startsWith("{\"report\":\"iid-readiness\"").contains("\"claimedTotal\":9")
        .contains("\"readinessFixes\":[{\"rank\":1");
    CliRunner.Run csv = cli.admin("report", "iid-readiness", "--year", "2025", "--format", "csv", "--table",
        "readinessFixes");
    DocumentCommandTest.ok(csv);
    assertThat(csv.out().lines().toList()).hasSize(2);
    for (String format : List.of("csv", "xlsx", "html", "pdf")) {
      Path file = dir.resolve("kesiapan." + format);
      CliRunner.Run r = cli.admin("report", "iid-readiness", "--year", "2025", "--out", file.toString());
      DocumentCommandTest.ok(r);
      assertThat(file).isNotEmptyFile();
    }
    Path page = dir.resolve("kesiapan-bupati.pdf");
    DocumentCommandTest.ok(cli.admin("report", "iid-readiness", "--year", "2025", "--one-page", "--out", page.toString()));
    assertThat(new String(Files.readAllBytes(page), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    CliRunner.Run all = cli.admin("report", "all", "--year", "2025", "--format", "json", "--out",
        dir.resolve("laporan") + "/");
    DocumentCommandTest.ok(all);
    assertThat(dir.resolve("laporan/iid-readiness-2025.json")).isNotEmptyFile();
    assertThat(dir.resolve("laporan/iid-readiness-one-page-2025.json")).isNotEmptyFile();
    assertThat(dir.resolve("laporan/programme-summary.json")).isNotEmptyFile();
  }

  @Test
  void badOptionsAreRefusedWithTheirFix() {
    CliRunner.Run year = cli.admin("report", "iid-readiness");
    assertThat(year.code()).isEqualTo(2);
    assertThat(year.err()).contains("Laporan iid-readiness memerlukan tahun IID: tambahkan --year TAHUN");
    CliRunner.Run onePage = cli.admin("report", "programme-summary", "--one-page");
    assertThat(onePage.code()).isEqualTo(2);
    assertThat(onePage.err()).contains("--one-page hanya untuk laporan iid-readiness");
    CliRunner.Run spdElsewhere = cli.admin("report", "stage-durations", "--spd", "41");
    assertThat(spdElsewhere.code()).isEqualTo(2);
    assertThat(spdElsewhere.err()).contains("--year, --spd, --spd-verified dan --count-score hanya untuk laporan");
    CliRunner.Run range = cli.admin("report", "iid-readiness", "--year", "2025", "--spd", "80");
    assertThat(range.code()).isEqualTo(2);
    assertThat(range.err()).contains("spd").contains("80").contains("63");
    CliRunner.Run number = cli.admin("report", "iid-readiness", "--year", "2025", "--count-score", "tiga puluh");
    assertThat(number.code()).isEqualTo(2);
    assertThat(number.err()).contains("--count-score \"tiga puluh\" bukan angka");
    CliRunner.Run name = cli.admin("report", "iid-readines", "--year", "2025");
    assertThat(name.code()).isEqualTo(2);
    assertThat(name.err()).contains("Maksud Anda iid-readiness?");
    CliRunner.Run noActor = cli.run("report", "iid-readiness", "--year", "2025", "--region", "36.02");
    assertThat(noActor.code()).isEqualTo(2);
    assertThat(noActor.err()).contains("Perintah ini memerlukan aktor");
  }
}
