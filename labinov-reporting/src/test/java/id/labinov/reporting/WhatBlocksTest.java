package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.Blocker;
import id.labinov.reporting.data.BlockerReport;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "What blocks innovations" and the ranking's refused sheets, from the refusal log. */
class WhatBlocksTest {
  static LebakData data;

  @BeforeAll
  static void lebak() {
    data = LebakData.create();
  }

  static Reports reports(boolean withLog) {
    return Reports.builder().labinov(data.scenario.lab).evaluationStore(data.scenario.evaluations)
        .refusalLog(withLog ? data.scenario.refusals : null).directory(LebakData.DIRECTORY)
        .generatedAt(LebakData.REPORT_TIME).locale(Locale.ENGLISH).build();
  }

  static BlockerReport blocks() {
    return reports(true).whatBlocks(Scope.region(Scenario.LEBAK), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 1));
  }

  @Test
  void countsEveryUnmetCriterionOfTheRefusalsInThePeriod() {
    BlockerReport r = blocks();
    // the three refusals of the test data: two advances (evidence and the OPD head's approval missing)
    // and a conflict-of-interest score sheet
    assertThat(r.refusals()).isEqualTo(3);
    assertThat(r.reasons()).isEqualTo(5);
    assertThat(r.innovations()).isEqualTo(3);
    assertThat(r.byCriterion()).extracting(b -> b.code() + "/" + b.detail() + "=" + b.reasons() + " (" + b.percent()
        + "%, " + b.innovations() + ")").containsExactly(
            "APPROVALS_MISSING/OPD_HEAD=2 (40.00%, 2)",
            "CONFLICT_OF_INTEREST_OPD/null=1 (20.00%, 1)",
            "EVIDENCE_MISSING/COMMITMENT_LETTER=1 (20.00%, 1)",
            "EVIDENCE_MISSING/IMPLEMENTATION_REPORT=1 (20.00%, 1)");
    assertThat(r.byCriterion().get(0).label().in(Locale.ROOT)).isEqualTo("Persetujuan belum lengkap");
    assertThat(r.byStage()).extracting(b -> b.stage() + ":" + b.code() + "=" + b.percent()).containsExactly(
        "DRUM_UP:APPROVALS_MISSING=50.00", "DRUM_UP:EVIDENCE_MISSING=50.00",
        "DELIVER:APPROVALS_MISSING=50.00", "DELIVER:EVIDENCE_MISSING=50.00",
        "DISPLAY:CONFLICT_OF_INTEREST_OPD=100.00");
    assertThat(r.byStage().get(0).stageLabel().in(Locale.ENGLISH)).startsWith("Drum-up");
    assertThat(r.byOpd()).extracting(b -> b.opd().value() + ":" + b.code() + "=" + b.reasons()).containsExactly(
        "DINKES:APPROVALS_MISSING=1", "DINKES:CONFLICT_OF_INTEREST_OPD=1", "DINKES:EVIDENCE_MISSING=1",
        "DISHUB:APPROVALS_MISSING=1", "DISHUB:EVIDENCE_MISSING=1");
    assertThat(r.byOpd().get(0).opdName()).isEqualTo("Dinas Kesehatan");
  }

  @Test
  void agreesWithARecountOfTheLogsRawRefusals() {
    BlockerReport r = blocks();
    java.util.Map<String, Long> recount = new java.util.TreeMap<>();
    java.util.Set<Object> innovations = new java.util.HashSet<>();
    long[] refusals = {0};
    data.scenario.refusals.forEach(Scope.region(Scenario.LEBAK), java.time.Instant.parse("2024-02-29T17:00:00Z"),
        java.time.Instant.parse("2024-08-01T17:00:00Z"), x -> {
          refusals[0]++;
          innovations.add(x.target());
          x.violations().forEach(v -> recount.merge(v.code(), 1L, Long::sum));
        });
    assertThat(r.refusals()).isEqualTo(refusals[0]);
    assertThat(r.innovations()).isEqualTo(innovations.size());
    assertThat(r.reasons()).isEqualTo(recount.values().stream().mapToLong(Long::longValue).sum());
    java.util.Map<String, Long> reported = r.byCriterion().stream().collect(Collectors.groupingBy(Blocker::code,
        java.util.TreeMap::new, Collectors.summingLong(Blocker::reasons)));
    assertThat(reported).isEqualTo(recount);
    for (java.util.List<Blocker> group : java.util.List.of(r.byStage(), r.byOpd())) {
      assertThat(group.stream().mapToLong(Blocker::reasons).sum()).isEqualTo(r.reasons());
    }
  }

  @Test
  void thePeriodIsTheScopesDaysInclusive() {
    Reports reports = reports(true);
    Scope lebak = Scope.region(Scenario.LEBAK);
    // the refusals happened on 1 August 2024 at 09:00 WIB
    assertThat(reports.whatBlocks(lebak, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 7, 31)).refusals()).isZero();
    assertThat(reports.whatBlocks(lebak, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 1)).refusals()).isEqualTo(3);
    assertThat(reports.whatBlocks(Scope.region(Scenario.TANGERANG), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 1))
        .refusals()).as("another region").isZero();
    assertThatThrownBy(() -> reports.whatBlocks(lebak, LocalDate.of(2024, 8, 2), LocalDate.of(2024, 8, 1)))
        .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.code()).isEqualTo("BAD_ARGUMENT"));
    assertThatThrownBy(() -> reports(false).whatBlocks(lebak, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 1)))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("NO_REFUSAL_LOG");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("Reports.builder().refusalLog(");
        });
  }

  @Test
  void everyFormatCarriesTheFigures() {
    BlockerReport r = blocks();
    JsonNode json = Rendered.jsonTree(r);
    assertThat(json.get("report").asString()).isEqualTo("what-blocks");
    assertThat(json.get("facts").get("reasons").asLong()).isEqualTo(5);
    assertThat(json.get("tables").get("blockers").get(0).get("reasons").asLong()).isEqualTo(2);
    assertThat(json.get("tables").get("blockers").get(0).get("percent").decimalValue()).isEqualByComparingTo("40.00");
    assertThat(json.get("definitions").get("blockers").get("reasons").get("id").asString()).contains("kode alasan");
    assertThat(Rendered.plainCsv(r, "blockersByOpd")).extracting(row -> row.get("opd") + ":" + row.get("reasons"))
        .startsWith("DINKES:1");
    String html = new String(Rendered.html(r), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("What Blocks Innovations", "Approvals missing", "Head of OPD", "Commitment letter",
        "Dinas Kesehatan").doesNotContain(">OPD_HEAD<", ">COMMITMENT_LETTER<");
  }

  @Test
  void theRankingCountsRefusedSheetsFromTheLogAndSaysNotRecordedWithoutOne() {
    Scope lebak = Scope.region(Scenario.LEBAK);
    EvaluationRanking with = reports(true).evaluationRanking(lebak, InnovationFilter.all(),
        EvaluationSchemes.kippCriteria(), LebakData.ROUND);
    EvaluationRanking without = reports(false).evaluationRanking(lebak, InnovationFilter.all(),
        EvaluationSchemes.kippCriteria(), LebakData.ROUND);
    assertThat(with.sheetsRefused()).isEqualTo(1L);
    assertThat(without.sheetsRefused()).isNull();
    assertThat(with.sheetsLeftOut()).isEqualTo(without.sheetsLeftOut()).isEqualTo(2);
    assertThat(Rendered.jsonTree(without).get("facts").get("sheetsRefused").isNull()).isTrue();
    assertThat(Rendered.jsonTree(with).get("facts").get("sheetsRefused").asLong()).isEqualTo(1);
    String html = new String(Rendered.html(without), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("not recorded");
    assertThat(Rendered.plainCsv(without, "facts")).filteredOn(row -> "sheetsRefused".equals(row.get("key")))
        .singleElement().satisfies(row -> assertThat(row.get("value")).isEmpty());
    // another round or scheme counts none of them
    assertThat(reports(true).evaluationRanking(lebak, InnovationFilter.all(), EvaluationSchemes.kippCriteria(), 2023)
        .sheetsRefused()).isZero();
  }
}
