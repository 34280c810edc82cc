package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.Options;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  static final String HEADER = "title,opd,bentuk,jenis,themes,problem\n";

  @TempDir
  Path dir;
  CliRunner cli;

  @BeforeEach
  void migrate() {
    cli = new CliRunner(dir).migrated();
  }

  private Path csv(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  @Test
  void storesEveryGoodRowAndPrintsOneLinePerRow() throws Exception {
    Path f = csv("inovasi.csv", HEADER
        + "Posyandu Digital,DINKES,pelayanan_publik,DIGITAL,KESEHATAN;DIGITALISASI,Antrean panjang\n"
        + "\"Sekolah Ramah, Anak\",DISDIK,tata_kelola_pemerintahan,non_digital,,\"Kata \"\"kunci\"\"\"\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("baris 2: disimpan 36\\.02/[0-9a-f-]{36} \"Posyandu Digital\"")
        .containsPattern("baris 3: disimpan 36\\.02/[0-9a-f-]{36} \"Sekolah Ramah, Anak\"")
        .contains("Impor selesai: 2 baris, 2 disimpan, 0 sudah ada, 0 ditolak.");
    CliRunner.Run list = cli.admin("list");
    assertThat(list.out()).contains("DRUM_UP\tACTIVE\tDINKES\tPosyandu Digital");
    assertThat(list.err()).contains("2 inovasi.");
  }

  @Test
  void rejectsBadRowsWithAReasonStoresTheRestAndExitsWithFive() throws Exception {
    Path f = csv("campur.csv", HEADER
        + "Baik Satu,DINKES,,,,\n"
        + "\"Kutip tak ditutup,DINKES,,,,\n");
    Path g = csv("campur2.csv", HEADER
        + "Baik Dua,DINKES,,,,\n"
        + "Bentuk Salah,DINKES,SEGITIGA,,,\n"
        + ",DINKES,,,,\n"
        + "Terlalu,banyak,kolom,di,baris,ini,sekali\n"
        + "Baik Tiga,DINKES,,,,\n");
    CliRunner.Run a = cli.admin("import", f.toString(), "--lang", "en");
    CliRunner.Run b = cli.admin("import", g.toString(), "--lang", "en");
    assertThat(a.code()).isEqualTo(5);
    assertThat(a.out()).contains("row 2: stored").contains("row 3: REJECTED: the quote in column 1 is never closed");
    assertThat(b.code()).as(b.toString()).isEqualTo(5);
    assertThat(b.out())
        .contains("row 2: stored")
        .contains("row 3: REJECTED: column bentuk: unknown value \"SEGITIGA\". Use one of: TATA_KELOLA_PEMERINTAHAN "
            + "(Regional governance innovation), PELAYANAN_PUBLIK (Public service innovation)")
        .contains("row 4: REJECTED: the title column is empty")
        .contains("row 5: REJECTED: the row has 7 columns, the header only 6")
        .contains("row 6: stored")
        .contains("Import done: 5 rows, 2 stored, 0 already there, 3 rejected.");
    assertThat(cli.admin("list").err()).contains("3 inovasi.");
  }

  @Test
  void aStrayQuoteIsRejectedAndReadingResumesOnTheNextLine() throws Exception {
    Path f = csv("kutip.csv", "title,opd\nJudul \"salah\" kutip,DINKES\nBerikutnya,DINKES\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.out()).contains("baris 2: DITOLAK: tanda kutip tidak pada tempatnya di kolom 1")
        .contains("baris 3: disimpan");
  }

  @Test
  void importingTheSameFileAgainStoresNothingTwice() throws Exception {
    Path f = csv("ulang.csv", HEADER + "Posyandu Digital,DINKES,,,,\n");
    cli.admin("import", f.toString());
    CliRunner.Run again = cli.admin("import", f.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("baris 2: sudah ada 36.02/").contains("1 baris, 0 disimpan, 1 sudah ada");
    assertThat(cli.admin("list").err()).contains("1 inovasi.");
  }

  @Test
  void aRowRepeatedInTheSameFileIsStoredOnce() throws Exception {
    Path f = csv("dobel.csv", HEADER + "Posyandu Digital,DINKES,,,,\nSekolah Ramah Anak,DISDIK,,,,\n"
        + "Posyandu Digital,DINKES,,,,\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    String stored = r.out().lines().filter(l -> l.startsWith("row 2: stored")).findFirst().orElseThrow();
    String ref = stored.split(" ")[3];
    assertThat(r.out()).contains("row 4: already there " + ref + " \"Posyandu Digital\"")
        .contains("Import done: 3 rows, 2 stored, 1 already there, 0 rejected.");
    CliRunner.Run dry = cli.admin("import", f.toString(), "--dry-run", "--lang", "en");
    assertThat(dry.out()).contains("row 4: valid \"Posyandu Digital\" (same as row 2)");
    assertThat(cli.admin("list").err()).contains("2 inovasi.");
  }

  @Test
  void aReImportRecognisesRowsStoredBeforeEvenAfterTheirDetailsChanged() throws Exception {
    Path f = csv("ubah.csv", HEADER + "Posyandu Digital,DINKES,,,,Antrean panjang\nSekolah Ramah Anak,DISDIK,,,,\n");
    CliRunner.Run first = cli.admin("import", f.toString());
    String ref = first.ref();
    try (Facade facade = new Facade(cli)) {
      var state = facade.lab.innovations().get(ReportAndAuditCommandsTest.refOf(ref));
      assertThat(facade.lab.innovations().updateDetails(state.ref(), Facade.ADMIN,
          state.details().withText("ideaSummary", "Pendaftaran lewat aplikasi"), Options.none()).accepted()).isTrue();
    }
    Path more = csv("ubah2.csv", HEADER + "Posyandu Digital,DINKES,,,,Antrean panjang\nSekolah Ramah Anak,DISDIK,,,,\n"
        + "Posyandu Digital,DINKES,,,,Masalah lain\n");
    CliRunner.Run again = cli.admin("import", more.toString());
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.out()).contains("baris 2: sudah ada " + ref).contains("baris 3: sudah ada 36.02/")
        .containsPattern("baris 4: disimpan 36\\.02/[0-9a-f-]{36} \"Posyandu Digital\"")
        .contains("3 baris, 1 disimpan, 2 sudah ada, 0 ditolak");
    assertThat(cli.admin("list").err()).contains("3 inovasi.");
  }

  @Test
  void rowsImportedByTheEarlierOneByOneImportAreRecognised() throws Exception {
    Path f = csv("lama.csv", "title,opd,problem\nPosyandu Digital,DINKES,Antrean panjang\n");
    String ref;
    try (Facade facade = new Facade(cli)) {
      // what the tool did before the batch import: propose with an idempotency key
      ref = facade.lab.innovations().propose(RegionCode.parse("36.02"), Facade.ADMIN, InnovationDetails.titled("Posyandu Digital")
          .withOpd(OpdCode.of("DINKES")).withText("problem", "Antrean panjang"),
          null, Options.idempotent("import-lama")).ref().toString();
    }
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("baris 2: sudah ada " + ref);
    CliRunner.Run someoneElse = cli.as("admin-lain", "BAPPEDA", "LAB_ADMIN", "import", f.toString());
    assertThat(someoneElse.out()).contains("baris 2: disimpan");
  }

  @Test
  void aSemicolonFileWithBomAndRegionColumnIsRead() throws Exception {
    Path f = csv("excel.csv", "\uFEFFwilayah;judul;opd\r\n36.01;Inovasi Pandeglang;DINKES\r\n36.02;Inovasi Lebak;DINKES\r\n");
    // a provincial lab administrator imports for the province's regencies
    CliRunner.Run r = cli.run("import", f.toString(), "--actor", "admin-banten", "--actor-scope", "36");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("disimpan 36.01/").contains("disimpan 36.02/");
    assertThat(r.err()).contains("Catatan: " + f + " diawali tanda urutan bita (BOM) UTF-8; tanda itu dilewati");
    Path plain = csv("polos.csv", "judul;opd\r\nInovasi Polos;DINKES\r\n");
    CliRunner.Run p = cli.run("import", plain.toString(), "--actor", "admin-banten", "--actor-scope", "36",
        "--region", "36.02");
    assertThat(p.code()).as(p.toString()).isZero();
    assertThat(p.err()).doesNotContain("BOM");
  }

  @Test
  void dryRunChecksRowsAndStoresNothing() throws Exception {
    Path f = csv("coba.csv", HEADER + "Posyandu Digital,DINKES,,,,\nSalah,DINKES,X,,,\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--dry-run");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.out()).contains("baris 2: valid \"Posyandu Digital\"").contains("baris 3: DITOLAK")
        .contains("tidak ada yang disimpan");
    assertThat(cli.admin("list").err()).contains("0 inovasi.");
  }

  @Test
  void readsXlsx() throws Exception {
    Path f = dir.resolve("inovasi.xlsx");
    try (OutputStream o = Files.newOutputStream(f)) {
      Workbook wb = new Workbook(o, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Inovasi");
      String[] head = {"title", "opd", "jenis", "problem"};
      for (int c = 0; c < head.length; c++) {
        ws.value(0, c, head[c]);
      }
      ws.value(1, 0, "Posyandu Digital");
      ws.value(1, 1, "DINKES");
      ws.value(1, 2, "DIGITAL");
      ws.value(1, 3, "Antrean panjang");
      ws.value(2, 0, "Tahun 2024");
      ws.value(2, 1, "DISDIK");
      ws.value(2, 2, "KERTAS");
      wb.finish();
    }
    CliRunner.Run r = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isEqualTo(5);
    assertThat(r.out()).contains("row 2: stored").contains("\"Posyandu Digital\"")
        .contains("row 3: REJECTED: column jenis: unknown value \"KERTAS\"");
  }

  @Test
  void aMissingFileIsAUsageErrorNamingThePath() {
    CliRunner.Run r = cli.admin("import", dir.resolve("tidak-ada.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("tidak-ada.csv tidak ada").contains("Periksa nama");
  }

  @Test
  void anUnknownColumnIsWarnedAboutOnceAndIgnored() throws Exception {
    Path f = csv("kolom.csv", "title,Tanggal Mulai\nA,2024\nB,2025\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).containsOnlyOnce("Warning: unknown column \"Tanggal Mulai\" ignored");
    assertThat(cli.admin("list").err()).contains("2 inovasi.");
  }

  @Test
  void showsAProgressBarWhenAsked() throws Exception {
    Path f = csv("bar.csv", HEADER + "A,DINKES,,,,\nB,DINKES,,,,\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--progress");
    CliRunner.Run quiet = cli.admin("import", f.toString());
    assertThat(r.err()).contains("impor [").contains("100% 2/2");
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void importsTenThousandRows() throws Exception {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 1; i <= 10_000; i++) {
      sb.append("Inovasi nomor ").append(i).append(",OPD-").append(i % 40).append(",,,,Masalah ").append(i).append('\n');
    }
    Path f = csv("besar.csv", sb.toString());
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Impor selesai: 10000 baris, 10000 disimpan, 0 sudah ada, 0 ditolak.");
    assertThat(r.out().lines().filter(l -> l.contains(": disimpan 36.02/")).count()).isEqualTo(10_000);
    assertThat(cli.admin("list").err()).contains("10000 inovasi.");
    CliRunner.Run again = cli.admin("import", f.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("Impor selesai: 10000 baris, 0 disimpan, 10000 sudah ada, 0 ditolak.");
    assertThat(cli.admin("list").err()).contains("10000 inovasi.");
  }
}
