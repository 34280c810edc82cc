package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.render.ReportFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportAndAuditCommandsTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String ref;
  String other;

  @BeforeEach
  void twoInnovations() throws Exception {
    cli = new CliRunner(dir).migrated();
    Path f = dir.resolve("dua.csv");
    Files.writeString(f, "title,opd,bentuk\nPosyandu Digital,DINKES,PELAYANAN_PUBLIK\nSekolah Ramah Anak,DISDIK,\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    ref = r.ref();
    other = r.out().lines().filter(l -> l.startsWith("baris 3")).findFirst().orElseThrow().split(" ")[3];
    cli.admin("hold", ref, "--reason", "Anggaran");
  }

  static InnovationRef refOf(String printed) {
    return InnovationRef.of(printed.substring(0, printed.indexOf('/')), printed.substring(printed.indexOf('/') + 1));
  }

  /** The same score for every criterion of a scheme. */
  static Map<String, BigDecimal> scores(EvaluationScheme scheme, int value) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (Criterion c : scheme.criteria()) {
      m.put(c.code(), BigDecimal.valueOf(value));
    }
    return m;
  }

  @Nested
  class Report {
    @Test
    void writesTheSummaryAsJsonToStandardOutput() {
      CliRunner.Run r = cli.admin("report", "programme-summary", "--format", "json");
      assertThat(r.code()).as(r.toString()).isZero();
      assertThat(r.out()).startsWith("{\"report\":\"programme-summary\"").contains("\"language\":\"id\"")
          .contains("\"total\":2").contains("\"code\":\"36.02\"");
    }

    @Test
    void writesCsvInEnglish() {
      CliRunner.Run r = cli.admin("report", "stage-durations", "--format", "csv", "--lang", "en",
          "--table", "stages");
      assertThat(r.code()).as(r.toString()).isZero();
      assertThat(r.out()).startsWith("Stage").contains("DRUM_UP");
    }

    @Test
    void writesOneInnovationsAuditTrailWithTheHashCheck() {
      CliRunner.Run r = cli.admin("report", "audit-trail", "--format", "json", "--innovation", ref, "--lang", "en");
      assertThat(r.code()).as(r.toString()).isZero();
      assertThat(r.out()).contains("\"report\":\"audit-trail\"").contains("\"verification\":\"INTACT\"")
          .contains("PUT_ON_HOLD");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writesEveryReportInEveryFormatToAFolder(ReportFormat format) throws Exception {
      Path out = dir.resolve("laporan-" + format.extension());
      CliRunner.Run r = cli.admin("report", "all", "--innovation", ref, "--format", format.name(),
          "--out", out.toString(), "--progress");
      assertThat(r.code()).as(r.toString()).isZero();
      String id = ref.substring(ref.indexOf('/') + 1);
      for (String name : new String[] {"programme-summary", "stage-durations", "showcase-catalogue",
          "national-stages", "what-blocks", "innovation-profile-" + id, "audit-trail-" + id}) {
        Path file = out.resolve(name + "." + format.extension());
        assertThat(file).isNotEmptyFile();
        assertThat(r.out()).contains(file.toString());
      }
      assertThat(r.err()).contains("laporan [").contains("100% 7/7");
    }

    @Test
    void whatBlocksCountsTheRefusalsTheToolRecorded() throws Exception {
      // the held innovation cannot move on, and the other one misses its commitment letter and approval
      assertThat(cli.admin("advance", ref, "--to", "DIAGNOSE").code()).isEqualTo(ExitCodes.REFUSED);
      assertThat(cli.admin("advance", other, "--to", "DIAGNOSE").code()).isEqualTo(ExitCodes.REFUSED);
      CliRunner.Run r = cli.admin("report", "what-blocks", "--format", "json", "--lang", "en");
      assertThat(r.code()).as(r.toString()).isZero();
      Map<?, ?> json = (Map<?, ?>) id.labinov.core.internal.json.JsonTree.parse(r.out());
      Map<?, ?> facts = (Map<?, ?>) json.get("facts");
      assertThat(facts.get("refusals")).isEqualTo(id.labinov.core.internal.json.JsonTree.Num.of(2));
      assertThat(facts.get("innovations")).isEqualTo(id.labinov.core.internal.json.JsonTree.Num.of(2));
      assertThat(facts.get("from")).isEqualTo("2025-03-03");
      assertThat(facts.get("to")).isEqualTo("2026-03-02");
      java.util.List<String> codes = new java.util.ArrayList<>();
      for (Object b : (java.util.List<?>) ((Map<?, ?>) json.get("tables")).get("blockers")) {
        codes.add((String) ((Map<?, ?>) b).get("code"));
      }
      assertThat(codes).contains("WRONG_STATUS", "EVIDENCE_MISSING", "APPROVALS_MISSING");
      CliRunner.Run before = cli.admin("report", "what-blocks", "--format", "json", "--to", "2026-03-01");
      Map<?, ?> earlier = (Map<?, ?>) id.labinov.core.internal.json.JsonTree.parse(before.out());
      assertThat(((Map<?, ?>) earlier.get("facts")).get("refusals")).isEqualTo(id.labinov.core.internal.json.JsonTree.Num.of(0));
      CliRunner.Run bad = cli.admin("report", "what-blocks", "--from", "kemarin", "--lang", "en");
      assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
      assertThat(bad.err()).contains("--from \"kemarin\" is not a date");
    }

    @Test
    void writesABinaryFormatToAFile() throws Exception {
      Path out = dir.resolve("ringkasan.xlsx");
      CliRunner.Run r = cli.admin("report", "programme-summary", "--format", "xlsx", "--out", out.toString());
      assertThat(r.code()).isZero();
      byte[] head = Files.readAllBytes(out);
      assertThat(new String(head, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void writesTheCatalogueAsPdfVolumesOneFilePerVolume() throws Exception {
      Path folder = dir.resolve("katalog");
      CliRunner.Run r = cli.admin("report", "showcase-catalogue", "--format", "pdf", "--out", folder + "/",
          "--volume-size", "50");
      assertThat(r.code()).as(r.toString()).isZero();
      // nothing is on display yet: one volume, saying so
      Path volume = folder.resolve("showcase-catalogue-1.pdf");
      assertThat(r.out()).isEqualTo("Ditulis: " + volume + System.lineSeparator());
      assertThat(new String(Files.readAllBytes(volume), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      Path named = dir.resolve("jilid.pdf");
      CliRunner.Run file = cli.admin("report", "showcase-catalogue", "--format", "pdf", "--out", named.toString(),
          "--volume-size", "50");
      assertThat(file.code()).as(file.toString()).isZero();
      assertThat(dir.resolve("jilid-1.pdf")).exists();
      assertThat(named).doesNotExist();
    }

    @Test
    void refusesAVolumeSizeOutsideItsRangeOrForAnotherReportOrFormat() {
      CliRunner.Run tooBig = cli.admin("report", "showcase-catalogue", "--format", "pdf", "--out", dir.toString(),
          "--volume-size", "501", "--lang", "en");
      assertThat(tooBig.code()).isEqualTo(2);
      assertThat(tooBig.err()).contains("entriesPerVolume", "501", "1 to 500");
      CliRunner.Run json = cli.admin("report", "showcase-catalogue", "--format", "json", "--volume-size", "10",
          "--lang", "en");
      assertThat(json.code()).isEqualTo(2);
      assertThat(json.err()).contains("--volume-size applies only to showcase-catalogue (or all) with --format pdf");
      CliRunner.Run summary = cli.admin("report", "programme-summary", "--format", "pdf", "--out", dir.toString(),
          "--volume-size", "10");
      assertThat(summary.code()).isEqualTo(2);
      assertThat(summary.err()).contains("--volume-size hanya berlaku untuk showcase-catalogue");
    }

    @Test
    void refusesABinaryFormatOnTheTerminal() {
      CliRunner.Run r = cli.admin("report", "programme-summary", "--format", "xlsx", "--lang", "en");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("--out FILE");
    }

    @Test
    void namesTheKnownReportsAndFormats() {
      CliRunner.Run kind = cli.admin("report", "ringkasan", "--lang", "en");
      CliRunner.Run format = cli.admin("report", "stage-durations", "--format", "docx", "--lang", "en");
      assertThat(kind.code()).isEqualTo(2);
      for (ReportKind k : ReportKind.values()) {
        assertThat(kind.err()).contains(k.code());
      }
      assertThat(format.code()).isEqualTo(2);
      for (ReportFormat f : ReportFormat.values()) {
        assertThat(format.err()).contains(f.name().toLowerCase(Locale.ROOT));
      }
    }

    @Test
    void aProfileOfAnUnknownInnovationExitsWithThree() {
      CliRunner.Run r = cli.admin("report", "innovation-profile", "--format", "json", "--innovation",
          "36.02/0192d1f0-0000-7000-8000-000000000000");
      assertThat(r.code()).isEqualTo(3);
    }

    @Test
    void summarisesAProgrammeOpenedThroughTheFacadeWithTheRowsImportedIntoIt() throws Exception {
      try (Facade facade = new Facade(cli)) {
        facade.openProgramme();
      }
      Path f = dir.resolve("program.csv");
      Files.writeString(f, "title,opd\nPuskesmas Keliling,DINKES\nPerpustakaan Desa,DISDIK\nPasar Online,DISPERINDAG\n");
      CliRunner.Run imported = cli.admin("import", f.toString(), "--programme", Facade.PROGRAMME, "--lang", "en");
      assertThat(imported.code()).as(imported.toString()).isEqualTo(5);
      assertThat(imported.out()).contains("row 2: stored").contains("row 3: stored")
          .contains("row 4: REJECTED: ").contains("OPD DISPERINDAG does not take part in programme lebak-2026.");

      CliRunner.Run json = cli.admin("report", "programme-summary", "--format", "json",
          "--programme", Facade.PROGRAMME, "--lang", "en");
      assertThat(json.code()).as(json.toString()).isZero();
      assertThat(json.out()).startsWith("{\"report\":\"programme-summary\"")
          .contains("Laboratorium Inovasi Kabupaten Lebak 2026").contains("\"total\":2")
          .doesNotContain("Posyandu Digital");
      CliRunner.Run csv = cli.admin("report", "programme-summary", "--programme", Facade.PROGRAMME,
          "--format", "csv", "--table", "byStage", "--lang", "en");
      assertThat(csv.code()).as(csv.toString()).isZero();
      assertThat(csv.out().lines().filter(l -> l.startsWith("DRUM_UP,"))).singleElement().asString()
          .endsWith(",2,2,0,0");
      // the whole scope still counts all four innovations
      assertThat(cli.admin("report", "programme-summary", "--format", "json").out()).contains("\"total\":4");
    }

    @Test
    void anUnknownProgrammeExitsWithThreeAndAProgrammeNeedsARegion() throws Exception {
      CliRunner.Run unknown = cli.admin("report", "programme-summary", "--programme", "tidak-ada", "--lang", "en");
      assertThat(unknown.code()).as(unknown.toString()).isEqualTo(3);
      assertThat(unknown.err()).contains("tidak-ada").contains("Check the programme id and its region");
      CliRunner.Run noRegion = cli.run("report", "programme-summary", "--programme", Facade.PROGRAMME,
          "--actor-scope", "national", "--lang", "en");
      assertThat(noRegion.code()).as(noRegion.toString()).isEqualTo(2);
      assertThat(noRegion.err()).contains("needs a region");
      Path f = dir.resolve("tanpa-program.csv");
      Files.writeString(f, "title,opd\nPuskesmas Keliling,DINKES\n");
      CliRunner.Run importInto = cli.admin("import", f.toString(), "--programme", "tidak-ada", "--lang", "en");
      assertThat(importInto.code()).as(importInto.toString()).isEqualTo(3);
      assertThat(importInto.err()).contains("tidak-ada").contains("Check the programme id");
      assertThat(cli.admin("list").err()).contains("2 inovasi.");
    }

    @Test
    void ranksTheInnovationsByTheScoresSubmittedThroughTheFacade() {
      EvaluationScheme scheme = EvaluationSchemes.igaPresentation2023();
      try (Facade facade = new Facade(cli)) {
        for (String evaluator : new String[] {"juri-lan-01", "juri-untirta-01"}) {
          Actor juri = Actor.of(evaluator, null, Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
          assertThat(facade.lab.evaluations().submitScores(refOf(other), juri, scheme.id(), 2026,
              scores(scheme, 90)).accepted()).isTrue();
          assertThat(facade.lab.evaluations().submitScores(refOf(ref), juri, scheme.id(), 2026,
              scores(scheme, 60)).accepted()).isTrue();
        }
      }
      CliRunner.Run r = cli.admin("report", "evaluation-ranking", "--format", "json",
          "--scheme", scheme.id(), "--round", "2026",
          "--lang", "en");
      assertThat(r.code()).as(r.toString()).isZero();
      assertThat(r.out()).startsWith("{\"report\":\"evaluation-ranking\"").contains(scheme.id());
      int first = r.out().indexOf("Sekolah Ramah Anak");
      int second = r.out().indexOf("Posyandu Digital");
      assertThat(first).isPositive();
      assertThat(second).isGreaterThan(first);
      CliRunner.Run otherRound = cli.admin("report", "evaluation-ranking", "--format", "json",
          "--scheme", scheme.id(), "--round", "2025");
      assertThat(otherRound.code()).as(otherRound.toString()).isZero();
      assertThat(otherRound.out()).doesNotContain("Sekolah Ramah Anak").doesNotContain("Posyandu Digital");
    }

    @Test
    void anUnknownSchemeNamesTheKnownOnes() {
      CliRunner.Run unknownScheme = cli.admin("report", "evaluation-ranking", "--scheme", "nope", "--round", "2026");
      assertThat(unknownScheme.code()).isEqualTo(2);
      assertThat(unknownScheme.err()).contains("iga-presentation-2023");
    }

    @Test
    void writesTheOnePageSummaryAsJsonPdfAndSlideAndRefusesASlideOfAnotherReport() throws Exception {
      try (Facade facade = new Facade(cli)) {
        facade.openProgramme();
      }
      Path rows = dir.resolve("program-satu-halaman.csv");
      Files.writeString(rows, "title,opd\nPuskesmas Keliling,DINKES\nPerpustakaan Desa,DISDIK\n");
      CliRunner.Run imported = cli.admin("import", rows.toString(), "--programme", Facade.PROGRAMME);
      assertThat(imported.code()).as(imported.toString()).isZero();
      String scheme = EvaluationSchemes.igaPresentation2023().id();
      CliRunner.Run json = cli.admin("report", "one-page", "--format", "json",
          "--programme", Facade.PROGRAMME, "--scheme", scheme,
          "--round", "2026", "--lang", "en");
      assertThat(json.code()).as(json.toString()).isZero();
      assertThat(json.out()).startsWith("{\"report\":\"one-page-summary\"").contains("\"total\":2")
          .contains("Laboratorium Inovasi Kabupaten Lebak 2026");
      Path folder = dir.resolve("bupati");
      for (String format : java.util.List.of("pdf", "png")) {
        CliRunner.Run r = cli.admin("report", "one-page-summary", "--programme", Facade.PROGRAMME, "--scheme", scheme,
            "--round", "2026", "--format", format, "--out", folder + "/");
        assertThat(r.code()).as(r.toString()).isZero();
      }
      byte[] pdf = Files.readAllBytes(folder.resolve("one-page-summary.pdf"));
      assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      java.awt.image.BufferedImage slide = javax.imageio.ImageIO.read(folder.resolve("one-page-summary.png").toFile());
      assertThat(slide.getWidth()).isEqualTo(1920);
      assertThat(slide.getHeight()).isEqualTo(1080);
      CliRunner.Run missing = cli.admin("report", "one-page", "--lang", "en");
      assertThat(missing.code()).isEqualTo(2);
      assertThat(missing.err()).contains("--programme, --scheme and --round");
      CliRunner.Run other = cli.admin("report", "programme-summary", "--format", "png", "--out",
          dir.resolve("ringkasan.png").toString(), "--lang", "en");
      assertThat(other.code()).as(other.toString()).isEqualTo(2);
      assertThat(other.err()).contains("programme-summary", "one-page-summary", "pdf, html, xlsx, csv, json");
      assertThat(dir.resolve("ringkasan.png")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
          p -> assertThat(Files.size(p)).isZero());
    }

    @Test
    void theRankingNeedsASchemeAndRound() {
      CliRunner.Run r = cli.admin("report", "evaluation-ranking", "--format", "json", "--lang", "en");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("--scheme and --round");
    }
  }

  @Nested
  class Verify {
    @Test
    void oneIntactHistory() {
      CliRunner.Run r = cli.admin("verify", ref, "--lang", "en");
      assertThat(r.code()).as(r.toString()).isZero();
      assertThat(r.out()).contains("INTACT " + ref + " (2 events)").contains("1 histories checked: 1 intact, 0 broken.");
    }

    @Test
    void exportedHashesVerifyAndATamperedPayloadIsFound() throws Exception {
      Path hashes = dir.resolve("hashes.csv");
      CliRunner.Run export = cli.admin("export-hashes", "--out", hashes.toString());
      assertThat(export.code()).isZero();
      assertThat(Files.readAllLines(hashes)).hasSize(3).first().isEqualTo(ExportHashesCommand.HEADER);
      assertThat(cli.admin("verify", "--hashes", hashes.toString()).code()).isZero();

      try (Connection c = DriverManager.getConnection(cli.url, "sa", "");
          PreparedStatement ps = c.prepareStatement(
              "UPDATE lbv_event SET payload = ? WHERE innovation_id = ? AND seq_no = 1")) {
        ps.setBytes(1, "{\"forged\":true}".getBytes(StandardCharsets.UTF_8));
        ps.setString(2, ref.substring(ref.indexOf('/') + 1));
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
      CliRunner.Run all = cli.admin("verify", "--all", "--lang", "en", "--progress");
      assertThat(all.code()).isEqualTo(6);
      assertThat(all.out()).contains("BROKEN " + ref + ": link 1, HASH_MISMATCH (payload or hash changed)")
          .contains("INTACT " + other).contains("2 histories checked: 1 intact, 1 broken.");
      assertThat(all.err()).as("one progress step per innovation").contains("verify [").contains("50% 1/2")
          .contains("100% 2/2");
      CliRunner.Run indonesian = cli.admin("verify", ref);
      assertThat(indonesian.out()).contains("RUSAK " + ref + ": mata rantai 1, HASH_MISMATCH (isi atau hash berubah)")
          .contains("1 riwayat diperiksa: 0 utuh, 1 rusak.");
      CliRunner.Run held = cli.admin("verify", "--hashes", hashes.toString());
      assertThat(held.code()).isEqualTo(6);
      CliRunner.Run trail = cli.admin("report", "audit-trail", "--format", "json", "--innovation", other);
      assertThat(trail.out()).contains("\"verification\":\"INTACT\"");
    }

    @Test
    void exportsToStandardOutput() {
      CliRunner.Run r = cli.admin("export-hashes");
      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith(ExportHashesCommand.HEADER + "\n").containsPattern(
          "36\\.02,[0-9a-f-]{36},2,[0-9a-f]{64}\n");
    }

    @Test
    void needsExactlyOneTarget() {
      assertThat(cli.admin("verify").code()).isEqualTo(2);
      assertThat(cli.admin("verify", ref, "--all").err()).contains("--hashes");
    }

    @Test
    void aMalformedHashFileNamesTheLine() throws Exception {
      Path bad = dir.resolve("bad.csv");
      Files.writeString(bad, ExportHashesCommand.HEADER + "\n36.02,nope\n");
      CliRunner.Run r = cli.admin("verify", "--hashes", bad.toString(), "--lang", "en");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("Line 2").contains(ExportHashesCommand.HEADER);
    }
  }

  @Nested
  class Rulebook {
    @Test
    void validatesTheShippedRulebook() {
      CliRunner.Run r = new CliRunner(dir).raw("rulebook", "validate", "5d", "--lang", "en");
      assertThat(r.code()).as(r.toString()).isZero();
      assertThat(r.out()).contains("Rulebook 5d").contains("is valid: 5 stages");
    }

    @Test
    void listsEveryProblemWithItsJsonPath() throws Exception {
      Path f = dir.resolve("rusak.json");
      Files.writeString(f, "{\"format\":\"labinov-rulebook/1\",\"id\":\"x\",\"version\":0,\"entryStage\":\"NOPE\","
          + "\"stages\":[],\"transitions\":[],\"bogus\":1}");
      CliRunner.Run r = new CliRunner(dir).raw("rulebook", "validate", f.toString(), "--lang", "en");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).contains("is not valid").contains("$.bogus").contains("$.version");
    }

    @Test
    void drawsAMermaidDiagramToAFile() throws Exception {
      Path out = dir.resolve("5d.mmd");
      CliRunner.Run r = new CliRunner(dir).raw("rulebook", "diagram", "5d", "--out", out.toString());
      CliRunner.Run screen = new CliRunner(dir).raw("rulebook", "diagram", "5d", "--lang", "en");
      assertThat(r.code()).isZero();
      assertThat(Files.readString(out)).contains("stateDiagram");
      assertThat(screen.out()).contains("stateDiagram").contains("DRUM_UP");
    }

    @Test
    void aMissingRulebookFileIsAUsageError() {
      CliRunner.Run r = new CliRunner(dir).raw("rulebook", "validate", dir.resolve("none.json").toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("none.json tidak ada");
    }
  }
}
