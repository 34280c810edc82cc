package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labinov score template|submit}: a jury's score sheet, written, filled and submitted. */
class ScoreCommandTest {
  static final String SCHEME = "iga-presentation-2023";

  @TempDir
  Path dir;
  CliRunner cli;
  String posyandu;
  String sekolah;

  @BeforeEach
  void twoInnovations() throws Exception {
    cli = new CliRunner(dir).migrated();
    Path f = dir.resolve("dua.csv");
    Files.writeString(f, "title,opd\nPosyandu Digital,DINKES\nSekolah Ramah Anak,DISDIK\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    posyandu = r.ref();
    sekolah = r.out().lines().filter(l -> l.startsWith("baris 3")).findFirst().orElseThrow().split(" ")[3];
  }

  private CliRunner.Run juror(String... args) {
    return cli.as("juri-lan-01", "LAN", "EVALUATOR", args);
  }

  /** The rows of an XLSX file's first sheet, as text. */
  static List<List<String>> rows(Path xlsx) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
      rows.forEach(r -> {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getCellCount(); c++) {
          cells.add(r.getOptionalCell(c).map(x -> x.getText()).orElse(""));
        }
        out.add(cells);
      });
    }
    return out;
  }

  @Test
  void theXlsxTemplateHasOneRowPerCriterionInTheUsersLanguage() throws Exception {
    Path xlsx = dir.resolve("lembar.xlsx");
    CliRunner.Run r = cli.run("score", "template", "--scheme", "iga presentation 2023", "--out", xlsx.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Templat ditulis ke " + xlsx + ": 5 kriteria skema \"Penilaian presentasi");
    List<List<String>> rows = rows(xlsx);
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0)).containsExactly("kode", "kriteria", "bobot", "wajib", "rentang", "tingkatan", "nilai",
        "catatan");
    assertThat(rows.get(1)).startsWith("NOVELTY", "Kebaruan", "0,3", "ya", "0 sampai 100");
    assertThat(rows.get(5)).startsWith("MASTERY", "Penguasaan materi", "0,1");
  }

  @Test
  void theCsvTemplateInEnglishFilledAndSubmittedIsRanked() throws Exception {
    Path csv = dir.resolve("sheet.csv");
    CliRunner.Run r = cli.run("score", "template", "--scheme", SCHEME, "--out", csv.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("code,criterion,weight,mandatory,range,levels,score,note");
    assertThat(lines.get(1)).isEqualTo("NOVELTY,Novelty,0.3,yes,0 to 100,,,");
    // the jury fills the score column (the last but one)
    StringBuilder filled = new StringBuilder(lines.get(0)).append('\n');
    String[] scores = {"90", "85.5", "80", "88", "92"};
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      filled.append(line, 0, line.length() - 2).append(',').append(scores[i - 1]).append(",\n");
    }
    Files.writeString(csv, filled);
    CliRunner.Run submitted = juror("score", "submit", sekolah, "--scheme", SCHEME, "--round", "2026",
        "--file", csv.toString(), "--lang", "en");
    assertThat(submitted.code()).as(submitted.toString()).isZero();
    // 0.30 x 90 + 0.25 x 85.5 + 0.15 x 80 + 0.20 x 88 + 0.10 x 92 = 87.175, rounded to 87.18
    assertThat(submitted.out()).contains("Scores for «Sekolah Ramah Anak» accepted: scheme \"Innovative Government"
        + " Award (IGA) 2023 presentation assessment\", round 2026, 5 criteria; this sheet's score is 87.18 (Very good).");

    CliRunner.Run ranking = cli.admin("report", "evaluation-ranking", "--scheme", SCHEME, "--round", "2026",
        "--format", "csv", "--lang", "en");
    assertThat(ranking.code()).as(ranking.toString()).isZero();
    assertThat(ranking.out()).contains("Sekolah Ramah Anak").contains("87.18");

    CliRunner.Run twice = juror("score", "submit", sekolah, "--scheme", SCHEME, "--round", "2026",
        "--file", csv.toString(), "--lang", "en");
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.out()).contains("You already scored this innovation under scheme iga-presentation-2023 in round 2026");
  }

  @Test
  void anXlsxSheetWithLabelsAndDecimalCommasIsSubmitted() throws Exception {
    Path xlsx = dir.resolve("isi.xlsx");
    try (OutputStream o = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(o, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Nilai");
      String[][] rows = {{"Kriteria", "Nilai"}, {"Kebaruan", "70,5"}, {"Kemanfaatan", "70"},
          {"Kewenangan dan kolaborasi", "70"}, {"replicability and applicability", "70"}, {"MASTERY", null}};
      for (int r = 0; r < rows.length; r++) {
        ws.value(r, 0, rows[r][0]);
        if (rows[r][1] != null) {
          ws.value(r, 1, rows[r][1]);
        }
      }
      ws.value(5, 1, 70); // a number cell, as Excel stores a typed score
      wb.finish();
    }
    CliRunner.Run r = juror("score", "submit", posyandu, "--scheme", SCHEME, "--round", "2026", "--file", xlsx.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    // 0.30 x 70.5 + 0.70 x 70 = 70.15
    assertThat(r.out()).contains("Nilai untuk «Posyandu Digital» diterima: skema \"Penilaian presentasi").contains("nilai lembar ini 70,15 (Baik).");
  }

  @Test
  void aSheetWithProblemsIsRefusedRowByRowAndNothingIsSubmitted() throws Exception {
    Path csv = dir.resolve("salah.csv");
    Files.writeString(csv, "kode;kriteria;nilai\n;Keunikan;80\nNOVELTY;;120\nBENEFIT;;\nBENEFIT;;70\n"
        + "REPLICABILITY;;delapan puluh\n");
    CliRunner.Run r = juror("score", "submit", posyandu, "--scheme", SCHEME, "--round", "2026", "--file", csv.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out())
        .contains("baris 2: DITOLAK: kolom kriteria: nilai \"Keunikan\" tidak dikenal.")
        .contains("baris 3: DITOLAK: nilai kriteria NOVELTY \"Kebaruan\" adalah \"120\"; isikan 0 sampai 100")
        .contains("baris 4: DITOLAK: nilai kriteria BENEFIT \"Kemanfaatan\" kosong; isikan nilai 0 sampai 100.")
        .contains("baris 5: DITOLAK: kriteria BENEFIT sudah ada di baris 4")
        .contains("baris 6: DITOLAK: nilai kriteria REPLICABILITY \"Dapat direplikasi dan diterapkan\" adalah \"delapan puluh\"")
        .contains("lembar: DITOLAK: kriteria wajib AUTHORITY_COLLABORATION \"Kewenangan dan kolaborasi\" tidak ada di lembar")
        .contains("Nilai tidak dikirim: 7 masalah di lembar.");
    CliRunner.Run ranking = cli.admin("report", "evaluation-ranking", "--scheme", SCHEME, "--round", "2026",
        "--format", "csv");
    assertThat(ranking.out()).doesNotContain("Posyandu Digital");

    Path noScore = dir.resolve("tanpa-nilai.csv");
    Files.writeString(noScore, "kode,komentar\nNOVELTY,bagus\n");
    CliRunner.Run badHeader = juror("score", "submit", posyandu, "--scheme", SCHEME, "--round", "2026",
        "--file", noScore.toString());
    assertThat(badHeader.code()).isEqualTo(2);
    assertThat(badHeader.err()).contains("Kolom \"komentar\" tidak dikenal").contains("catatan");

    CliRunner.Run unknownScheme = juror("score", "template", "--scheme", "iga-presentasi-2023");
    assertThat(unknownScheme.code()).isEqualTo(2);
    assertThat(unknownScheme.err()).contains("Maksud Anda iga-presentation-2023");
  }

  @Test
  void aConflictOfInterestIsRefusedWithItsReasonInBothLanguages() throws Exception {
    Path csv = dir.resolve("nilai.csv");
    Files.writeString(csv, "code,score\nNOVELTY,80\nBENEFIT,80\nAUTHORITY_COLLABORATION,80\nREPLICABILITY,80\n"
        + "MASTERY,80\n");
    CliRunner.Run sameOpd = cli.as("juri-dinkes", "DINKES", "EVALUATOR", "score", "submit", posyandu,
        "--scheme", SCHEME, "--round", "2026", "--file", csv.toString());
    assertThat(sameOpd.code()).as(sameOpd.toString()).isEqualTo(1);
    assertThat(sameOpd.out()).contains("Tindakan \"Beri nilai\" ditolak.")
        .contains("Konflik kepentingan: Anda berasal dari DINKES, OPD inovasi ini sendiri. Penilai lain harus menilainya.");
    CliRunner.Run english = cli.as("juri-dinkes", "DINKES", "EVALUATOR", "score", "submit", posyandu,
        "--scheme", SCHEME, "--round", "2026", "--file", csv.toString(), "--lang", "en");
    assertThat(english.code()).isEqualTo(1);
    assertThat(english.out()).contains("\"Submit scores\"")
        .contains("Conflict of interest: you belong to DINKES, the innovation's own OPD. Another evaluator must score it.");
    CliRunner.Run proposer = cli.as("admin-bappeda", "BAPPEDA", "EVALUATOR", "score", "submit", posyandu,
        "--scheme", SCHEME, "--round", "2026", "--file", csv.toString());
    assertThat(proposer.code()).isEqualTo(1);
    assertThat(proposer.out()).contains("Konflik kepentingan: admin-bappeda adalah salah satu inovator inovasi ini.");
  }
}
