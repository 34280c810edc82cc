package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.model.InnovationId;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labinov claim set|list}, {@code document link} and {@code preflight}. */
class ClaimAndPreflightTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void oneInnovationAndItsDecree() throws Exception {
    cli = new CliRunner(dir).migrated();
    ref = cli.importPosyandu();
    DocumentCommandTest.ok(DocumentCommandTest.addDecree(cli, dir.resolve("sk.pdf"), ref));
  }

  private Optional<RegisteredClaim> stored(String indicator) {
    try (Facade facade = new Facade(cli)) {
      InnovationId id = ReportAndAuditCommandsTest.refOf(ref).id();
      return facade.lab.iid().claims(Facade.ADMIN, DocumentCommandTest.LEBAK, Optional.of(id), 2025).stream()
          .filter(c -> c.key().equals(ClaimKey.forInnovation(DocumentCommandTest.LEBAK, id, 2025, indicator)))
          .findFirst();
    }
  }

  @Test
  void aClaimIsSetByIndicatorLabelAndItsLevelIsDescribed() {
    CliRunner.Run r = cli.admin("claim", "set", "Posyandu Digital", "--year", "2025", "--indicator",
        "regulasi inovasi daerah", "--level", "3", "--document", "sk-800-12");
    DocumentCommandTest.ok(r);
    assertThat(r.out()).isEqualTo("Klaim «Posyandu Digital» IID 2025 dicatat: Regulasi inovasi daerah tingkat 3 "
        + "(Ditetapkan dengan peraturan daerah (Perda)); 1 dokumen tertaut (versi 1).\n");
    CliRunner.Run en = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "Human resources for the innovation",
        "--level", "1", "--value", "12", "--unit", "orang", "--lang", "en");
    DocumentCommandTest.ok(en);
    assertThat(en.out()).isEqualTo("Claim of «Posyandu Digital» for IID 2025 recorded: Human resources for the "
        + "innovation level 1 (1-10 people run the innovation); 0 documents linked; amount 12 people (version 1).\n");
    RegisteredClaim hr = stored("HUMAN_RESOURCES").orElseThrow();
    assertThat(hr.claim().statedValue().orElseThrow().amount()).isEqualByComparingTo(BigDecimal.valueOf(12));
    assertThat(hr.claim().statedValue().orElseThrow().unit()).isEqualTo("PEOPLE");
    // a new level keeps the links and the stated value that are not given again
    DocumentCommandTest.ok(cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1"));
    assertThat(stored("REGULATION").orElseThrow().claim().documentIds()).containsExactly("sk-800-12");
    assertThat(stored("REGULATION").orElseThrow().version()).isEqualTo(2);
    System.setProperty("labinov.terminal.columns", "100");
    CliRunner.Run list;
    try {
      list = cli.admin("claim", "list", "--year", "2025", "--format", "table");
    } finally {
      System.clearProperty("labinov.terminal.columns");
    }
    DocumentCommandTest.ok(list);
    assertThat(list.out().lines().skip(2).map(l -> l.replaceAll(" {2,}", "|")).toList()).containsExactly(
        "«Posyandu Digital»|Ketersediaan SDM terhadap inovasi daerah|1|-|12 orang|1",
        "«Posyandu Digital»|Regulasi inovasi daerah|1|sk-800-12|-|2", "2 klaim.");
    CliRunner.Run tsv = cli.admin("claim", "list", "Posyandu Digital", "--year", "2025");
    assertThat(tsv.out()).contains(ref + "\t2025\tREGULATION\t1\tsk-800-12\t-\t2\n")
        .contains(ref + "\t2025\tHUMAN_RESOURCES\t1\t\t12 PEOPLE\t1\n");
    assertThat(tsv.err()).isEqualTo("2 klaim.\n");
    assertThat(cli.admin("claim", "list", "--year", "2024").err()).isEqualTo("0 klaim.\n");
  }

  @Test
  void everyBadClaimIsRefusedWithItsFix() {
    CliRunner.Run high = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "4");
    assertThat(high.code()).isEqualTo(2);
    assertThat(high.err()).contains("Tingkat 4 tidak ada pada indikator Regulasi inovasi daerah: isikan 1 sampai 3 "
        + "(1 = Ditetapkan dengan SK kepala daerah");
    CliRunner.Run zero = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "0",
        "--lang", "en");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("Level 0 does not exist for the indicator Regulation establishing the innovation: "
        + "give 1 to 3");
    CliRunner.Run indicator = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "regulasi", "--level", "1");
    assertThat(indicator.code()).isEqualTo(2);
    assertThat(indicator.err()).contains("--indicator: nilai \"regulasi\" tidak dikenal. Maksud Anda REGULATION "
        + "(Regulasi inovasi daerah)?");
    CliRunner.Run unit = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "HUMAN_RESOURCES", "--level",
        "1", "--value", "12", "--unit", "orng");
    assertThat(unit.code()).isEqualTo(2);
    assertThat(unit.err()).contains("--unit: nilai \"orng\" tidak dikenal. Maksud Anda PEOPLE (orang)?");
    CliRunner.Run valueOnly = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "HUMAN_RESOURCES",
        "--level", "1", "--value", "12");
    assertThat(valueOnly.code()).isEqualTo(2);
    assertThat(valueOnly.err()).contains("--unit UNIT wajib diisi, tetapi belum diberikan.");
    CliRunner.Run year = cli.admin("claim", "set", ref, "--year", "25", "--indicator", "REGULATION", "--level", "1");
    assertThat(year.code()).isEqualTo(2);
    assertThat(year.err()).contains("Tahun IID 25 tidak sah");
    CliRunner.Run document = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1",
        "--document", "sk-900");
    assertThat(document.code()).isEqualTo(3);
    assertThat(document.err()).contains("Dokumen sk-900 tidak ada dalam daftar bukti dukung daerah 36.02.")
        .contains("labinov document list");
    CliRunner.Run innovation = cli.admin("claim", "set", "36.02/01a23447-4c2d-772f-aeaa-cb455a8a3982", "--year", "2025",
        "--indicator", "REGULATION", "--level", "1");
    assertThat(innovation.code()).isEqualTo(3);
    CliRunner.Run coach = cli.as("coach-lan-03", "LAN", "COACH", "claim", "set", ref, "--year", "2025", "--indicator",
        "REGULATION", "--level", "1");
    assertThat(coach.code()).isEqualTo(1);
    assertThat(coach.out()).contains("Peran Anda tidak memberi wewenang");
    assertThat(stored("REGULATION")).isEmpty();
  }

  @Test
  void aStaleClaimVersionIsRefused() {
    DocumentCommandTest.ok(cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1"));
    CliRunner.Run stale = cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "2",
        "--expect-version", "0");
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.err()).contains("sudah diubah orang lain: versi yang Anda lihat 0, versi tersimpan 1.");
    assertThat(stored("REGULATION").orElseThrow().claim().claimedLevel()).isEqualTo(1);
  }

  @Test
  void linkingNeedsTheClaimAndAddsTheDocumentOnce() throws Exception {
    CliRunner.Run missing = cli.admin("document", "link", "sk-800-12", "--innovation", ref, "--year", "2025",
        "--indicator", "REGULATION");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("«Posyandu Digital» belum memiliki klaim IID 2025 untuk indikator Regulasi "
        + "inovasi daerah. Isi klaimnya lebih dahulu: labinov claim set " + ref + " --year 2025 --indicator REGULATION");
    DocumentCommandTest.ok(cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1"));
    CliRunner.Run linked = cli.admin("document", "link", "sk-800-12", "--innovation", "Posyandu Digital", "--year",
        "2025", "--indicator", "regulasi inovasi daerah");
    DocumentCommandTest.ok(linked);
    assertThat(linked.out()).isEqualTo("Dokumen SK nomor 800/12/2021 tanggal 2021-03-02 (sk-800-12) ditautkan ke klaim "
        + "«Posyandu Digital» IID 2025, Regulasi inovasi daerah (klaim versi 2; 1 dokumen tertaut).\n");
    CliRunner.Run again = cli.admin("document", "link", "sk-800-12", "--innovation", ref, "--year", "2025",
        "--indicator", "REGULATION", "--lang", "en");
    DocumentCommandTest.ok(again);
    assertThat(again.out()).isEqualTo("Document sk-800-12 is already linked to the claim of «Posyandu Digital» for IID "
        + "2025, Regulation establishing the innovation (claim version 2); nothing was changed.\n");
    assertThat(stored("REGULATION").orElseThrow().claim().documentIds()).containsExactly("sk-800-12");
    ok(cli.admin("document", "add", "--id", "foto-1", "--kind", "foto", "--date", "2025-08-17", "--subject", "Peluncuran",
        "--issuer", "Dinas Kesehatan", "--issuer-level", "OPD_HEAD"));
    CliRunner.Run stale = cli.admin("document", "link", "foto-1", "--innovation", ref, "--year", "2025", "--indicator",
        "REGULATION", "--expect-version", "1");
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.err()).contains("versi yang Anda lihat 1, versi tersimpan 2");
    CliRunner.Run noDocument = cli.admin("document", "link", "sk-1", "--innovation", ref, "--year", "2025",
        "--indicator", "REGULATION");
    assertThat(noDocument.code()).isEqualTo(3);
    CliRunner.Run what = cli.admin("document", "link", "sk-800-12", "--innovation", ref);
    assertThat(what.code()).isEqualTo(2);
    assertThat(what.err()).contains("Sebutkan yang akan ditautkan");
  }

  private static void ok(CliRunner.Run r) {
    DocumentCommandTest.ok(r);
  }

  @Test
  void aDocumentBecomesGateEvidenceThroughTheInnovationsCommandPath() {
    CliRunner.Run r = cli.admin("document", "link", "sk-800-12", "--innovation", ref, "--as-gate-evidence",
        "surat komitmen");
    ok(r);
    assertThat(r.out()).isEqualTo("Bukti dukung surat komitmen untuk «Posyandu Digital» dilampirkan di tahap Drum-up "
        + "(versi 2).\n");
    CliRunner.Run check = cli.admin("show", ref);
    assertThat(check.out()).contains("surat komitmen");
    CliRunner.Run kind = cli.admin("document", "link", "sk-800-12", "--innovation", ref, "--as-gate-evidence", "komitmen");
    assertThat(kind.code()).isEqualTo(2);
    assertThat(kind.err()).contains("--as-gate-evidence: nilai \"komitmen\" tidak dikenal.");
  }

  @Test
  void thePreflightSaysWhatTheEvidenceCarriesInEitherLanguage() {
    ok(cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "3", "--document",
        "sk-800-12"));
    CliRunner.Run id = cli.admin("preflight", "Posyandu Digital", "--year", "2025");
    ok(id);
    List<String> lines = id.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Pra-periksa IID 2025 untuk «Posyandu Digital» (skema: Indikator inovasi daerah "
        + "per inovasi (IID/IGA)):");
    assertThat(lines.get(1)).startsWith("  Catatan: indikator, bobot dan aturan bukti skema ini berasal dari sumber "
        + "pihak ketiga");
    assertThat(lines.get(2)).startsWith("  [kurang] Regulasi inovasi daerah: klaim tingkat 3 (Ditetapkan dengan "
        + "peraturan daerah (Perda)); bukti mendukung tingkat 1: SK nomor 800/12/2021 tanggal 2021-03-02 bukan Perda");
    assertThat(lines.get(3)).isEqualTo("    poin diklaim 9, didukung bukti 3");
    assertThat(lines.get(4)).isEqualTo("Indikator wajib yang belum diklaim:");
    assertThat(lines.subList(5, 9)).allSatisfy(l -> assertThat(l).startsWith("  - indikator wajib "))
        .anySatisfy(l -> assertThat(l).contains("(VIDEO) belum diklaim"));
    assertThat(lines.get(9)).isEqualTo("Jumlah poin: diklaim 9, didukung bukti 3 (paling banyak 111); 0 dari 1 klaim "
        + "didukung sesuai klaim. Belum siap diajukan.");
    CliRunner.Run en = cli.admin("preflight", ref, "--year", "2025", "--lang", "en");
    ok(en);
    assertThat(en.out()).contains("  [short] Regulation establishing the innovation: level 3 claimed (")
        .contains("the evidence supports level 1: ").contains("points claimed 9, carried by the evidence 3")
        .contains("mandatory indicator Video of the innovation (VIDEO) has no claim")
        .endsWith("0 of 1 claims carried as claimed. Not ready to submit.\n");
    CliRunner.Run json = cli.admin("preflight", ref, "--year", "2025", "--format", "json");
    ok(json);
    assertThat(json.out()).startsWith("{\"innovation\":\"" + ref + "\",\"title\":\"Posyandu Digital\",\"year\":2025,")
        .contains("\"ready\":false,\"claimedPoints\":9,\"supportedPoints\":3,")
        .contains("\"indicator\":\"REGULATION\"").contains("\"claimedLevel\":3,\"supportedLevel\":1,\"supported\":false")
        .contains("\"code\":\"DOCUMENT_KIND\",\"document\":\"sk-800-12\"")
        .contains("\"missingMandatory\":[{\"indicator\":\"HUMAN_RESOURCES\"");
  }

  @Test
  void aPreflightWithoutClaimsSaysHowToPutThem() {
    CliRunner.Run r = cli.admin("preflight", ref, "--year", "2026");
    ok(r);
    assertThat(r.out()).endsWith("«Posyandu Digital» belum memiliki klaim IID 2026; isi dengan labinov claim set.\n");
    CliRunner.Run format = cli.admin("preflight", ref, "--year", "2026", "--format", "xml");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("--format: nilai \"xml\" tidak dikenal.").contains("text, json");
  }

  @Test
  void theListOfARegionIsEmptyBeforeAnyClaim() throws Exception {
    Files.writeString(dir.resolve("x"), "");
    assertThat(cli.admin("claim", "list", "--year", "2025", "--format", "json").out()).isEqualTo("[]\n");
  }
}
