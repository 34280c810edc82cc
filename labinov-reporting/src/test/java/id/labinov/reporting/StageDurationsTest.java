package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.data.StalledInnovation;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StageDurationsTest {
  static final int THRESHOLD = 30;
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static LebakData data;
  static StageDurationReport report;

  @BeforeAll
  static void compute() {
    data = LebakData.create();
    report = reports(1000).stageDurations(Scope.region(Scenario.LEBAK), InnovationFilter.all(), THRESHOLD);
  }

  static Reports reports(int rowLimit) {
    return Reports.builder().labinov(data.scenario.lab).directory(LebakData.DIRECTORY).pageSize(5)
        .rowLimit(rowLimit).build();
  }

  static List<InnovationState> lebakStates() {
    return data.scenario.plans().stream().filter(p -> p.region.equals(Scenario.LEBAK))
        .map(p -> data.scenario.lab.innovations().get(p.ref)).toList();
  }

  /** Quantile by linear interpolation between ranks, computed independently with doubles. */
  static BigDecimal quantile(List<Long> sorted, double p) {
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    double v = sorted.get(lo) + (h - lo) * (sorted.get(Math.min(lo + 1, sorted.size() - 1)) - sorted.get(lo));
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void statisticsMatchEveryStayOfEveryInnovation() {
    Map<String, List<Long>> days = new HashMap<>();
    Map<String, Long> ongoing = new HashMap<>();
    for (InnovationState s : lebakStates()) {
      for (StageVisit v : s.visits()) {
        days.computeIfAbsent(v.stage(), k -> new ArrayList<>()).add(v.days(WIB, LebakData.REPORT_TIME));
        if (v.leftAt() == null && s.status() != id.labinov.core.model.InnovationStatus.DROPPED) {
          ongoing.merge(v.stage(), 1L, Long::sum);
        }
      }
    }
    assertThat(report.stages()).extracting(StageStatistics::stage)
        .containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");
    for (StageStatistics st : report.stages()) {
      List<Long> d = new ArrayList<>(days.get(st.stage()));
      d.sort(Comparator.naturalOrder());
      assertThat(st.stays()).as(st.stage()).isEqualTo(d.size());
      assertThat(st.ongoing()).as(st.stage()).isEqualTo(ongoing.getOrDefault(st.stage(), 0L));
      assertThat(st.minDays()).isEqualTo(d.get(0));
      assertThat(st.maxDays()).isEqualTo(d.get(d.size() - 1));
      assertThat(st.q1Days()).as(st.stage() + " q1").isEqualByComparingTo(quantile(d, 0.25));
      assertThat(st.medianDays()).as(st.stage() + " median").isEqualByComparingTo(quantile(d, 0.5));
      assertThat(st.q3Days()).as(st.stage() + " q3").isEqualByComparingTo(quantile(d, 0.75));
      double mean = d.stream().mapToLong(Long::longValue).average().orElseThrow();
      assertThat(st.meanDays()).isEqualByComparingTo(BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP));
    }
  }

  @Test
  void holdsDoNotCountAsDaysInStage() {
    InnovationState rekam = data.scenario.lab.innovations().get(data.ref(5));
    StalledInnovation row = report.stalled().stream().filter(s -> s.ref().equals(data.ref(5))).findFirst().orElseThrow();
    // entered DIAGNOSE on day 9, 20 days on hold (day 40-60): 141 - 20 = 121 days at day 150
    assertThat(row.days()).isEqualTo(121).isEqualTo(rekam.currentVisit().days(WIB, LebakData.REPORT_TIME));
  }

  @Test
  void stalledAreTheLongestFirstWithTheirOpdExcludingDroppedAndArrived() {
    List<StalledInnovation> expected = new ArrayList<>();
    for (InnovationState s : lebakStates()) {
      long d = s.currentVisit().days(WIB, LebakData.REPORT_TIME);
      if (s.status() != InnovationStatus.DROPPED && !s.stage().equals("DISPLAY") && d > THRESHOLD) {
        expected.add(new StalledInnovation(s.ref(), s.details().title(), s.details().opd(), null, s.stage(),
            id.labinov.core.rules.LocalizedText.of("x", "x"), s.status(), s.stageEnteredAt(), d));
      }
    }
    expected.sort(Comparator.comparingLong(StalledInnovation::days).reversed()
        .thenComparing(StalledInnovation::enteredAt));
    assertThat(report.stalledTotal()).isEqualTo(expected.size()).isEqualTo(8);
    assertThat(report.truncated()).isFalse();
    assertThat(report.stalled()).extracting(StalledInnovation::title)
        .containsExactlyElementsOf(expected.stream().map(StalledInnovation::title).toList());
    assertThat(report.stalled()).extracting(StalledInnovation::days)
        .containsExactlyElementsOf(expected.stream().map(StalledInnovation::days).toList());
    assertThat(report.stalled()).allSatisfy(s -> {
      assertThat(s.days()).isGreaterThan(THRESHOLD);
      assertThat(s.status()).isNotEqualTo(InnovationStatus.DROPPED);
    });
    StalledInnovation first = report.stalled().get(0);
    assertThat(first.title()).isEqualTo("Halte Ramah Difabel");
    assertThat(first.opd().value()).isEqualTo("DISHUB");
    assertThat(first.opdName()).isEqualTo("Dinas Perhubungan");
    // dropped, arrived in the last stage, and on hold since day 80 after 25 days in DELIVER
    assertThat(report.stalled()).extracting(StalledInnovation::title)
        .doesNotContain("Apotek Keliling", "Posyandu Digital", "Guru Penggerak Desa");
  }

  @Test
  void theRowLimitCutsTheListButEveryStalledInnovationIsCounted() {
    StageDurationReport cut = reports(3).stageDurations(Scope.region(Scenario.LEBAK), InnovationFilter.all(), THRESHOLD);
    assertThat(cut.stalledTotal()).isEqualTo(report.stalledTotal());
    assertThat(cut.stalled()).containsExactlyElementsOf(report.stalled().subList(0, 3));
    assertThat(cut.truncated()).isTrue();
  }

  @Test
  void aNegativeThresholdIsRefusedWithItsName() {
    assertThatThrownBy(() -> reports(10).stageDurations(Scope.region(Scenario.LEBAK), InnovationFilter.all(), -1))
        .isInstanceOf(ReportException.class).hasMessageContaining("stalledAfterDays")
        .extracting(e -> ((ReportException) e).code()).isEqualTo("BAD_ARGUMENT");
  }

  @Test
  void everyFormatCarriesTheSameFigures() {
    JsonNode json = Rendered.jsonTree(report);
    JsonNode stages = json.get("tables").get("stages");
    for (int i = 0; i < report.stages().size(); i++) {
      StageStatistics st = report.stages().get(i);
      assertThat(stages.get(i).get("medianDays").decimalValue()).isEqualByComparingTo(st.medianDays());
      assertThat(stages.get(i).get("stays").asLong()).isEqualTo(st.stays());
      assertThat(stages.get(i).get("maxDays").asLong()).isEqualTo(st.maxDays());
    }
    assertThat(json.get("tables").get("stalled").size()).isEqualTo(8);
    assertThat(json.get("facts").get("stalledTotal").asLong()).isEqualTo(8);

    List<Map<String, String>> csv = Rendered.plainCsv(report, "stalled");
    assertThat(csv).extracting(r -> Long.parseLong(r.get("days")))
        .containsExactlyElementsOf(report.stalled().stream().map(StalledInnovation::days).toList());
    assertThat(csv.get(0)).containsEntry("opd", "DISHUB").containsEntry("enteredAt", "2024-03-04T02:11:00Z");
    List<Map<String, String>> stagesCsv = Rendered.localizedCsv(report, "stages");
    assertThat(stagesCsv.get(0).get("Median (hari)")).isEqualTo(Rendered.plainCsv(report, "stages").get(0)
        .get("medianDays"));
    List<Map<String, String>> excel = id.labinov.reporting.support.Csv.rows(Rendered.csv(report, "stages",
        id.labinov.reporting.render.CsvOptions.excelIndonesia()), ';');
    assertThat(excel.get(0).get("Median (hari)")).isEqualTo(Rendered.plainCsv(report, "stages").get(0)
        .get("medianDays").replace('.', ','));

    var wb = Rendered.workbook(report);
    List<Map<String, Cell>> stalled = Xlsx.rows(wb.get("Tertahan"));
    assertThat(stalled).hasSize(8);
    assertThat(stalled.get(0).get("Hari di tahap").getType()).isEqualTo(CellType.NUMBER);
    assertThat(stalled.get(0).get("Hari di tahap").asNumber()).isEqualByComparingTo("150");
    assertThat(stalled.get(0).get("Masuk tahap").asDate()).isEqualTo(java.time.LocalDateTime.of(2024, 3, 4, 9, 11));
    assertThat(Xlsx.rows(wb.get("Lama per tahap")).get(1).get("Median (hari)").asNumber())
        .isEqualByComparingTo(report.stages().get(1).medianDays());
  }

  @Test
  void englishHeadersAndDates() {
    StageDurationReport en = Reports.builder().labinov(data.scenario.lab).locale(Locale.ENGLISH).build()
        .stageDurations(Scope.region(Scenario.LEBAK), InnovationFilter.all(), THRESHOLD);
    Map<String, String> first = Rendered.localizedCsv(en, "stalled").get(0);
    assertThat(first.get("Entered stage")).isEqualTo("4 March 2024 09:11 WIB");
    assertThat(first.get("Days in stage")).isEqualTo("150");
    assertThat(first.get("Status")).isEqualTo("Active");
  }
}
