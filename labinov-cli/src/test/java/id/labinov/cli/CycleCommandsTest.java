package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code labinov entry}, {@code version}, {@code eligibility}, {@code sustainability}, the pre-flight's
 * carried-over claims and {@code claim confirm-carried}, in both languages. Three innovations of
 * Kabupaten Lebak: Posyandu Digital (DINKES) displayed on 6 November 2023; Sekolah Ramah Anak (DISDIK)
 * implemented since 15 January 2025; Izin Kilat (DPMPTSP) implemented since 1 July 2021, never developed;
 * Pasar Daring (DISDIK) neither implemented nor displayed.
 */
class CycleCommandsTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String posyandu;

  static void ok(CliRunner.Run r) {
    assertThat(r.code()).as(r.toString()).isZero();
  }

  /** Runs the tool from 09:00 WIB of a day on. */
  void on(String day) {
    cli.clock = Clock.fixed(LocalDate.parse(day).atTime(9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant(),
        ZoneOffset.UTC);
  }

  @BeforeEach
  void threeInnovationsOneDisplayed() throws Exception {
    cli = new CliRunner(dir).migrated();
    Path names = dir.resolve("nama.csv");
    Files.writeString(names, "kind,code,name,language\n"
        + "opd,DINKES,Dinas Kesehatan,\n"
        + "opd,DISDIK,Dinas Pendidikan dan Kebudayaan,\n"
        + "person,admin-bappeda,Rina Marlina,\n"
        + "person,kadinkes,dr. Ahmad Fauzi,\n");
    ok(cli.admin("directory", "load", names.toString()));
    on("2023-03-06");
    posyandu = cli.importPosyandu();
    Path others = dir.resolve("lain.csv");
    Files.writeString(others, "title,opd,problem,mulaiPenerapan\n"
        + "Sekolah Ramah Anak,DISDIK,Perundungan di sekolah dasar,2025-01-15\n"
        + "Izin Kilat,DPMPTSP,Izin usaha mikro memakan waktu dua minggu,2021-07-01\n"
        + "Pasar Daring,DISDIK,Pedagang kecil belum berjualan daring,\n");
    ok(cli.admin("import", others.toString()));
    on("2023-11-06");
    MonitorCommandTest.toDisplay(cli, dir, posyandu);
    on("2026-07-01");
  }

  private CliRunner.Run entry(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "entry";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.admin(all);
  }

  @Test
  void entriesAreRecordedUpdatedAndListedInEitherLanguage() {
    CliRunner.Run added = entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2024");
    ok(added);
    assertThat(added.out()).isEqualTo("«Posyandu Digital» diikutkan IGA 2024, kelompok umum; hasil: Didaftarkan "
        + "(catatan ke-1).\n");
    CliRunner.Run result = entry("result", "Posyandu Digital", "--competition", "innovative government award",
        "--year", "2024", "--result", "tidak lolos");
    ok(result);
    assertThat(result.out()).isEqualTo("Hasil «Posyandu Digital» pada IGA 2024: Tidak lolos (sebelumnya Didaftarkan; "
        + "catatan ke-2).\n");
    CliRunner.Run same = entry("result", posyandu, "--competition", "IGA", "--year", "2024", "--result", "NOT_SELECTED",
        "--lang", "en");
    ok(same);
    assertThat(same.out()).isEqualTo("The result of «Posyandu Digital» in IGA 2024 is Not selected already; nothing "
        + "was changed.\n");
    // an entry the rules would not have allowed is recorded (the region made it), with every reason told
    CliRunner.Run second = entry("add", "Posyandu Digital", "--competition", "iga", "--year", "2025", "--result",
        "nominasi", "--note", "Nominasi tingkat provinsi");
    ok(second);
    assertThat(second.out()).isEqualTo("«Posyandu Digital» diikutkan IGA 2025, kelompok umum; hasil: Nominasi "
        + "(catatan ke-3).\n"
        + "  Perhatian: menurut aturan kelayakan IGA 2025, inovasi ini belum layak diikutkan:\n"
        + "    - Inovasi ini terakhir diikutkan tahun 2024 dan belum tercatat dikembangkan sesudahnya. (aturan ini "
        + "belum terverifikasi)\n");
    CliRunner.Run kipp = entry("add", "Posyandu Digital", "--competition", "Public Service Innovation Competition",
        "--year", "2025", "--group", "umum", "--lang", "en");
    ok(kipp);
    assertThat(kipp.out()).isEqualTo("«Posyandu Digital» entered KIPP 2025, general group; result: Entered "
        + "(record 4).\n"
        + "  Note: under the eligibility rules of KIPP 2025, the innovation is not eligible:\n"
        + "    - The innovation is not yet 2 years old: implemented since 6 November 2023, old enough on 6 November "
        + "2025. (this rule is unverified)\n");
    CliRunner.Run list = entry("list", "Posyandu Digital");
    ok(list);
    assertThat(list.out()).isEqualTo("«Posyandu Digital»: 3 keikutsertaan kompetisi.\n"
        + "  IGA 2024  Kelompok umum  Tidak lolos  (dicatat oleh Rina Marlina, 1 Juli 2026)\n"
        + "  IGA 2025  Kelompok umum  Nominasi  (dicatat oleh Rina Marlina, 1 Juli 2026) - Nominasi tingkat provinsi\n"
        + "  KIPP 2025  Kelompok umum  Didaftarkan  (dicatat oleh Rina Marlina, 1 Juli 2026)\n");
    try (Facade facade = new Facade(cli)) {
      // in the database: four records (an entry, its result, two more entries), the latest per competition year
      assertThat(facade.lab.cycle().entryLog(Facade.ADMIN, ReportAndAuditCommandsTest.refOf(posyandu))).hasSize(4);
      assertThat(facade.lab.cycle().entries(Facade.ADMIN, ReportAndAuditCommandsTest.refOf(posyandu)))
          .extracting(e -> e.competition() + " " + e.year() + " " + e.group() + " " + e.result() + " "
              + e.recordedBy().value())
          .containsExactly("IGA 2024 GENERAL NOT_SELECTED admin-bappeda", "IGA 2025 GENERAL NOMINEE admin-bappeda",
              "KIPP 2025 GENERAL ENTERED admin-bappeda");
    }
    CliRunner.Run english = entry("list", posyandu, "--lang", "en");
    ok(english);
    assertThat(english.out()).startsWith("Competition entries of «Posyandu Digital»: 3.\n")
        .contains("  IGA 2024  General group  Not selected  (recorded by Rina Marlina, 1 July 2026)\n");
  }

  @Test
  void theEntryLimitAndEveryMistakeIsRefusedWithWhatToDo() {
    ok(entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2024", "--result", "tidak lolos"));
    ok(entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2025", "--result", "tidak lolos"));
    CliRunner.Run third = entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2026");
    assertThat(third.code()).isEqualTo(1);
    assertThat(third.err()).isEqualTo("labinov: Inovasi ini sudah diikutkan IGA pada tahun 2024, 2025; batasnya 2 "
        + "kali, sehingga keikutsertaan tahun 2026 tidak dapat dicatat.\n");
    CliRunner.Run thirdEn = entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2026", "--lang", "en");
    assertThat(thirdEn.code()).isEqualTo(1);
    assertThat(thirdEn.err()).contains("The innovation entered IGA in 2024, 2025 already; the limit is 2 times, so an "
        + "entry for 2026 cannot be recorded.");
    CliRunner.Run twice = entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2025");
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.err()).contains("«Posyandu Digital» sudah tercatat ikut IGA 2025 dengan hasil Tidak lolos; "
        + "perbarui hasilnya dengan labinov entry result.");
    CliRunner.Run none = entry("result", "Posyandu Digital", "--competition", "KIPP", "--year", "2025", "--result",
        "Top 99", "--lang", "en");
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err()).contains("«Posyandu Digital» has no recorded entry in KIPP 2025; record it first: labinov "
        + "entry add " + posyandu + " --competition KIPP --year 2025.");
    CliRunner.Run competition = entry("add", "Posyandu Digital", "--competition", "KIP", "--year", "2026");
    assertThat(competition.code()).isEqualTo(2);
    assertThat(competition.err()).contains("--competition: nilai \"KIP\" tidak dikenal.")
        .contains("Maksud Anda KIPP (Kompetisi Inovasi Pelayanan Publik (KIPP))?");
    CliRunner.Run resultValue = entry("result", "Posyandu Digital", "--competition", "IGA", "--year", "2025",
        "--result", "juara satu");
    assertThat(resultValue.code()).isEqualTo(2);
    assertThat(resultValue.err()).contains("--result: nilai \"juara satu\" tidak dikenal.");
    CliRunner.Run year = entry("add", "Posyandu Digital", "--competition", "KIPP", "--year", "26");
    assertThat(year.code()).isEqualTo(2);
    assertThat(year.err()).contains("Tahun 26 tidak sah: tulis tahun dari 2000 sampai 2200, mis. 2026.");
    CliRunner.Run other = cli.as("asn-disdik", "DISDIK", "INNOVATOR", "entry", "add", "Posyandu Digital",
        "--competition", "KIPP", "--year", "2026");
    assertThat(other.code()).isEqualTo(1);
    assertThat(other.out()).isEqualTo("Tindakan \"Catat keikutsertaan kompetisi\" ditolak.\n"
        + "  [wajib] Inovasi ini milik DINKES; dari DISDIK Anda hanya dapat bertindak atas inovasi OPD Anda sendiri.\n");
    CliRunner.Run unknown = entry("list", "36.02/01a23447-4c2d-772f-aeaa-cb455a8a3982");
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(entry("list", "Posyandu Digital").out()).contains(": 2 keikutsertaan kompetisi.");
  }

  @Test
  void aDevelopmentIsRecordedOncePerYearFromTheYearOfDisplay() {
    CliRunner.Run added = cli.admin("version", "add", "Posyandu Digital", "--year", "2025", "--changes",
        "cakupan, digitalisasi", "--note", "Dipakai di seluruh posyandu Kecamatan Rangkasbitung");
    ok(added);
    assertThat(added.out()).isEqualTo("Pengembangan «Posyandu Digital» tahun 2025 dicatat sebagai versi 2: perluasan "
        + "cakupan, digitalisasi.\n");
    CliRunner.Run english = cli.admin("version", "add", posyandu, "--year", "2026", "--changes", "BENEFICIARIES",
        "--changes", "other", "--note", "Ibu hamil ikut terdaftar", "--lang", "en");
    ok(english);
    assertThat(english.out()).isEqualTo("Development of «Posyandu Digital» in 2026 recorded as version 3: more "
        + "beneficiaries, other change.\n");
    CliRunner.Run twice = cli.admin("version", "add", posyandu, "--year", "2026", "--changes", "scope", "--note", "x");
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.err()).contains("Pengembangan tahun 2026 sudah tercatat sebagai versi 3; satu tahun satu versi.");
    CliRunner.Run early = cli.admin("version", "add", posyandu, "--year", "2022", "--changes", "scope", "--note", "x");
    assertThat(early.code()).isEqualTo(2);
    assertThat(early.err()).contains("Tahun pengembangan 2022 di luar rentang: gunakan tahun 2023 (tahun inovasi "
        + "diterapkan) sampai 2026 (tahun ini).");
    CliRunner.Run notDisplayed = cli.admin("version", "add", "Pasar Daring", "--year", "2026", "--changes",
        "scope", "--note", "x", "--lang", "en");
    assertThat(notDisplayed.code()).isEqualTo(1);
    assertThat(notDisplayed.err()).contains("Innovation \"Pasar Daring\" is not implemented yet");
    // implemented (a start date) though not displayed: its development counts from the implementation year
    ok(cli.admin("version", "add", "Sekolah Ramah Anak", "--year", "2026", "--changes", "scope", "--note",
        "Diperluas ke sekolah menengah pertama"));
    CliRunner.Run change = cli.admin("version", "add", posyandu, "--year", "2024", "--changes", "digitalsasi",
        "--note", "x");
    assertThat(change.code()).isEqualTo(2);
    assertThat(change.err()).contains("--changes: nilai \"digitalsasi\" tidak dikenal. Maksud Anda DIGITALISATION "
        + "(Digitalisasi)?");
    CliRunner.Run nothing = cli.admin("version", "add", posyandu, "--year", "2024", "--changes", ",", "--note", "x");
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("Sebutkan apa yang berubah dengan --changes");
    try (Facade facade = new Facade(cli)) {
      assertThat(facade.lab.cycle().versions(Facade.ADMIN, ReportAndAuditCommandsTest.refOf(posyandu)))
          .extracting(v -> v.year() + " " + new java.util.TreeSet<>(v.changes()) + " " + v.note())
          .containsExactly("2025 [SCOPE, DIGITALISATION] Dipakai di seluruh posyandu Kecamatan Rangkasbitung",
              "2026 [BENEFICIARIES, OTHER] Ibu hamil ikut terdaftar");
    }
    CliRunner.Run list = cli.admin("version", "list", "Posyandu Digital");
    ok(list);
    assertThat(list.out()).isEqualTo("«Posyandu Digital»: 2 pengembangan tercatat (versi 1 adalah inovasi saat "
        + "pertama ditampilkan).\n"
        + "  Versi 2 (2025): perluasan cakupan, digitalisasi \u2014 Dipakai di seluruh posyandu Kecamatan "
        + "Rangkasbitung  (dicatat oleh Rina Marlina)\n"
        + "  Versi 3 (2026): penambahan penerima manfaat, perubahan lain \u2014 Ibu hamil ikut terdaftar  (dicatat "
        + "oleh Rina Marlina)\n");
  }

  @Test
  void eligibilityListsTheEligibleThenEachOtherWithWhyAndTheFix() {
    ok(entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2024", "--result", "tidak lolos"));
    ok(entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2025", "--result", "nominasi"));
    CliRunner.Run iga = cli.admin("eligibility", "--competition", "IGA", "--year", "2026");
    ok(iga);
    assertThat(iga.out()).isEqualTo("Kelayakan Innovative Government Award (IGA) 2026, Kabupaten Lebak (36.02); "
        + "batas pendaftaran 31 Agustus 2026:\n"
        + "  Catatan: aturan yang ditandai \"belum terverifikasi\" berasal dari sumber yang belum dapat dipastikan; "
        + "cocokkan dengan petunjuk teknis tahun 2026.\n"
        + "Layak (1):\n"
        + "  «Sekolah Ramah Anak»\n"
        + "Belum layak (2):\n"
        + "  «Izin Kilat»\n"
        + "    - Inovasi diterapkan tahun 2021 dan belum tercatat dikembangkan pada tahun 2024 sampai 2026; yang "
        + "dihitung hanya inovasi yang diterapkan atau dikembangkan dalam rentang itu. (aturan ini belum "
        + "terverifikasi)\n"
        + "      Catat pengembangan inovasi tahun 2024 sampai 2026 paling lambat 31 Agustus 2026.\n"
        + "  «Posyandu Digital»\n"
        + "    - Inovasi diterapkan tahun 2023 dan belum tercatat dikembangkan pada tahun 2024 sampai 2026; yang "
        + "dihitung hanya inovasi yang diterapkan atau dikembangkan dalam rentang itu. (aturan ini belum "
        + "terverifikasi)\n"
        + "      Catat pengembangan inovasi tahun 2024 sampai 2026 paling lambat 31 Agustus 2026.\n"
        + "    - Inovasi ini sudah 2 kali diikutkan (2024, 2025); batasnya 2 kali.\n"
        + "      Tidak dapat diperbaiki: batas keikutsertaan sudah tercapai.\n"
        + "    - Inovasi ini terakhir diikutkan tahun 2025 dan belum tercatat dikembangkan sesudahnya. (aturan ini belum "
        + "terverifikasi)\n"
        + "      Catat pengembangan inovasi tahun 2026 paling lambat 31 Agustus 2026.\n"
        + "1 dari 3 inovasi layak; 1 inovasi lagi dapat menjadi layak bila diperbaiki paling lambat 31 Agustus 2026.\n");
    CliRunner.Run kipp = cli.admin("eligibility", "--competition", "kipp", "--year", "2026", "--lang", "en");
    ok(kipp);
    assertThat(kipp.out()).isEqualTo("Eligibility for Public Service Innovation Competition (KIPP) 2026, Kabupaten "
        + "Lebak (36.02); entries close on 31 March 2026:\n"
        + "  Note: rules marked \"unverified\" come from sources that could not be confirmed; check them against the "
        + "2026 guidelines.\n"
        + "Eligible (2):\n"
        + "  «Izin Kilat»\n"
        + "  «Posyandu Digital»\n"
        + "Not eligible (1):\n"
        + "  «Sekolah Ramah Anak»\n"
        + "    - The innovation is not yet 2 years old: implemented since 15 January 2025, old enough on 15 January "
        + "2027. (this rule is unverified)\n"
        + "      Wait until it is old enough: it may enter from 2027.\n"
        + "2 of 3 innovations eligible. Entries for KIPP 2026 closed on 31 March 2026; a fix now counts only for a later year.\n");
    CliRunner.Run one = cli.admin("eligibility", "--competition", "IGA", "--year", "2025", "--innovation",
        "Posyandu Digital");
    ok(one);
    assertThat(one.out()).contains("Belum layak (1):\n  «Posyandu Digital» (sudah didaftarkan; hasil: Nominasi)\n"
        + "    - Inovasi ini terakhir diikutkan tahun 2024 dan belum tercatat dikembangkan sesudahnya.")
        .doesNotContain("paling lambat 31 Agustus 2025")
        .endsWith("0 dari 1 inovasi layak. Pendaftaran IGA 2025 sudah ditutup pada 31 Agustus 2025; perbaikan baru "
            + "berlaku untuk tahun berikutnya.\n");
    CliRunner.Run json = cli.admin("eligibility", "--competition", "IGA", "--year", "2026", "--format", "json");
    ok(json);
    assertThat(json.out()).startsWith("{\"region\":\"36.02\",\"competition\":\"IGA\",")
        .contains("\"deadline\":\"2026-08-31\"").contains("\"eligible\":1")
        .contains("\"code\":\"ENTRY_LIMIT_REACHED\",\"verified\":true,\"fixable\":false,\"fixBy\":null")
        .contains("\"code\":\"OUTSIDE_WINDOW\",\"verified\":false,\"fixable\":true,\"fixBy\":\"2026-08-31\"");
    CliRunner.Run noRules = cli.admin("eligibility", "--competition", "IGA", "--year", "2020");
    assertThat(noRules.code()).isEqualTo(2);
    assertThat(noRules.err()).contains("Belum ada aturan kelayakan IGA untuk tahun 2020");
  }

  @Test
  void theWatchShowsMonitoringLegalBasisOwnerAndTheComingCompetitions() throws Exception {
    ok(cli.admin("monitor", "add", "Posyandu Digital", "--indicator", "WAKTU_ANTRE_MENIT", "--value", "30", "--date",
        "2024-02-05"));
    ok(cli.admin("monitoring", "add", "Posyandu Digital", "--indicator", "WAKTU_ANTRE_MENIT", "--value", "25",
        "--date", "2026-03-02"));
    ok(DocumentCommandTest.addDecree(cli, dir.resolve("sk.pdf"), posyandu, "--valid-until", "2025-12-31"));
    ok(entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2024", "--result", "tidak lolos"));
    ok(entry("add", "Posyandu Digital", "--competition", "IGA", "--year", "2025", "--result", "nominasi"));
    CliRunner.Run watch = cli.admin("sustainability");
    ok(watch);
    // due three months after 2 March 2026, on 2 June 2026: 29 days overdue on 1 July, not yet at risk (30)
    assertThat(watch.out()).isEqualTo("Pemantauan keberlanjutan Kabupaten Lebak (36.02) per 1 Juli 2026: 1 inovasi "
        + "ditampilkan.\n"
        + "«Posyandu Digital», Dinas Kesehatan; pemilik: Rina Marlina\n"
        + "  Pemantauan: Terpantau, terlambat 29 hari; entri terakhir 2 Maret 2026 (seluruhnya 2 hari pemantauan); jatuh tempo "
        + "berikutnya 2 Juni 2026\n"
        + "  Dasar hukum: Sudah tidak berlaku: SK nomor 800/12/2021, berlaku sampai 31 Desember 2025\n"
        + "  Pengembangan terakhir: belum ada sejak ditampilkan.\n"
        + "  IGA 2026: belum layak. Inovasi diterapkan tahun 2023 dan belum tercatat dikembangkan pada tahun 2024 "
        + "sampai 2026; yang dihitung hanya inovasi yang diterapkan atau dikembangkan dalam rentang itu. (aturan ini "
        + "belum terverifikasi) "
        + "Inovasi ini sudah 2 kali diikutkan (2024, 2025); batasnya 2 kali. Inovasi ini terakhir diikutkan tahun 2025 "
        + "dan belum tercatat dikembangkan sesudahnya. (aturan ini belum terverifikasi)\n"
        + "  KIPP 2027: layak\n"
        + "Jumlah: 1 terpantau, 0 berisiko, 0 terhenti; 1 tanpa dasar hukum yang berlaku.\n");
    on("2026-07-03");
    CliRunner.Run english = cli.admin("sustainability", "--lang", "en", "--flagged");
    ok(english);
    assertThat(english.out()).isEqualTo("Sustainability watch of Kabupaten Lebak (36.02) on 3 July 2026; displayed "
        + "innovations: 1.\n"
        + "«Posyandu Digital», Dinas Kesehatan; owner: Rina Marlina\n"
        + "  Monitoring: At risk, 31 days overdue; last entry on 2 March 2026 (2 days of monitoring in all); next due 2 June 2026\n"
        + "  Legal basis: Expired: decree (SK) no. 800/12/2021, in force until 31 December 2025\n"
        + "  Latest development: none since it was displayed.\n"
        + "  IGA 2026: not eligible. The innovation was implemented in 2023 and has no recorded development in 2024 "
        + "to 2026; only innovations implemented or developed in that span count. (this rule is unverified) The "
        + "innovation was "
        + "entered 2 times already (2024, 2025); the limit is 2. The innovation was last entered in 2025 and no "
        + "development is recorded since. (this rule is unverified)\n"
        + "  KIPP 2027: eligible\n"
        + "In all: 0 watched, 1 at risk, 0 lapsed; 1 without a legal basis in force.\n");
    CliRunner.Run json = cli.admin("sustainability", "--format", "json");
    ok(json);
    assertThat(json.out()).contains("\"state\":\"AT_RISK\"").contains("\"overdueDays\":31")
        .contains("\"legalBasis\":\"EXPIRED\",\"legalBasisLabel\":\"Sudah tidak berlaku\",\"legalDocument\":\"sk-800-12\"")
        .contains("\"ownerName\":\"Rina Marlina\"");
  }

  @Test
  void lastYearsClaimsAreCarriedOverUntilConfirmed() throws Exception {
    ok(DocumentCommandTest.addDecree(cli, dir.resolve("sk.pdf"), posyandu));
    ok(cli.admin("claim", "set", "Posyandu Digital", "--year", "2025", "--indicator", "REGULATION", "--level", "1",
        "--document", "sk-800-12"));
    CliRunner.Run before = cli.admin("preflight", "Posyandu Digital", "--year", "2026");
    ok(before);
    assertThat(before.out()).contains("«Posyandu Digital» belum memiliki klaim IID 2026");
    CliRunner.Run version = cli.admin("version", "add", "Posyandu Digital", "--year", "2026", "--changes", "cakupan",
        "--note", "Seluruh posyandu Kabupaten Lebak");
    ok(version);
    assertThat(version.out()).endsWith("  1 klaim IID 2025 dibawa ke tahun 2026 sampai dikonfirmasi; lihat dengan "
        + "labinov preflight --year 2026.\n");
    CliRunner.Run carried = cli.admin("preflight", "Posyandu Digital", "--year", "2026");
    ok(carried);
    java.util.List<String> lines = carried.out().lines().toList();
    assertThat(lines.get(2)).isEqualTo("  Pengembangan 2026 (versi 2) membawa 1 klaim IID 2025 ke tahun ini; "
        + "konfirmasi masing-masing dengan labinov claim confirm-carried.");
    assertThat(lines.get(3)).startsWith("  [didukung] Regulasi inovasi daerah: klaim tingkat 1 (")
        .endsWith(" (dibawa dari tahun sebelumnya)");
    CliRunner.Run english = cli.admin("preflight", posyandu, "--year", "2026", "--lang", "en");
    assertThat(english.out()).contains("  The development of 2026 (version 2) carries IID 2025 claims into this year "
        + "(1); confirm each with labinov claim confirm-carried.").contains(" (carried over)\n");
    CliRunner.Run json = cli.admin("preflight", posyandu, "--year", "2026", "--format", "json");
    assertThat(json.out()).contains("\"developmentVersion\":2").contains("\"carriedOver\":true");
    CliRunner.Run confirmed = cli.admin("claim", "confirm-carried", "Posyandu Digital", "--year", "2026",
        "--indicator", "regulasi inovasi daerah");
    ok(confirmed);
    assertThat(confirmed.out()).isEqualTo("Klaim «Posyandu Digital» IID 2026 dikonfirmasi dari klaim tahun 2025: "
        + "Regulasi inovasi daerah tingkat 1 (Ditetapkan dengan SK kepala daerah, atau SK kepala perangkat daerah atas "
        + "nama kepala daerah); 1 dokumen tertaut (versi 1).\n");
    CliRunner.Run after = cli.admin("preflight", "Posyandu Digital", "--year", "2026");
    assertThat(after.out()).doesNotContain("dibawa dari tahun sebelumnya").doesNotContain("confirm-carried")
        .contains("  [didukung] Regulasi inovasi daerah: klaim tingkat 1");
    assertThat(cli.admin("claim", "list", "Posyandu Digital", "--year", "2026").out())
        .contains("\t2026\tREGULATION\t1\tsk-800-12\t");
    CliRunner.Run again = cli.admin("claim", "confirm-carried", posyandu, "--year", "2026", "--indicator", "REGULATION",
        "--lang", "en");
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.err()).contains("No claim of indicator REGULATION is carried over into 2026")
        .contains("Claims carried over from the year before show in labinov preflight INNOVATION --year YEAR.");
  }
}
