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
    assertThat(cli.admin("report", "programme-summary", "--format", "json").out()).contains("\"opdName\":null");
    Path names = csv("nama.csv", "kind,code,name,language\n"
        + "opd,DINKES,Dinas Kesehatan,\n"
        + "person,admin-bappeda,\"Rahmat Hidayat, S.E.\",\n"
        + "theme,KOTA_LAYAK_ANAK,Kota Layak Anak,id\n"
        + "theme,KOTA_LAYAK_ANAK,Child-friendly city,en\n"
        + ",,,\n");

    CliRunner.Run r = cli.admin("directory", "load", names.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Direktori dimuat: 4 nama (1 OPD, 1 orang, 2 tema).");
    assertThat(cli.admin("report", "programme-summary", "--format", "json").out()).contains("\"opdName\":\"Dinas Kesehatan\"")
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
    assertThat(cli.admin("report", "programme-summary", "--format", "json").out()).as("nothing loaded").contains("\"opdName\":null");
  }

  @Test
  void refusesAnUnknownColumnBeforeReadingAnyRow() throws Exception {
    Path names = csv("nik.csv", "kind,code,name,nik\nperson,asn-1,Siti,3602015509860001\n");
    CliRunner.Run r = cli.admin("directory", "load", names.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Column \"nik\" is unknown. Use kind, code, name, language, nip, pppk.");
  }

  @Test
  void loadsAPersonsNipOrPppkNumberAndShowsItToTheAdministratorButNoReport() throws Exception {
    Path inovasi = csv("inovasi.csv", "title,opd\nPosyandu Digital,DINKES\n");
    String ref = cli.admin("import", inovasi.toString()).ref();
    Path names = csv("orang.csv", "kind,code,name,nip,pppk\n"
        + "person,admin-bappeda,\"Rahmat Hidayat, S.E.\",19860926 201505 1 001,\n"
        + "person,asn-2,Siti Rahmawati,,202106013300003001\n"
        + "person,warga-1,Budi,,\n");

    CliRunner.Run r = cli.admin("directory", "load", names.toString(), "--lang", "en");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Directory loaded: 3 names (0 OPD, 3 people, 0 themes).");
    assertThat(cli.admin("directory", "show-person", "admin-bappeda", "--lang", "en").out())
        .contains("Person admin-bappeda: Rahmat Hidayat, S.E., NIP 19860926 201505 1 001");
    assertThat(cli.admin("directory", "show-person", "asn-2").out())
        .contains("Orang asn-2: Siti Rahmawati, nomor PPPK 202106013300003001");
    assertThat(cli.admin("directory", "show-person", "warga-1", "--lang", "en").out())
        .contains("Person warga-1: Budi, no NIP or PPPK number");
    CliRunner.Run unknown = cli.admin("directory", "show-person", "nobody", "--lang", "en");
    assertThat(unknown.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.out()).contains("The directory holds no data for person nobody.");
    for (String format : new String[] {"json", "csv", "html"}) {
      Path folder = dir.resolve("laporan-" + format);
      CliRunner.Run reports = cli.admin("report", "all", "--innovation", ref, "--format", format, "--out", folder + "/");
      assertThat(reports.code()).as(reports.toString()).isZero();
      assertThat(Files.readString(folder.resolve("audit-trail-" + ref.substring(ref.indexOf('/') + 1) + "." + format)))
          .as("the proposer's name is printed").contains("Rahmat Hidayat");
      try (var files = Files.list(folder)) {
        for (Path f : files.toList()) {
          assertThat(Files.readString(f)).as(f.toString()).doesNotContain("198609262015051001")
              .doesNotContain("19860926 201505 1 001").doesNotContain("202106013300003001");
        }
      }
    }
  }

  @Test
  void aMalformedNipIsABadRowNamingItsRowAndColumnInBothLanguages() throws Exception {
    Path names = csv("nip.csv", "kind,code,name,nip,pppk\n"
        + "person,asn-1,Siti,19860926 201505 1 001,\n"
        + "person,asn-2,Budi,19860231 201505 1 001,\n"
        + "person,asn-3,Ani,1986092620150510,\n"
        + "person,asn-4,Dewi,19860926 201505 3 001,\n"
        + "person,asn-5,Eka,,12-34\n"
        + "person,asn-6,Fajar,19860926 201505 1 002,202106013300003001\n"
        + "opd,DINKES,Dinas Kesehatan,19860926 201505 1 003,\n");

    CliRunner.Run en = cli.admin("directory", "load", names.toString(), "--lang", "en");
    CliRunner.Run id = cli.admin("directory", "load", names.toString());

    assertThat(en.code()).as(en.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(en.out()).doesNotContain("row 2:")
        .contains("row 3: REJECTED: column nip: NIP \"198602312015051001\" starts with an impossible birth date")
        .contains("row 4: REJECTED: column nip: NIP \"1986092620150510\" must have exactly 18 digits")
        .contains("row 5: REJECTED: column nip: NIP \"198609262015053001\" has sex digit (the 15th) other than 1")
        .contains("row 6: REJECTED: column pppk: PPPK number \"12-34\" must be 8 to 30 digits")
        .contains("row 7: REJECTED: both the nip and the pppk column are filled")
        .contains("row 8: REJECTED: the nip column is for person rows only, not opd")
        .contains("Nothing loaded: 6 bad row(s).");
    assertThat(id.out()).contains("baris 3: DITOLAK: kolom nip: NIP \"198602312015051001\" diawali tanggal lahir yang tidak mungkin")
        .contains("baris 6: DITOLAK: kolom pppk: Nomor PPPK \"12-34\" harus 8 sampai 30 digit")
        .contains("Tidak ada yang dimuat: 6 baris bermasalah.");
    assertThat(cli.admin("directory", "show-person", "asn-1").code()).as("nothing loaded").isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void anErasedPersonStaysErasedWhenAnOldFileIsLoadedAgain() throws Exception {
    Path names = csv("orang.csv", "kind,code,name,nip\nperson,asn-1,Siti Rahmawati,19860926 201505 2 001\n"
        + "opd,DINKES,Dinas Kesehatan,\n");
    assertThat(cli.admin("directory", "load", names.toString()).code()).isZero();

    CliRunner.Run erase = cli.admin("directory", "erase-person", "asn-1", "--lang", "en");
    CliRunner.Run again = cli.admin("directory", "load", names.toString(), "--lang", "en");

    assertThat(erase.code()).as(erase.toString()).isZero();
    assertThat(erase.out()).contains("The data of person asn-1 (name and NIP or PPPK number) is erased");
    assertThat(again.code()).isEqualTo(ExitCodes.REFUSED);
    assertThat(again.out()).contains("row 2: REJECTED: the data of person asn-1 was erased at their request")
        .contains("Nothing loaded: 1 bad row(s).");
    CliRunner.Run shown = cli.admin("directory", "show-person", "asn-1", "--lang", "en");
    assertThat(shown.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(shown.out()).contains("The data of person asn-1 was erased at their request")
        .doesNotContain("Siti").doesNotContain("198609262015052001");
  }

  @Test
  void aDryRunChecksAndStoresNothing() throws Exception {
    Path names = csv("nama.csv", "kind,code,name\nopd,DINKES,Dinas Kesehatan\n");
    CliRunner.Run r = cli.admin("directory", "load", names.toString(), "--dry-run", "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Check done (nothing stored): 1 valid names (1 OPD, 0 people, 0 themes).");
    Path inovasi = csv("inovasi.csv", "title,opd\nPosyandu Digital,DINKES\n");
    cli.admin("import", inovasi.toString());
    assertThat(cli.admin("report", "programme-summary", "--format", "json").out()).contains("\"opdName\":null");
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
