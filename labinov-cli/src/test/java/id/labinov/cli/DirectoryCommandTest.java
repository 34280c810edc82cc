package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCommandTest {
  @TempDir
  Path dir;
  CliRunner cli;

  @BeforeEach
  void migrate() {
    cli = new CliRunner(dir).migrated();
  }

  private Path csv(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void loadsNamesAndReportsFromTheCommandLinePrintThem() throws Exception {
    Path inovasi = csv("inovasi.csv", "title,opd\nPosyandu Digital,DINKES\n");
    assertThat(cli.admin("import", inovasi.toString()).code()).isZero();
    assertThat(cli.admin("report", "programme-summary").out()).contains("\"opdName\":null");
    Path names = csv("nama.csv", "kind,code,name,language\n"
        + "opd,DINKES,Dinas Kesehatan,\n"
        + "person,admin-bappeda,\"Rahmat Hidayat, S.E.\",\n"
        + "theme,KOTA_LAYAK_ANAK,Kota Layak Anak,id\n"
        + "theme,KOTA_LAYAK_ANAK,Child-friendly city,en\n"
        + ",,,\n");

    CliRunner.Run r = cli.admin("directory", "load", names.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Direktori dimuat: 4 nama (1 OPD, 1 orang, 2 tema).");
    assertThat(cli.admin("report", "programme-summary").out()).contains("\"opdName\":\"Dinas Kesehatan\"")
        .doesNotContain("\"opdName\":null");
  }

  @Test
  void reportsEveryBadRowWithItsNumberAndReasonAndLoadsNothing() throws Exception {
    Path names = csv("salah.csv", "kind,code,name\n"
        + "opd,DINKES,Dinas Kesehatan\n"
        + "opd,dinkes kecil,Dinas\n"
        + "person,asn-1,198503302003122002\n"
        + "kota,X,Y\n"
        + "opd,DINKES,Dinas Kesehatan Lagi\n"
        + "opd,DISDIK,\n");

    CliRunner.Run r = cli.admin("directory", "load", names.toString(), "--lang", "en");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(r.out()).contains("row 3: REJECTED: OPD code \"dinkes kecil\"")
        .contains("row 4: REJECTED: The name in name holds 9 or more digits in a row, like a NIP")
        .doesNotContain("198503302003122002")
        .contains("row 5: REJECTED: unknown kind \"kota\"")
        .contains("row 6: REJECTED: the same key as row 2")
        .contains("row 7: REJECTED: name is required")
        .contains("Nothing loaded: 5 bad row(s).")
        .doesNotContain("row 2:");
    Path inovasi = csv("inovasi.csv", "title,opd\nPosyandu Digital,DINKES\n");
    cli.admin("import", inovasi.toString());
    assertThat(cli.admin("report", "programme-summary").out()).as("nothing loaded").contains("\"opdName\":null");
  }

  @Test
  void refusesANipColumnBeforeReadingAnyRow() throws Exception {
    Path names = csv("nip.csv", "kind,code,name,nip\nperson,asn-1,Siti,198503302003122002\n");
    CliRunner.Run r = cli.admin("directory", "load", names.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Column \"nip\" is not taken: the directory holds names only, never a NIP.");
  }

  @Test
  void anErasedPersonStaysErasedWhenAnOldFileIsLoadedAgain() throws Exception {
    Path names = csv("orang.csv", "kind,code,name\nperson,asn-1,Siti Rahmawati\nopd,DINKES,Dinas Kesehatan\n");
    assertThat(cli.admin("directory", "load", names.toString()).code()).isZero();

    CliRunner.Run erase = cli.admin("directory", "erase-person", "asn-1", "--lang", "en");
    CliRunner.Run again = cli.admin("directory", "load", names.toString(), "--lang", "en");

    assertThat(erase.code()).as(erase.toString()).isZero();
    assertThat(erase.out()).contains("The name of person asn-1 is erased");
    assertThat(again.code()).isEqualTo(ExitCodes.REFUSED);
    assertThat(again.out()).contains("row 2: REJECTED: the name of person asn-1 was erased at their request")
        .contains("Nothing loaded: 1 bad row(s).");
  }

  @Test
  void aDryRunChecksAndStoresNothing() throws Exception {
    Path names = csv("nama.csv", "kind,code,name\nopd,DINKES,Dinas Kesehatan\n");
    CliRunner.Run r = cli.admin("directory", "load", names.toString(), "--dry-run", "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Check done (nothing stored): 1 valid names (1 OPD, 0 people, 0 themes).");
    Path inovasi = csv("inovasi.csv", "title,opd\nPosyandu Digital,DINKES\n");
    cli.admin("import", inovasi.toString());
    assertThat(cli.admin("report", "programme-summary").out()).contains("\"opdName\":null");
  }

  @Test
  void readsXlsx() throws Exception {
    Path f = dir.resolve("nama.xlsx");
    try (OutputStream o = Files.newOutputStream(f)) {
      Workbook wb = new Workbook(o, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Nama");
      String[][] rows = {{"Kind", "Code", "Name"}, {"opd", "DINKES", "Dinas Kesehatan"}, {"theme", "KOTA_SEHAT", "Kota Sehat"}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          ws.value(r, c, rows[r][c]);
        }
      }
      wb.finish();
    }
    CliRunner.Run r = cli.admin("directory", "load", f.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Directory loaded: 2 names (1 OPD, 0 people, 1 themes).");
  }
}
