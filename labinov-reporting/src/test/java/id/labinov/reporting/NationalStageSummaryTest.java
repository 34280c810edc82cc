package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.Scope;
import id.labinov.core.national.NationalAlignment;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.NationalStageRow;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.RegionalIndexRow;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NationalStageSummaryTest {
  static LebakData data;
  static NationalStageSummary lebak;

  @BeforeAll
  static void compute() {
    data = LebakData.create();
    lebak = reports().nationalStages(Scope.region(Scenario.LEBAK), InnovationFilter.all(), IndexOptions.none());
  }

  static Reports reports() {
    return Reports.builder().labinov(data.scenario.lab).evaluationStore(data.scenario.evaluations)
        .directory(LebakData.DIRECTORY).pageSize(3).build();
  }

  static long[] counts(NationalStageRow r) {
    return new long[] {r.notYetSet(), r.inisiatif(), r.ujiCoba(), r.penerapan(), r.dropped()};
  }

  @Test
  void countsEachNationalStagePerOpd() {
    assertThat(lebak.byOpd()).extracting(r -> String.valueOf(r.opd()))
        .containsExactly("DINKES", "DISDIK", "DISHUB", "DPMPTSP", "null");
    // not yet set, inisiatif, uji coba, penerapan, dropped
    assertThat(counts(lebak.byOpd().get(0))).containsExactly(2, 0, 0, 3, 1); // impl. date moves #3 to penerapan
    assertThat(counts(lebak.byOpd().get(1))).containsExactly(0, 1, 1, 2, 1);
    assertThat(counts(lebak.byOpd().get(2))).containsExactly(1, 0, 1, 1, 0);
    assertThat(counts(lebak.byOpd().get(3))).containsExactly(0, 1, 0, 1, 0); // future trial date changes nothing
    assertThat(counts(lebak.byOpd().get(4))).containsExactly(1, 0, 0, 0, 1);
    assertThat(counts(lebak.total())).containsExactly(4, 2, 2, 7, 3);
    assertThat(lebak.total().total()).isEqualTo(18);
    assertThat(lebak.regionalIndex()).isEmpty();
    assertThat(lebak.byOpd().get(0).opdName()).isEqualTo("Dinas Kesehatan");
  }

  @Test
  void agreesWithNationalAlignmentForEveryInnovation() {
    long[] expected = new long[5];
    for (Scenario.Plan p : data.scenario.plans()) {
      if (!p.region.equals(Scenario.LEBAK)) {
        continue;
      }
      InnovationState s = data.scenario.lab.innovations().get(p.ref);
      if (s.status() == InnovationStatus.DROPPED) {
        expected[4]++;
      } else {
        expected[NationalAlignment.stage(s, data.scenario.lab.innovations().rulebookOf(p.ref), LocalDate.of(2024, 8, 1))
            .map(n -> n.ordinal() + 1).orElse(0)]++;
      }
    }
    assertThat(counts(lebak.total())).containsExactly(expected);
    assertThat(NationalStage.values()).hasSize(3);
  }

  @Test
  void estimatesTheRegionalIndexFromEachInnovationsLatestValidSheet() {
    NationalStageSummary withIndex = reports().nationalStages(Scope.province(Scenario.LEBAK.province()),
        InnovationFilter.all(), IndexOptions.forYear(2024).withRegionScores(Scenario.LEBAK, BigDecimal.valueOf(40),
            BigDecimal.valueOf(20)));
    assertThat(withIndex.indexYear()).isEqualTo(2024);
    assertThat(withIndex.regionalIndex()).extracting(RegionalIndexRow::region)
        .containsExactly(Scenario.LEBAK, Scenario.TANGERANG);
    RegionalIndexRow lebakRow = withIndex.regionalIndex().get(0);
    // 42 + 28 + 20 = 90 over max(10, 3) = 9.00; (40 + 9 + 20) / 250 x 100 = 27.60
    assertThat(lebakRow.estimate().innovations()).isEqualTo(3);
    assertThat(lebakRow.sheetsRejected()).isEqualTo(1);
    assertThat(lebakRow.inputsGiven()).isTrue();
    assertThat(lebakRow.estimate().sidInnovations()).isEqualByComparingTo("9.00");
    assertThat(lebakRow.estimate().index()).isEqualByComparingTo("27.60");
    assertThat(lebakRow.estimate().rating().code()).isEqualTo("KURANG_INOVATIF");
    RegionalIndexRow tangerang = withIndex.regionalIndex().get(1);
    assertThat(tangerang.inputsGiven()).isFalse();
    assertThat(tangerang.estimate().index()).isEqualByComparingTo("1.68");
    assertThat(counts(withIndex.total())).containsExactly(4, 2, 2, 8, 3);

    NationalStageSummary later = reports().nationalStages(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        IndexOptions.forYear(2025).withBands(RatingBands.forYear(2025)));
    assertThat(later.regionalIndex()).as("no data for 2025").isEmpty();
  }

  @Test
  void anEstimateNeedsAnEvaluationStore() {
    Reports without = Reports.builder().labinov(data.scenario.lab).build();
    assertThatThrownBy(() -> without.nationalStages(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        IndexOptions.forYear(2024))).isInstanceOf(ReportException.class)
        .extracting(e -> ((ReportException) e).code()).isEqualTo("NO_EVALUATION_STORE");
    assertThat(without.nationalStages(Scope.region(Scenario.LEBAK), InnovationFilter.all(), IndexOptions.none())
        .total().total()).isEqualTo(18);
  }

  @Test
  void everyFormatCarriesTheCounts() {
    NationalStageSummary withIndex = reports().nationalStages(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        IndexOptions.forYear(2024).withRegionScores(Scenario.LEBAK, BigDecimal.valueOf(40), BigDecimal.valueOf(20)));
    JsonNode json = Rendered.jsonTree(withIndex);
    JsonNode rows = json.get("tables").get("nationalByOpd");
    assertThat(rows.get(0).get("penerapan").asLong()).isEqualTo(3);
    assertThat(rows.get(4).get("opd").isNull()).isTrue();
    assertThat(json.get("facts").get("penerapan").asLong()).isEqualTo(7);
    assertThat(json.get("tables").get("regionalIndex").get(0).get("index").decimalValue()).isEqualByComparingTo("27.60");

    List<Map<String, String>> csv = Rendered.localizedCsv(withIndex, "nationalByOpd");
    assertThat(csv.get(1)).containsEntry("OPD", "Dinas Pendidikan").containsEntry("Inisiatif", "1")
        .containsEntry("Uji coba", "1").containsEntry("Penerapan", "2").containsEntry("Jumlah", "5");
    assertThat(Rendered.localizedCsv(withIndex, "regionalIndex").get(0)).containsEntry("Indeks", "27.60")
        .containsEntry("Predikat", "Kurang Inovatif").containsEntry("Tahun", "2024");

    Map<String, Map<String, Cell>> sheet = Xlsx.rows(Rendered.workbook(withIndex).get("Tahapan per OPD")).stream()
        .collect(Collectors.toMap(r -> r.get("Kode OPD") == null ? "" : r.get("Kode OPD").asString(), r -> r));
    assertThat(sheet.get("DINKES").get("Penerapan").asNumber()).isEqualByComparingTo("3");
    assertThat(sheet.get("").get("OPD").asString()).isEqualTo("(belum diisi)");
  }
}
