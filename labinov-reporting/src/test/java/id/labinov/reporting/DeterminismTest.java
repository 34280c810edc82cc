package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.render.CsvOptions;
import id.labinov.reporting.render.CsvRenderer;
import id.labinov.reporting.support.IidData;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The same data and options give the same JSON, CSV and HTML bytes and the same XLSX sheet XML. */
public class DeterminismTest {
  public static List<Report> all(LebakData data, Locale locale, Instant at) {
    Reports r = Reports.builder().labinov(data.scenario.lab).evaluationStore(data.scenario.evaluations)
        .refusalLog(data.scenario.refusals).directory(LebakData.DIRECTORY).locale(locale).generatedAt(at)
        .pageSize(3).build();
    Scope lebak = Scope.region(Scenario.LEBAK);
    Reports iid = Reports.builder().labinov(data.scenario.lab).actor(IidData.READER).directory(LebakData.DIRECTORY)
        .locale(locale).generatedAt(at).build();
    ReadinessOptions options = ReadinessOptions.none().withSpd(new BigDecimal("41")).withCountScore(new BigDecimal("38"));
    return List.of(r.programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME),
        r.stageDurations(lebak, InnovationFilter.all(), 20),
        r.evaluationRanking(lebak, InnovationFilter.all(), EvaluationSchemes.kippCriteria(), LebakData.ROUND),
        r.innovationProfile(data.ref(1)), r.showcaseCatalogue(lebak, InnovationFilter.all(), CatalogueGrouping.THEME),
        r.auditTrail(data.ref(10)), r.nationalStages(Scope.province(Scenario.LEBAK.province()), InnovationFilter.all(),
            IndexOptions.forYear(2024).withRegionScores(Scenario.LEBAK, BigDecimal.TEN, BigDecimal.ONE)),
        r.whatBlocks(lebak, java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 8, 1)),
        r.onePageSummary(Scenario.LEBAK, Scenario.PROGRAMME, EvaluationSchemes.kippCriteria(), LebakData.ROUND),
        iid.iidReadiness(Scenario.LEBAK, IidData.YEAR, options), iid.iidReadinessOnePage(Scenario.LEBAK, IidData.YEAR,
            options), iid.sustainability(Scenario.LEBAK, SustainabilityOptions.all()),
        iid.submissionWhatIf(Scenario.LEBAK, IidData.YEAR, WhatIfOptions.supported().withScores(options)
            .withUnclaimed(true)));
  }

  /** Everything that must be byte-identical: JSON, every CSV table in two option sets, the sheet XML. */
  static Map<String, byte[]> outputs(Report r) {
    Map<String, byte[]> out = new TreeMap<>();
    out.put("json", Rendered.json(r));
    out.put("html", Rendered.html(r));
    for (String table : CsvRenderer.tableNames(r)) {
      out.put("csv-plain-" + table, Rendered.csv(r, table, CsvOptions.plain()));
      out.put("csv-id-" + table, Rendered.csv(r, table, CsvOptions.excelIndonesia()));
    }
    Xlsx.parts(Rendered.xlsx(r)).forEach((name, bytes) -> {
      if (name.startsWith("xl/")) {
        out.put("xlsx-" + name, bytes);
      }
    });
    return out;
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    LebakData data = LebakData.create();
    for (Report r : all(data, Locale.ROOT, LebakData.REPORT_TIME)) {
      Map<String, byte[]> first = outputs(r);
      Map<String, byte[]> second = outputs(r);
      assertThat(second.keySet()).isEqualTo(first.keySet());
      first.forEach((k, v) -> assertThat(second.get(k)).as(r.info().kind() + " " + k).isEqualTo(v));
      assertThat(first.keySet()).anyMatch(k -> k.startsWith("xlsx-xl/worksheets/sheet"));
    }
  }

  @Test
  void theSameDataBuiltTwiceGivesTheSameBytesInBothLanguages() {
    LebakData one = LebakData.create();
    LebakData two = LebakData.create();
    for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
      List<Report> a = all(one, locale, LebakData.REPORT_TIME);
      List<Report> b = all(two, locale, LebakData.REPORT_TIME);
      for (int i = 0; i < a.size(); i++) {
        Map<String, byte[]> x = outputs(a.get(i));
        Map<String, byte[]> y = outputs(b.get(i));
        x.forEach((k, v) -> assertThat(y.get(k)).as(a.get(0).info().kind() + " " + k).isEqualTo(v));
      }
    }
  }

  @Test
  void anotherReportTimeOrLanguageChangesTheOutput() {
    LebakData data = LebakData.create();
    Report base = all(data, Locale.ROOT, LebakData.REPORT_TIME).get(0);
    Report later = all(data, Locale.ROOT, LebakData.REPORT_TIME.plusSeconds(86_400 * 30)).get(0);
    Report english = all(data, Locale.ENGLISH, LebakData.REPORT_TIME).get(0);
    assertThat(Rendered.json(later)).isNotEqualTo(Rendered.json(base));
    assertThat(Rendered.json(english)).isNotEqualTo(Rendered.json(base));
  }

  @Test
  void withoutAFixedTimeTheClockIsReadOncePerReport() {
    LebakData data = LebakData.create();
    Instant at = Instant.parse("2024-08-20T01:00:00Z");
    Reports byClock = Reports.builder().labinov(data.scenario.lab).clock(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC))
        .build();
    assertThat(byClock.auditTrail(data.ref(1)).info().generatedAt()).isEqualTo(at);
    Reports byFacade = Reports.builder().labinov(data.scenario.lab).build();
    assertThat(byFacade.auditTrail(data.ref(1)).info().generatedAt()).isEqualTo(LebakData.REPORT_TIME);
    Reports fixed = Reports.builder().labinov(data.scenario.lab).clock(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC))
        .generatedAt(LebakData.REPORT_TIME).build();
    assertThat(fixed.auditTrail(data.ref(1)).info().generatedAt()).isEqualTo(LebakData.REPORT_TIME);
  }
}
