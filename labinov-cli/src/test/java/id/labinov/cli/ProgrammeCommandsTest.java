package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labinov programme open|adjust|close|show}: a programme's year from the terminal. */
class ProgrammeCommandsTest {
  /** A programme file as an administrator writes it: Indonesian keys, stages by code or label. */
  static final String FILE = """
      # Program laboratorium inovasi Kabupaten Lebak
      id=lebak-2026
      nama=Laboratorium Inovasi Kabupaten Lebak 2026
      tahun=2026
      opd-peserta=DINKES, DISDIK
      pendamping=coach-lan-01
      target=5
      jadwal.DRUM_UP=2026-02-02..2026-03-31
      jadwal.Diagnosa=2026-04-01..2026-05-31
      phase.design=2026-06-01..2026-07-31
      phase.DELIVER=2026-08-01..2026-11-01
      phase.Display=2026-11-02..2026-11-30
      """;

  @TempDir
  Path dir;
  CliRunner cli;
  Path file;

  @BeforeEach
  void database() throws Exception {
    cli = new CliRunner(dir).migrated();
    file = dir.resolve("program.properties");
    Files.writeString(file, FILE);
  }

  @Test
  void opensShowsAdjustsAndClosesAProgramme() throws Exception {
    CliRunner.Run opened = cli.admin("programme", "open", "--file", file.toString());
    assertThat(opened.code()).as(opened.toString()).isZero();
    assertThat(opened.out())
        .contains("Program lebak-2026 \"Laboratorium Inovasi Kabupaten Lebak 2026\" dibuka di wilayah 36.02 (versi 1).")
        .contains("Jadwal (WIB):")
        .contains("  Drum-up: 2 Februari 2026 s.d. 31 Maret 2026")
        .contains("  Design: 1 Juni 2026 s.d. 31 Juli 2026")
        .contains("  Display: 2 November 2026 s.d. 30 November 2026");

    Path rows = dir.resolve("inovasi.csv");
    Files.writeString(rows, "title,opd\nPosyandu Digital,DINKES\n");
    assertThat(cli.admin("import", rows.toString(), "--programme", "lebak-2026").code()).isZero();
    Path names = dir.resolve("direktori.csv");
    Files.writeString(names, "kind,code,name\nopd,DINKES,Dinas Kesehatan\nperson,coach-lan-01,\"Dewi Lestari, S.Sos.\"\n");
    assertThat(cli.admin("directory", "load", names.toString()).code()).isZero();

    CliRunner.Run show = cli.admin("programme", "show", "lebak-2026");
    assertThat(show.code()).as(show.toString()).isZero();
    assertThat(show.out())
        .contains("Program lebak-2026: Laboratorium Inovasi Kabupaten Lebak 2026")
        .contains("Wilayah 36.02, tahun 2026, status Dibuka, versi 1.")
        .contains("Penyelenggara: BAPPEDA")
        .contains("OPD peserta: DINKES (Dinas Kesehatan), DISDIK")
        .contains("Pendamping: coach-lan-01 (Dewi Lestari, S.Sos.)")
        .contains("Buku aturan: 5d versi 1")
        .contains("  Diagnose: 1 April 2026 s.d. 31 Mei 2026")
        .contains("Kemajuan: 0 dari target 5 inovasi sudah sampai tahap Display (0%).")
        .contains("Inovasi dalam program: 1 (Drum-up 1, Diagnose 0, Design 0, Deliver 0, Display 0; 0 dihentikan).")
        .doesNotContain("OPEN", "DRUM_UP", "DIAGNOSE", "DESIGN");

    CliRunner.Run adjusted = cli.admin("programme", "adjust", "lebak-2026", "--phase", "Desain=2026-06-15..2026-08-14",
        "--reason", "Lokakarya desain diundur");
    assertThat(adjusted.code()).as(adjusted.toString()).isZero();
    assertThat(adjusted.out())
        .contains("Jadwal program lebak-2026 disesuaikan (versi 2). Alasan: Lokakarya desain diundur")
        .contains("  Design: 15 Juni 2026 s.d. 14 Agustus 2026")
        .contains("  Drum-up: 2 Februari 2026 s.d. 31 Maret 2026");

    // the innovation entered Drum-up on 2 March: a window from 5 March would strand it
    CliRunner.Run stranding = cli.admin("programme", "adjust", "lebak-2026", "--phase", "DRUM_UP=2026-03-05..2026-03-31",
        "--reason", "Salah ketik", "--lang", "en");
    assertThat(stranding.code()).as(stranding.toString()).isEqualTo(1);
    assertThat(stranding.out()).contains("Adjust the schedule")
        .contains("The new schedule would strand 1 innovation(s) already in a stage: Posyandu Digital");

    CliRunner.Run closed = cli.admin("programme", "close", "lebak-2026", "--reason", "Tahun anggaran berakhir",
        "--lang", "en");
    assertThat(closed.code()).as(closed.toString()).isZero();
    assertThat(closed.out()).contains("Programme lebak-2026 closed (version 3). Reason: Tahun anggaran berakhir");
    CliRunner.Run shownClosed = cli.admin("programme", "show", "lebak-2026", "--lang", "en");
    assertThat(shownClosed.out()).contains("Region 36.02, year 2026, status Closed, version 3.")
        .contains("Closed on 2 March 2026.")
        .contains("  Design: 15 June 2026 to 14 August 2026")
        .contains("Progress: 0 of the target of 5 innovations have reached the Display stage (0%).");
    CliRunner.Run again = cli.admin("programme", "close", "lebak-2026", "--reason", "Lagi");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.out()).contains("Program lebak-2026 sudah ditutup.");
  }

  @Test
  void opensFromOptionsAlone() {
    CliRunner.Run opened = cli.admin("programme", "open", "serang-2026", "--name", "Labinov Serang 2026",
        "--year", "2026", "--target", "3", "--organiser", "BAPPERIDA", "--time-zone", "wib",
        "--phase", "DRUM_UP=2026-03-01..2026-03-01", "--lang", "en");
    assertThat(opened.code()).as(opened.toString()).isZero();
    assertThat(opened.out()).contains("Programme serang-2026 \"Labinov Serang 2026\" opened in region 36.02 (version 1).")
        .contains("  Drum-up: 1 March 2026 to 1 March 2026");
    CliRunner.Run show = cli.admin("programme", "show", "serang-2026", "--lang", "en");
    assertThat(show.out()).contains("Organiser: BAPPERIDA").contains("Participating OPDs: every OPD of the region")
        .contains("Coaches: -");
  }

  @Test
  void aSecondProgrammeWithTheSameIdIsRefused() {
    assertThat(cli.admin("programme", "open", "--file", file.toString()).code()).isZero();
    CliRunner.Run twice = cli.admin("programme", "open", "--file", file.toString());
    assertThat(twice.code()).as(twice.toString()).isEqualTo(1);
    assertThat(twice.out()).contains("Tindakan \"Buka program\" ditolak.")
        .contains("Program lebak-2026 sudah ada di wilayah 36.02.");
    CliRunner.Run english = cli.admin("programme", "open", "--file", file.toString(), "--lang", "en");
    assertThat(english.out()).contains("Programme lebak-2026 already exists in region 36.02.");
  }

  @Test
  void badDatesAreRefusedNamingTheLineAndTheFix() throws Exception {
    CliRunner.Run reversed = cli.admin("programme", "open", "--file", file.toString(),
        "--phase", "DESIGN=2026-07-31..2026-06-01");
    assertThat(reversed.code()).isEqualTo(2);
    assertThat(reversed.err()).contains("--phase DESIGN: hari terakhir 2026-06-01 lebih awal daripada hari pertama 2026-07-31");

    Files.writeString(file, FILE.replace("2026-03-31", "2026-02-30"));
    CliRunner.Run impossible = cli.admin("programme", "open", "--file", file.toString());
    assertThat(impossible.code()).isEqualTo(2);
    assertThat(impossible.err()).contains("program.properties: jadwal.DRUM_UP: \"2026-02-02..2026-02-30\" bukan rentang tanggal")
        .contains("misalnya 2026-02-02..2026-03-31");

    Files.writeString(file, FILE.replace("jadwal.Diagnosa=2026-04-01", "jadwal.Diagnosa=2026-01-05"));
    CliRunner.Run outOfOrder = cli.admin("programme", "open", "--file", file.toString(), "--lang", "en");
    assertThat(outOfOrder.code()).as(outOfOrder.toString()).isEqualTo(1);
    assertThat(outOfOrder.out()).contains("Open a programme").contains("starts 2026-01-05, before the window");

    Files.writeString(file, FILE.replace("phase.design", "phase.Desian"));
    CliRunner.Run unknownStage = cli.admin("programme", "open", "--file", file.toString());
    assertThat(unknownStage.code()).isEqualTo(2);
    assertThat(unknownStage.err()).contains("program.properties: phase.Desian").contains("Maksud Anda DESIGN?");
    assertThat(cli.admin("programme", "show", "lebak-2026").code()).isEqualTo(3);
  }

  @Test
  void aBadFileOrAMissingPartIsAUsageError() throws Exception {
    Files.writeString(file, FILE + "anggaran=100000000\n");
    CliRunner.Run unknownKey = cli.admin("programme", "open", "--file", file.toString());
    assertThat(unknownKey.code()).isEqualTo(2);
    assertThat(unknownKey.err()).contains("program.properties: baris \"anggaran\" tidak dikenal").contains("organiser");

    Files.writeString(file, FILE + "name=Nama lain\n");
    CliRunner.Run twice = cli.admin("programme", "open", "--file", file.toString());
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("\"name\" ditulis dua kali");

    Files.writeString(file, FILE + "jadwal.Desain=2026-06-02..2026-07-31\n");
    CliRunner.Run stageTwice = cli.admin("programme", "open", "--file", file.toString());
    assertThat(stageTwice.code()).isEqualTo(2);
    assertThat(stageTwice.err()).contains("sama-sama menjadwalkan tahap DESIGN");

    CliRunner.Run noName = cli.admin("programme", "open", "x-2026", "--year", "2026", "--target", "2");
    assertThat(noName.code()).isEqualTo(2);
    assertThat(noName.err()).contains("Bagian program \"name\" belum diisi").contains("--name");

    CliRunner.Run badYear = cli.admin("programme", "open", "x-2026", "--name", "X", "--year", "dua ribu", "--target", "2");
    assertThat(badYear.code()).isEqualTo(2);
    assertThat(badYear.err()).contains("--year: \"dua ribu\" bukan bilangan bulat");

    CliRunner.Run badId = cli.admin("programme", "open", "Lebak 2026", "--name", "X", "--year", "2026", "--target", "2");
    assertThat(badId.code()).isEqualTo(2);
    assertThat(badId.err()).contains("Lebak 2026");
  }

  @Test
  void onlyALabAdministratorOpensAndAnUnknownProgrammeIsNotFound() {
    CliRunner.Run coach = cli.as("coach-lan-01", "LAN", "COACH", "programme", "open", "--file", file.toString(),
        "--lang", "en");
    assertThat(coach.code()).as(coach.toString()).isEqualTo(1);
    assertThat(coach.out()).contains("Action \"Open a programme\" is refused.")
        .contains("Only these roles may do this: Lab administrator.");
    CliRunner.Run adjust = cli.admin("programme", "adjust", "tidak-ada", "--phase", "DESIGN=2026-06-01..2026-07-31",
        "--reason", "x");
    assertThat(adjust.code()).isEqualTo(3);
    assertThat(adjust.err()).contains("tidak-ada");
    CliRunner.Run close = cli.admin("programme", "close", "tidak-ada", "--reason", "x");
    assertThat(close.code()).isEqualTo(3);
    CliRunner.Run nothing = cli.admin("programme", "adjust", "tidak-ada", "--reason", "x");
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("--phase");
  }
}
