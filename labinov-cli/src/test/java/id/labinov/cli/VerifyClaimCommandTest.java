package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.iid.RecordedVerification;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labinov verify-claim}: a verifier's decisions beside the pre-flight's predictions. */
class VerifyClaimCommandTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void aClaimOfLevelThreeCarriedToLevelOne() throws Exception {
    cli = new CliRunner(dir).migrated();
    ref = cli.importPosyandu();
    DocumentCommandTest.ok(DocumentCommandTest.addDecree(cli, dir.resolve("sk.pdf"), ref));
    DocumentCommandTest.ok(cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "3",
        "--document", "sk-800-12"));
  }

  private CliRunner.Run verifier(String... args) {
    return cli.as("verifikator-bskdn-01", "BSKDN", "VERIFIER", args);
  }

  @Test
  void aDecisionIsPrintedBesideThePreflightsPrediction() {
    CliRunner.Run r = verifier("verify-claim", "Posyandu Digital", "--year", "2025", "--indicator", "regulasi inovasi daerah",
        "--level", "1", "--note", "SK kepala dinas, bukan Perda");
    DocumentCommandTest.ok(r);
    assertThat(r.out()).isEqualTo("Klaim «Posyandu Digital» IID 2025, Regulasi inovasi daerah (klaim tingkat 3): "
        + "diverifikasi tingkat 1; pra-periksa memperkirakan tingkat 1 \u2014 sesuai (keputusan versi 1).\n"
        + "  Catatan verifikator: SK kepala dinas, bukan Perda\n");
    // a revision states the version seen: the stored one by default
    CliRunner.Run revised = verifier("verify-claim", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "0",
        "--note", "SK tidak ditandatangani", "--lang", "en");
    DocumentCommandTest.ok(revised);
    assertThat(revised.out()).startsWith("Claim of «Posyandu Digital» for IID 2025, Regulation establishing the "
        + "innovation (claimed level 3): verified level 0; the pre-flight predicted level 1 \u2014 the pre-flight was "
        + "more generous than the verifier (decision version 2).\n");
    try (Facade facade = new Facade(cli)) {
      List<RecordedVerification> latest = facade.lab.iid().verifications(Facade.ADMIN, DocumentCommandTest.LEBAK, 2025);
      assertThat(latest).hasSize(1);
      assertThat(latest.get(0).verification().verifiedLevel()).isZero();
      assertThat(latest.get(0).verification().predictedLevel()).hasValue(1);
      assertThat(latest.get(0).verification().verifier().value()).isEqualTo("verifikator-bskdn-01");
      assertThat(latest.get(0).version()).isEqualTo(2);
    }
  }

  @Test
  void onlyAVerifierRecordsDecisions() {
    CliRunner.Run admin = cli.admin("verify-claim", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1",
        "--note", "Sesuai");
    assertThat(admin.code()).as(admin.toString()).isEqualTo(1);
    assertThat(admin.out()).contains("Hanya verifikator yang dapat mencatat hasil verifikasi klaim.");
    CliRunner.Run en = cli.admin("verify-claim", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1",
        "--note", "Fine", "--lang", "en");
    assertThat(en.code()).isEqualTo(1);
    assertThat(en.out()).contains("Only a verifier");
    assertThat(cli.admin("verify-claim", "--list", "--year", "2025").err()).startsWith("0 keputusan verifikasi IID 2025.");
  }

  @Test
  void everyBadDecisionIsRefusedWithItsFix() {
    CliRunner.Run above = verifier("verify-claim", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "4",
        "--note", "x");
    assertThat(above.code()).isEqualTo(2);
    assertThat(above.err()).contains("Tingkat 4 tidak dapat diterima untuk «Posyandu Digital», Regulasi inovasi daerah: "
        + "isikan 0 sampai tingkat yang diklaim (3).");
    CliRunner.Run noClaim = verifier("verify-claim", ref, "--year", "2025", "--indicator", "VIDEO", "--level", "1",
        "--note", "x");
    assertThat(noClaim.code()).isEqualTo(3);
    assertThat(noClaim.err()).contains("«Posyandu Digital» tidak memiliki klaim IID 2025 untuk indikator Video inovasi "
        + "daerah; hanya klaim yang sudah diisi yang dapat diverifikasi.");
    CliRunner.Run missing = verifier("verify-claim", ref, "--year", "2025", "--indicator", "REGULATION");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Yang wajib diisi belum diberikan: --level N, --note TEXT.");
    DocumentCommandTest.ok(verifier("verify-claim", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1",
        "--note", "SK kepala dinas"));
    CliRunner.Run stale = verifier("verify-claim", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "2",
        "--note", "Perkada ada", "--expect-version", "0");
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.err()).contains("versi yang Anda lihat 0, versi tersimpan 1");
    CliRunner.Run listOptions = verifier("verify-claim", "--list", "--year", "2025", "--level", "1");
    assertThat(listOptions.code()).isEqualTo(2);
    assertThat(listOptions.err()).contains("Dengan --list, --indicator, --level, --note dan --expect-version tidak dipakai");
  }

  @Test
  void theListShowsEachLatestDecisionAndTheAgreement() {
    DocumentCommandTest.ok(cli.admin("claim", "set", ref, "--year", "2025", "--indicator", "VIDEO", "--level", "2"));
    DocumentCommandTest.ok(verifier("verify-claim", ref, "--year", "2025", "--indicator", "REGULATION", "--level", "1",
        "--note", "SK kepala dinas"));
    DocumentCommandTest.ok(verifier("verify-claim", ref, "--year", "2025", "--indicator", "VIDEO", "--level", "1",
        "--note", "Video memuat dua unsur"));
    System.setProperty("labinov.terminal.columns", "160");
    CliRunner.Run table;
    try {
      table = cli.admin("verify-claim", "--list", "--year", "2025", "--format", "table");
    } finally {
      System.clearProperty("labinov.terminal.columns");
    }
    DocumentCommandTest.ok(table);
    List<String> lines = table.out().lines().map(l -> l.replaceAll(" {2,}", "|")).toList();
    assertThat(lines).contains(
        "«Posyandu Digital»|Regulasi inovasi daerah|3|1|1|sesuai|verifikator-bskdn-01|SK kepala dinas",
        "«Posyandu Digital»|Video inovasi daerah|2|0|1|lebih ketat|verifikator-bskdn-01|Video memuat dua unsur",
        "Regulasi inovasi daerah|1|1|100%|0|0", "Video inovasi daerah|1|0|0%|0|1");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("2 keputusan verifikasi IID 2025. Pra-periksa sesuai dengan "
        + "verifikator pada 1 dari 2 keputusan (50%); lebih longgar 0, lebih ketat 1; 0 keputusan tanpa perkiraan.");
    CliRunner.Run json = cli.admin("verify-claim", "--list", "--year", "2025", "--format", "json", "Posyandu Digital");
    DocumentCommandTest.ok(json);
    assertThat(json.out()).contains("\"indicator\":\"VIDEO\"").contains("\"predictedLevel\":0,\"verifiedLevel\":1,"
        + "\"predicted\":false").contains("\"agreement\":{\"indicator\":\"*\",\"compared\":2,\"agreed\":1,\"percent\":50");
    CliRunner.Run tsv = cli.admin("verify-claim", "--list", "--year", "2025", "--lang", "en");
    assertThat(tsv.out()).contains(ref + "\t2025\tREGULATION\t3\t1\t1\tverifikator-bskdn-01\t1\tSK kepala dinas\n");
    assertThat(tsv.err()).isEqualTo("2 IID 2025 verification decisions. The pre-flight agreed with the verifier on 1 of "
        + "2 decisions (50%); more generous 0, stricter 1; 0 decisions without a prediction.\n");
  }

  @Test
  void theRolesHelpNamesTheVerifierInBothLanguages() {
    assertThat(cli.raw("--help").out().replaceAll("\\s+", " "))
        .contains("REGIONAL_HEAD, VERIFIER (verifikator klaim IID, untuk verify-claim).");
    assertThat(cli.raw("verify-claim", "--help", "--lang", "en").out().replaceAll("\\s+", " "))
        .contains("REGIONAL_HEAD, VERIFIER (verifier of IID claims, for verify-claim).");
  }
}
