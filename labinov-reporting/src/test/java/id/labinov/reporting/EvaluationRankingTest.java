package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.support.Csv;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EvaluationRankingTest {
  static LebakData data;
  static EvaluationRanking ranking;

  @BeforeAll
  static void compute() {
    data = LebakData.create();
    ranking = reports(Locale.ROOT).evaluationRanking(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        EvaluationSchemes.kippCriteria(), LebakData.ROUND);
  }

  static Reports reports(Locale locale) {
    return Reports.builder().labinov(data.scenario.lab).evaluationStore(data.scenario.evaluations)
        .directory(LebakData.DIRECTORY).locale(locale).pageSize(2).build();
  }

  /** Evaluators give base, base (novelty +10, sustainability -10) and base + 5: the mean is base + 5/3. */
  static BigDecimal expectedScore(int number) {
    int b = LebakData.KIPP_BASE.get(number);
    return BigDecimal.valueOf(3L * b + 5).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
  }

  @Test
  void ranksByAggregatedScoreAndEqualScoresShareARank() {
    assertThat(ranking.rows()).extracting(r -> r.ref()).containsExactly(data.ref(11), data.ref(1), data.ref(6),
        data.ref(2), data.ref(7), data.ref(14));
    assertThat(ranking.rows()).extracting(RankedInnovation::rank).containsExactly(1, 2, 2, 4, 5, 6);
    for (RankedInnovation r : ranking.rows()) {
      int number = java.util.stream.IntStream.rangeClosed(1, 19).filter(n -> data.ref(n).equals(r.ref()))
          .findFirst().orElseThrow();
      assertThat(r.score()).as(r.title()).isEqualByComparingTo(expectedScore(number));
      assertThat(r.title()).isEqualTo(data.plan(number).title);
    }
    assertThat(ranking.rows()).extracting(RankedInnovation::categoryCode)
        .containsExactly("SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "CUKUP", "KURANG");
  }

  @Test
  void showsEvaluatorCountAndPerCriterionMeans() {
    RankedInnovation top = ranking.rows().get(0);
    assertThat(top.evaluatorCount()).isEqualTo(3);
    assertThat(top.trimmed()).isFalse();
    assertThat(top.perCriterion().keySet()).containsExactly("NOVELTY", "EFFECTIVENESS", "BENEFIT", "REPLICABILITY",
        "SUSTAINABILITY");
    assertThat(top.perCriterion().get("NOVELTY")).isEqualByComparingTo("90.00");
    assertThat(top.perCriterion().get("BENEFIT")).isEqualByComparingTo("86.67");
    assertThat(top.perCriterion().get("SUSTAINABILITY")).isEqualByComparingTo("83.33");
    assertThat(top.opdName()).isEqualTo("Dinas Perhubungan");
  }

  @Test
  void onlyEachEvaluatorsLatestSheetOfTheSchemeVersionCounts() {
    RankedInnovation izin = ranking.rows().get(5);
    assertThat(izin.ref()).isEqualTo(data.ref(14));
    assertThat(izin.score()).isEqualByComparingTo("51.67");
    assertThat(izin.evaluatorCount()).isEqualTo(3);
    assertThat(ranking.sheetsLeftOut()).isEqualTo(2);
    assertThat(ranking.rows().get(3).evaluatorCount()).isEqualTo(3);
  }

  @Test
  void theFilterAndScopeRestrictTheRows() {
    EvaluationRanking dinkes = reports(Locale.ROOT).evaluationRanking(Scope.region(Scenario.LEBAK),
        InnovationFilter.builder().opds(OpdCode.of("DINKES")).build(), EvaluationSchemes.kippCriteria(), 2024);
    assertThat(dinkes.rows()).extracting(RankedInnovation::title).containsExactly("Posyandu Digital", "Ambulans Desa");
    assertThat(dinkes.rows()).extracting(RankedInnovation::rank).containsExactly(1, 2);
    EvaluationRanking province = reports(Locale.ROOT).evaluationRanking(Scope.province(Scenario.LEBAK.province()),
        InnovationFilter.all(), EvaluationSchemes.kippCriteria(), 2024);
    assertThat(province.rows().get(0).title()).isEqualTo("Tangerang Gemilang");
    assertThat(reports(Locale.ROOT).evaluationRanking(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        EvaluationSchemes.kippCriteria(), 2023).rows()).isEmpty();
  }

  @Test
  void aRankingNeedsAnEvaluationStore() {
    Reports without = Reports.builder().labinov(data.scenario.lab).build();
    assertThatThrownBy(() -> without.evaluationRanking(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        EvaluationSchemes.kippCriteria(), 2024)).isInstanceOf(ReportException.class)
        .hasMessageContaining("evaluationStore")
        .extracting(e -> ((ReportException) e).code()).isEqualTo("NO_EVALUATION_STORE");
  }

  @Test
  void jsonNestsThePerCriterionScores() {
    JsonNode json = Rendered.jsonTree(ranking);
    JsonNode rows = json.get("tables").get("ranking");
    assertThat(rows.size()).isEqualTo(6);
    for (int i = 0; i < rows.size(); i++) {
      RankedInnovation r = ranking.rows().get(i);
      assertThat(rows.get(i).get("rank").asInt()).isEqualTo(r.rank());
      assertThat(rows.get(i).get("score").decimalValue()).isEqualByComparingTo(r.score());
      assertThat(rows.get(i).get("evaluators").asInt()).isEqualTo(3);
      assertThat(rows.get(i).get("perCriterion").get("NOVELTY").decimalValue())
          .isEqualByComparingTo(r.perCriterion().get("NOVELTY"));
    }
    assertThat(json.get("facts").get("sheetsLeftOut").asLong()).isEqualTo(2);
    assertThat(json.get("tables").get("criteria").get(0).get("weight").decimalValue()).isEqualByComparingTo("0.20");
  }

  @Test
  void csvAndXlsxCarryTheScores() {
    List<Map<String, String>> plain = Rendered.plainCsv(ranking, "ranking");
    assertThat(plain.get(0)).containsEntry("rank", "1").containsEntry("score", "86.67")
        .containsEntry("perCriterion.NOVELTY", "90.00").containsEntry("evaluators", "3").containsEntry("trimmed", "false");
    List<Map<String, String>> indo = Rendered.localizedCsv(ranking, "ranking");
    // comma-separated: the decimal mark is a point whatever the language; with ";" it is the language's
    assertThat(indo.get(0)).containsEntry("Peringkat", "1").containsEntry("Nilai", "86.67")
        .containsEntry("Kebaruan", "90.00").containsEntry("Nilai ekstrem dibuang", "tidak");
    List<Map<String, String>> excel = Csv.rows(Rendered.csv(ranking, "ranking",
        id.labinov.reporting.render.CsvOptions.excelIndonesia()), ';');
    assertThat(excel.get(0)).containsEntry("Nilai", "86,67").containsEntry("Kebaruan", "90,00");
    List<Map<String, String>> en = Csv.rows(Rendered.csv(reports(Locale.ENGLISH).evaluationRanking(
        Scope.region(Scenario.LEBAK), InnovationFilter.all(), EvaluationSchemes.kippCriteria(), 2024), "ranking",
        id.labinov.reporting.render.CsvOptions.defaults()), ',');
    assertThat(en.get(0)).containsEntry("Rank", "1").containsEntry("Score", "86.67").containsEntry("Novelty", "90.00")
        .containsEntry("Category", "Very good");

    List<Map<String, Cell>> sheet = Xlsx.rows(Rendered.workbook(ranking).get("Peringkat"));
    assertThat(sheet).hasSize(6);
    Cell score = sheet.get(1).get("Nilai");
    assertThat(score.getType()).isEqualTo(CellType.NUMBER);
    assertThat(score.asNumber()).isEqualByComparingTo("81.67");
    assertThat(sheet.get(1).get("Kebaruan").asNumber()).isEqualByComparingTo("85.00");
    assertThat(sheet.get(2).get("Peringkat").asNumber()).isEqualByComparingTo("2");
    assertThat(sheet.get(0).get("Nilai ekstrem dibuang").getType()).isEqualTo(CellType.BOOLEAN);
  }
}
