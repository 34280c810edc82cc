package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.evaluation.MonitoringEntry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labinov monitor add|list}: monitoring entries after Display. */
class MonitorCommandTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void oneInnovationInDrumUp() throws Exception {
    cli = new CliRunner(dir).migrated();
    ref = cli.importPosyandu();
  }

  private static void ok(CliRunner.Run r) {
    assertThat(r.code()).as(r.toString()).isZero();
  }

  /** Takes the innovation through every stage to Display, as the lab does. */
  private void toDisplay() throws Exception {
    toDisplay(cli, dir, ref);
  }

  /** Takes an innovation of DINKES through every stage to Display with the lab administrator of a runner. */
  static void toDisplay(CliRunner cli, Path dir, String ref) throws Exception {
    for (String kind : new String[] {"COMMITMENT_LETTER", "ACTION_PLAN", "IMPLEMENTATION_REPORT"}) {
      Files.writeString(dir.resolve(kind + ".pdf"), "%PDF-1.4 " + kind);
    }
    String[][] steps = {{"COMMITMENT_LETTER", "DIAGNOSE"}, {null, "DESIGN"}, {"ACTION_PLAN", "DELIVER"},
        {"IMPLEMENTATION_REPORT", "DISPLAY"}};
    for (String[] step : steps) {
      if (step[0] != null) {
        ok(cli.admin("attach", ref, "--kind", step[0], "--file", dir.resolve(step[0] + ".pdf").toString()));
      }
      ok(cli.as("kadinkes", "DINKES", "OPD_HEAD", "approve", ref, "--as", "OPD_HEAD"));
      if (step[1].equals("DELIVER")) {
        ok(cli.as("coach-lan-03", "LAN", "COACH", "approve", ref, "--as", "COACH"));
      }
      ok(cli.admin("advance", ref, "--to", step[1]));
    }
  }

  @Test
  void anEntryBeforeDisplayIsRefusedWithItsReason() {
    CliRunner.Run r = cli.admin("monitor", "add", ref, "--indicator", "WAKTU_LAYANAN_HARI", "--value", "2,5",
        "--date", "2026-03-01");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("Tindakan \"Catat pemantauan\" ditolak.")
        .contains("Pemantauan dimulai setelah tahap Display");
  }

  @Test
  void badValuesAreRefusedClearly() {
    CliRunner.Run value = cli.admin("monitor", "add", ref, "--indicator", "WAKTU", "--value", "1.000,5",
        "--date", "2026-03-01");
    assertThat(value.code()).isEqualTo(2);
    assertThat(value.err()).contains("Nilai \"1.000,5\" bukan angka: tulis misalnya 12 atau 2,5");
    CliRunner.Run date = cli.admin("monitor", "add", ref, "--indicator", "WAKTU", "--value", "2", "--date", "01-03-2026",
        "--lang", "en");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("Date \"01-03-2026\" is not valid: write YYYY-MM-DD");
    CliRunner.Run future = cli.admin("monitor", "add", ref, "--indicator", "WAKTU", "--value", "2", "--date", "2026-03-03");
    assertThat(future.code()).isEqualTo(2);
    assertThat(future.err()).contains("Tanggal pengamatan 3 Maret 2026 sesudah hari ini (2 Maret 2026)");
    CliRunner.Run indicator = cli.admin("monitor", "add", ref, "--indicator", "waktu layanan", "--value", "2",
        "--date", "2026-03-01");
    assertThat(indicator.code()).isEqualTo(2);
    assertThat(indicator.err()).contains("Kode indikator \"waktu layanan\" tidak sah");
    CliRunner.Run unknown = cli.admin("monitor", "add", "36.02/01a23447-4c2d-772f-aeaa-cb455a8a3982", "--indicator",
        "WAKTU", "--value", "2", "--date", "2026-03-01");
    assertThat(unknown.code()).isEqualTo(3);
  }

  @Test
  void anEntryAfterDisplayIsStoredAndListed() throws Exception {
    toDisplay();
    CliRunner.Run added = cli.admin("monitor", "add", ref, "--indicator", "WAKTU_LAYANAN_HARI", "--value", "2,5",
        "--date", "2026-03-01", "--note", "Rata-rata Februari");
    assertThat(added.code()).as(added.toString()).isZero();
    assertThat(added.out()).contains("Pemantauan «Posyandu Digital» dicatat: WAKTU_LAYANAN_HARI = 2,5 pada 1 Maret 2026 (catatan ke-1).");
    try (Facade facade = new Facade(cli)) {
      List<MonitoringEntry> entries = facade.lab.evaluations().monitoring(ReportAndAuditCommandsTest.refOf(ref));
      assertThat(entries).hasSize(1);
      MonitoringEntry e = entries.get(0);
      assertThat(e.indicator()).isEqualTo("WAKTU_LAYANAN_HARI");
      assertThat(e.value()).isEqualByComparingTo(new BigDecimal("2.5"));
      assertThat(e.observedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
      assertThat(e.recordedBy().value()).isEqualTo("admin-bappeda");
      assertThat(e.note()).isEqualTo("Rata-rata Februari");
    }
    CliRunner.Run list = cli.admin("monitor", "list", ref, "--lang", "en");
    assertThat(list.code()).as(list.toString()).isZero();
    assertThat(list.out()).contains("«Posyandu Digital»: 1 monitoring entries.")
        .contains("  1 March 2026  WAKTU_LAYANAN_HARI = 2.5  (recorded by admin-bappeda) - Rata-rata Februari");
  }
}
