package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.model.RegionCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labinov document add|supersede|list}: the IID evidence register from the terminal. */
class DocumentCommandTest {
  static final RegionCode LEBAK = RegionCode.parse("36.02");

  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void oneInnovation() throws Exception {
    cli = new CliRunner(dir).migrated();
    ref = cli.importPosyandu();
  }

  static void ok(CliRunner.Run r) {
    assertThat(r.code()).as(r.toString()).isZero();
  }

  /** Registers the SK of the health office head of 2 March 2021 from a file, as {@code sk-800-12}. */
  static CliRunner.Run addDecree(CliRunner cli, Path file, String ref, String... more) throws Exception {
    Files.writeString(file, "%PDF-1.4 SK 800/12/2021 tentang Penetapan Inovasi Posyandu Digital");
    List<String> args = new java.util.ArrayList<>(List.of("document", "add", "--id", "sk-800-12", "--kind", "SK",
        "--number", "800/12/2021", "--date", "2021-03-02", "--subject", "Penetapan Inovasi Posyandu Digital",
        "--issuer", "Kepala Dinas Kesehatan Kabupaten Lebak", "--issuer-level", "kepala perangkat daerah",
        "--file", file.toString(), "--innovation", ref, "--indicator", "regulasi inovasi daerah"));
    args.addAll(List.of(more));
    return cli.admin(args.toArray(String[]::new));
  }

  @Test
  void aDocumentFromAFileKeepsItsHashTypeAndSizeAndIsToldInASentence() throws Exception {
    Path file = dir.resolve("sk-800-12.pdf");
    CliRunner.Run r = addDecree(cli, file, ref);
    ok(r);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    long size = Files.size(file);
    assertThat(r.out()).isEqualTo("Dokumen SK nomor 800/12/2021 tanggal 2021-03-02 didaftarkan dengan id sk-800-12 (versi 1).\n"
        + "  Perihal: Penetapan Inovasi Posyandu Digital; diterbitkan oleh Kepala Dinas Kesehatan Kabupaten Lebak "
        + "(kepala perangkat daerah).\n"
        + "  Berkas: " + file + ", application/pdf, " + size + " bita, SHA-256 " + sha + ".\n"
        + "  Mendukung: «Posyandu Digital»; indikator: Regulasi inovasi daerah.\n");
    try (Facade facade = new Facade(cli)) {
      RegisteredDocument d = facade.lab.iid().findDocument(Facade.ADMIN, LEBAK, "sk-800-12").orElseThrow();
      assertThat(d.document().kind()).isEqualTo(DocumentKind.DECREE);
      assertThat(d.document().issuerLevel()).isEqualTo(IssuerLevel.OPD_HEAD);
      assertThat(d.document().file().orElseThrow().sha256()).isEqualTo(sha);
      assertThat(d.document().file().orElseThrow().size()).isEqualTo(size);
      assertThat(d.document().file().orElseThrow().uri()).isEqualTo(file.toAbsolutePath().toUri());
      assertThat(d.document().innovations()).containsExactly(ReportAndAuditCommandsTest.refOf(ref).id());
      assertThat(d.document().indicators()).containsExactly("REGULATION");
      assertThat(d.recordedBy().value()).isEqualTo("admin-bappeda");
    }
  }

  @Test
  void aHashThatIsNotTheFilesIsRefusedNamingBoth() throws Exception {
    Path file = dir.resolve("sk.pdf");
    CliRunner.Run r = addDecree(cli, file, ref, "--sha256", "00".repeat(32));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("SHA-256 berkas " + file + " adalah ").contains(", bukan " + "00".repeat(32));
    assertThat(cli.admin("document", "list").err()).isEqualTo("0 dokumen.\n");
  }

  @Test
  void aDocumentByUriNeedsItsHashTypeAndSize() {
    CliRunner.Run partial = cli.admin("document", "add", "--kind", "foto", "--date", "2025-08-17", "--subject",
        "Peluncuran", "--issuer", "Dinas Kesehatan", "--issuer-level", "OPD_HEAD", "--uri", "https://lebak.example/f.jpg");
    assertThat(partial.code()).isEqualTo(2);
    assertThat(partial.err()).contains("Berikan --file, atau keempat --uri, --sha256, --media-type dan --size.");
    CliRunner.Run whole = cli.admin("document", "add", "--kind", "foto", "--date", "2025-08-17", "--subject",
        "Peluncuran", "--issuer", "Dinas Kesehatan", "--issuer-level", "OPD_HEAD", "--uri", "https://lebak.example/f.jpg",
        "--sha256", "AB".repeat(32), "--media-type", "image/jpeg", "--size", "2048", "--lang", "en");
    ok(whole);
    // no --id: one made of the kind, the date and six random digits
    assertThat(whole.out()).matches("(?s)Document photo without number, of 2025-08-17 registered with the id "
        + "photo-20250817-[0-9a-f]{6} \\(version 1\\)\\.\n.*")
        .contains("  File: https://lebak.example/f.jpg, image/jpeg, 2048 bytes, SHA-256 " + "ab".repeat(32) + ".\n");
  }

  @Test
  void anUnknownKindOrLevelIsRefusedWithTheCloseOne() throws Exception {
    CliRunner.Run kind = cli.admin("document", "add", "--kind", "SKK", "--date", "2021-03-02", "--subject", "x",
        "--issuer", "y", "--issuer-level", "OPD_HEAD");
    assertThat(kind.code()).isEqualTo(2);
    assertThat(kind.err()).contains("--kind: nilai \"SKK\" tidak dikenal. Maksud Anda DECREE (SK)? Gunakan salah satu dari: "
        + "DECREE (SK), PERKADA, PERDA, REPORT (laporan), MINUTES (notulen), PHOTO (foto), VIDEO, NEWS_LINK (tautan berita)");
    CliRunner.Run en = cli.admin("document", "add", "--kind", "perkda", "--date", "2021-03-02", "--subject", "x",
        "--issuer", "y", "--issuer-level", "OPD_HEAD", "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).contains("--kind: unknown value \"perkda\". Did you mean PERKADA (Perkada (head-of-region "
        + "regulation))?");
    CliRunner.Run level = cli.admin("document", "add", "--kind", "Perda", "--date", "2021-03-02", "--subject", "x",
        "--issuer", "DPRD dan Bupati", "--issuer-level", "bupati");
    assertThat(level.code()).isEqualTo(2);
    assertThat(level.err()).contains("--issuer-level: nilai \"bupati\" tidak dikenal.")
        .contains("REGIONAL_HEAD (kepala daerah), OPD_HEAD (kepala perangkat daerah), DPRD, EXTERNAL (pihak luar)");
    CliRunner.Run missing = cli.admin("document", "add", "--kind", "SK");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Yang wajib diisi belum diberikan: --date YYYY-MM-DD, --subject TEXT, "
        + "--issuer TEXT, --issuer-level LEVEL.");
    CliRunner.Run date = addDecree(cli, dir.resolve("sk.pdf"), ref, "--valid-until", "2020-13-01");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("--valid-until \"2020-13-01\" bukan tanggal");
    CliRunner.Run unknownInnovation = addDecree(cli, dir.resolve("sk.pdf"), "36.02/01a23447-4c2d-772f-aeaa-cb455a8a3982");
    assertThat(unknownInnovation.code()).as(unknownInnovation.toString()).isEqualTo(3);
    assertThat(cli.admin("document", "list").err()).isEqualTo("0 dokumen.\n");
  }

  @Test
  void aRoleThatDoesNotWriteTheRegisterIsRefusedWithItsReason() throws Exception {
    Files.writeString(dir.resolve("sk.pdf"), "SK");
    CliRunner.Run r = cli.as("coach-lan-03", "LAN", "COACH", "document", "add", "--kind", "SK", "--date", "2021-03-02",
        "--subject", "Penetapan", "--issuer", "Kepala Dinas", "--issuer-level", "OPD_HEAD", "--file",
        dir.resolve("sk.pdf").toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("Peran Anda tidak memberi wewenang untuk mengubah daftar bukti dukung dan klaim");
    assertThat(cli.admin("document", "list").err()).isEqualTo("0 dokumen.\n");
  }

  @Test
  void anIdTakenIsRefused() throws Exception {
    ok(addDecree(cli, dir.resolve("sk.pdf"), ref));
    CliRunner.Run again = addDecree(cli, dir.resolve("sk.pdf"), ref);
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("Dokumen dengan id sk-800-12 sudah ada dalam daftar bukti dukung daerah 36.02; "
        + "gunakan id lain.");
  }

  @Test
  void aSupersededDocumentStaysListedNamingItsReplacement() throws Exception {
    ok(addDecree(cli, dir.resolve("sk.pdf"), ref));
    Files.writeString(dir.resolve("perkada.pdf"), "%PDF-1.4 Perkada 5/2024");
    CliRunner.Run r = cli.admin("document", "supersede", "sk-800-12", "--id", "perkada-5-2024", "--kind", "Perkada",
        "--number", "5/2024", "--date", "2024-05-06", "--issuer", "Bupati Lebak", "--issuer-level", "kepala daerah",
        "--file", dir.resolve("perkada.pdf").toString(), "--reason", "Ditetapkan ulang dengan Perkada");
    ok(r);
    assertThat(r.out()).startsWith("Dokumen sk-800-12 (SK nomor 800/12/2021 tanggal 2021-03-02) digantikan oleh "
        + "Perkada nomor 5/2024 tanggal 2024-05-06 dengan id perkada-5-2024 (versi 1). Alasan: Ditetapkan ulang dengan "
        + "Perkada\n  Perihal: Penetapan Inovasi Posyandu Digital; diterbitkan oleh Bupati Lebak (kepala daerah).\n")
        .contains("  Mendukung: «Posyandu Digital»; indikator: Regulasi inovasi daerah.\n"); // kept from the old one
    CliRunner.Run active = cli.admin("document", "list", "--format", "tsv");
    assertThat(active.out()).isEqualTo("perkada-5-2024\tPERKADA\t5/2024\t2024-05-06\tACTIVE\t1\t"
        + "Penetapan Inovasi Posyandu Digital\n");
    System.setProperty("labinov.terminal.columns", "100");
    CliRunner.Run all;
    try {
      all = cli.admin("document", "list", "--status", "semua", "--format", "table");
    } finally {
      System.clearProperty("labinov.terminal.columns");
    }
    assertThat(all.out().lines().toList()).hasSize(5);
    assertThat(all.out().lines().skip(2).map(l -> l.replaceAll(" {2,}", "|")).toList()).containsExactly(
        "sk-800-12|SK|800/12/2021|2 Maret 2021|digantikan|perkada-5-2024|Penetapan Inovasi P…",
        "perkada-5-2024|Perkada|5/2024|6 Mei 2024|berlaku|-|Penetapan Inovasi P…", "2 dokumen.");
    CliRunner.Run superseded = cli.admin("document", "list", "--status", "superseded", "--lang", "en", "--format", "json");
    assertThat(superseded.out()).contains("\"id\":\"sk-800-12\"").contains("\"status\":\"SUPERSEDED\"")
        .contains("\"supersededBy\":\"perkada-5-2024\"").contains("\"kindLabel\":\"decree (SK)\"")
        .contains("\"version\":2").doesNotContain("perkada-5-2024\",\"region\"");
    CliRunner.Run twice = cli.admin("document", "supersede", "sk-800-12", "--number", "800/13/2021", "--reason", "Salah");
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.err()).contains("Dokumen sk-800-12 (daerah 36.02) sudah digantikan oleh dokumen perkada-5-2024");
    CliRunner.Run claim = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1",
        "--document", "sk-800-12");
    assertThat(claim.code()).isEqualTo(1);
    assertThat(claim.err()).contains("sudah digantikan oleh dokumen perkada-5-2024; gunakan dokumen pengganti tersebut.");
  }

  @Test
  void aStaleVersionIsRefusedAndNothingIsReplaced() throws Exception {
    ok(addDecree(cli, dir.resolve("sk.pdf"), ref));
    CliRunner.Run stale = cli.admin("document", "supersede", "sk-800-12", "--number", "800/12/2021-A",
        "--expect-version", "3", "--reason", "Nomor salah ketik");
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.err()).contains("Data sk-800-12 (daerah 36.02) sudah diubah orang lain: versi yang Anda lihat 3, "
        + "versi tersimpan 1.").contains("labinov claim list atau document list");
    CliRunner.Run nothing = cli.admin("document", "supersede", "sk-800-12", "--reason", "Tidak ada");
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("Tidak ada yang diberikan untuk dokumen pengganti sk-800-12");
    CliRunner.Run none = cli.admin("document", "supersede", "sk-999", "--number", "1", "--reason", "x", "--lang", "en");
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err()).contains("sk-999").contains("labinov document list");
    try (Facade facade = new Facade(cli)) {
      assertThat(facade.lab.iid().documents(Facade.ADMIN, LEBAK, DocumentFilter.all())).hasSize(1);
    }
  }

  @Test
  void theListIsNarrowedByKindInnovationIndicatorAndYears() throws Exception {
    ok(addDecree(cli, dir.resolve("sk.pdf"), ref));
    ok(cli.admin("document", "add", "--id", "foto-launching", "--kind", "PHOTO", "--date", "2025-08-17", "--subject",
        "Peluncuran Posyandu Digital", "--issuer", "Dinas Kesehatan", "--issuer-level", "OPD_HEAD"));
    assertThat(cli.admin("document", "list", "--kind", "foto").out()).startsWith("foto-launching\t").hasLineCount(1);
    assertThat(cli.admin("document", "list", "--innovation", "Posyandu Digital").out()).startsWith("sk-800-12\t")
        .hasLineCount(1);
    assertThat(cli.admin("document", "list", "--indicator", "REGULATION").out()).startsWith("sk-800-12\t");
    assertThat(cli.admin("document", "list", "--years", "2024..2025").out()).startsWith("foto-launching\t")
        .hasLineCount(1);
    CliRunner.Run years = cli.admin("document", "list", "--years", "2025-2024");
    assertThat(years.code()).isEqualTo(2);
    assertThat(years.err()).contains("--years \"2025-2024\" tidak sah: tulis satu tahun (2025) atau rentang tahun");
    CliRunner.Run status = cli.admin("document", "list", "--status", "aktif");
    assertThat(status.code()).isEqualTo(2);
    assertThat(status.err()).contains("--status: nilai \"aktif\" tidak dikenal.")
        .contains("ACTIVE (berlaku), SUPERSEDED (digantikan), ALL (semua)");
  }
}
