package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.StageVisit;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.ProgrammeProgress;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.Rulebooks;
import id.labinov.reporting.data.Count;
import id.labinov.reporting.data.DroppedInnovation;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.PhaseState;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.ScheduleStep;
import id.labinov.reporting.data.StageCount;
import id.labinov.reporting.support.Csv;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProgrammeSummaryTest {
  static LebakData data;
  static ProgrammeSummary summary;
  static final List<String> STAGES = List.of("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");

  @BeforeAll
  static void compute() {
    data = LebakData.create();
    summary = reports(Locale.forLanguageTag("id")).programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME);
  }

  static Reports reports(Locale locale) {
    return Reports.builder().labinov(data.scenario.lab).directory(LebakData.DIRECTORY).locale(locale).pageSize(4)
        .build();
  }

  /** What the plans say, counted by hand: key -> count. */
  static Map<String, Long> planned(java.util.function.Function<Scenario.Plan, Object> key) {
    return data.programmePlans().stream()
        .collect(Collectors.groupingBy(p -> String.valueOf(key.apply(p)), Collectors.counting()));
  }

  @Nested
  class Computation {
    @Test
  void eachOpdIsSplitByTheFurthestStageItsInnovationsReached() {
    Map<String, OpdCount> byOpd = summary.byOpd().stream()
        .collect(Collectors.toMap(c -> c.opd() == null ? "" : c.opd().value(), c -> c));
    // DINKES: Posyandu Digital and Ambulans Desa reached Display, Jemput Bola Deliver, Apotek Keliling
    // (dropped) Design, Rekam Medis Diagnose
    assertThat(byOpd.get("DINKES").reachedByStage()).containsExactly(Map.entry("DIAGNOSE", 1L),
        Map.entry("DESIGN", 1L), Map.entry("DELIVER", 1L), Map.entry("DISPLAY", 2L));
    // DISDIK: Beasiswa Transparan, returned to Diagnose and advanced again, counts at Design, its furthest
    assertThat(byOpd.get("DISDIK").reachedByStage()).containsExactly(Map.entry("DIAGNOSE", 1L),
        Map.entry("DESIGN", 1L), Map.entry("DELIVER", 1L), Map.entry("DISPLAY", 2L));
    assertThat(summary.byOpd()).allSatisfy(c -> assertThat(c.reachedByStage().values().stream()
        .mapToLong(Long::longValue).sum()).as("%s", c.opd()).isEqualTo(c.count()));
    // JSON: codes as keys under reachedStage; CSV for machines: reachedStage.<code> headers
    JsonNode dinkes = Rendered.jsonTree(summary).get("tables").get("byOpd").get(0);
    assertThat(dinkes.get("opd").asString()).isEqualTo("DINKES");
    assertThat(dinkes.get("reachedStage").get("DISPLAY").asLong()).isEqualTo(2);
    assertThat(dinkes.get("reachedStage").get("DRUM_UP").asLong()).isZero();
    assertThat(Rendered.plainCsv(summary, "byOpd").get(0)).containsEntry("reachedStage.DISPLAY", "2")
        .containsEntry("opdName", "Dinas Kesehatan");
  }

  @Test
    void countsByStageAndStatusMatchThePlans() {
      assertThat(summary.total()).isEqualTo(17);
      assertThat(summary.byStage()).extracting(StageCount::stage).containsExactlyElementsOf(STAGES);
      for (StageCount c : summary.byStage()) {
        Map<String, Long> inStage = data.programmePlans().stream().filter(p -> p.stage.equals(c.stage()))
            .collect(Collectors.groupingBy(p -> p.status, Collectors.counting()));
        assertThat(c.active()).as(c.stage()).isEqualTo(inStage.getOrDefault("ACTIVE", 0L));
        assertThat(c.onHold()).as(c.stage()).isEqualTo(inStage.getOrDefault("ON_HOLD", 0L));
        assertThat(c.dropped()).as(c.stage()).isEqualTo(inStage.getOrDefault("DROPPED", 0L));
      }
      Map<String, Long> byStatus = planned(p -> p.status);
      for (Count<InnovationStatus> c : summary.byStatus()) {
        assertThat(c.count()).as(c.key().name()).isEqualTo(byStatus.getOrDefault(c.key().name(), 0L));
      }
      assertThat(summary.byStatus()).extracting(Count::count).containsExactly(13L, 1L, 3L);
    }

    @Test
    void countsByOpdBentukAndJenisMatchThePlansWithNotSetLast() {
      Map<String, Long> byOpd = planned(p -> p.opd);
      assertThat(summary.byOpd()).extracting(c -> String.valueOf(c.opd()))
          .containsExactly("DINKES", "DISDIK", "DISHUB", "DPMPTSP", "null");
      for (OpdCount c : summary.byOpd()) {
        assertThat(c.count()).isEqualTo(byOpd.get(String.valueOf(c.opd())));
      }
      assertThat(summary.byOpd().get(0).opdName()).isEqualTo("Dinas Kesehatan");
      Map<String, Long> byBentuk = planned(p -> p.bentuk);
      assertThat(summary.byBentuk()).hasSize(Bentuk.values().length + 1);
      summary.byBentuk().forEach(c -> assertThat(c.count()).isEqualTo(byBentuk.getOrDefault(String.valueOf(c.key()), 0L)));
      Map<String, Long> byJenis = planned(p -> p.jenis);
      assertThat(summary.byJenis()).hasSize(Jenis.values().length + 1);
      summary.byJenis().forEach(c -> assertThat(c.count()).isEqualTo(byJenis.getOrDefault(String.valueOf(c.key()), 0L)));
      assertThat(summary.byJenis().get(Jenis.values().length).findKey()).isEmpty();
    }

    @Test
    void funnelCountsEveryInnovationThatEverReachedAStage() {
      Map<String, Long> reached = new HashMap<>();
      for (Scenario.Plan p : data.programmePlans()) {
        int furthest = data.scenario.lab.innovations().get(p.ref).visits().stream().map(StageVisit::stage)
            .mapToInt(STAGES::indexOf).max().orElseThrow();
        for (int i = 0; i <= furthest; i++) {
          reached.merge(STAGES.get(i), 1L, Long::sum);
        }
      }
      assertThat(summary.funnel()).extracting(FunnelStep::reached)
          .containsExactlyElementsOf(STAGES.stream().map(s -> reached.getOrDefault(s, 0L)).toList());
      assertThat(summary.funnel()).extracting(FunnelStep::reached).containsExactly(17L, 14L, 12L, 9L, 6L);
      assertThat(summary.funnel().get(1).percentOfTotal()).isEqualByComparingTo("82.35");
      assertThat(summary.funnel().get(2).percentOfPrevious()).isEqualByComparingTo("85.71");
      assertThat(summary.funnel().get(0).percentOfPrevious()).isNull();
    }

    @Test
    void targetAndLatenessAgreeWithProgrammeProgress() {
      ProgrammeProgress progress = data.scenario.lab.programmes().progress(Scenario.LEBAK, Scenario.PROGRAMME);
      var facts = summary.findProgramme().orElseThrow();
      assertThat(facts.target()).isEqualTo(LebakData.TARGET).isEqualTo(progress.target());
      assertThat(facts.achieved()).isEqualTo(progress.reachedFinalStage()).isEqualTo(6);
      assertThat(facts.achievedPercent()).isEqualByComparingTo(progress.targetPercent()).isEqualByComparingTo("75.00");
      assertThat(facts.late()).isEqualTo(progress.late().size()).isEqualTo(8);
      Map<String, Long> lateByStage = progress.late().stream()
          .collect(Collectors.groupingBy(ProgrammeProgress.Late::stage, Collectors.counting()));
      for (ScheduleStep s : summary.schedule()) {
        assertThat(s.late()).as(s.stage()).isEqualTo(lateByStage.getOrDefault(s.stage(), 0L));
      }
      assertThat(facts.finalStage()).isEqualTo("DISPLAY");
      assertThat(facts.organisingUnitName()).isEqualTo("Bappeda");
    }

    @Test
    void scheduleShowsEachWindowAgainstTheReportDay() {
      ScheduleStep display = summary.schedule().get(4);
      assertThat(display.windowStart()).isEqualTo(LocalDate.of(2024, 7, 1));
      assertThat(display.windowEnd()).isEqualTo(LocalDate.of(2024, 8, 14));
      assertThat(display.phase()).isEqualTo(PhaseState.OPEN);
      assertThat(summary.schedule()).extracting(ScheduleStep::phase).containsExactly(PhaseState.CLOSED,
          PhaseState.CLOSED, PhaseState.CLOSED, PhaseState.CLOSED, PhaseState.OPEN);
      assertThat(summary.schedule()).extracting(ScheduleStep::inStage).containsExactly(2L, 1L, 2L, 3L, 6L);
    }

    @Test
    void droppedInnovationsCarryTheReasonOfTheirDroppedEvent() {
      List<DroppedInnovation> dropped = StreamSupport.stream(summary.dropped().spliterator(), false).toList();
      assertThat(dropped).extracting(DroppedInnovation::title)
          .containsExactly("Apotek Keliling", "Perpustakaan Keliling", "Usulan Masyarakat");
      assertThat(dropped).extracting(DroppedInnovation::reason)
          .containsExactly("Anggaran tidak tersedia", "Inovator pindah tugas", "Duplikat");
      assertThat(dropped.get(0).droppedAt()).isEqualTo(Scenario.day(70).plusSeconds(3 * 60));
      assertThat(dropped.get(0).stage()).isEqualTo("DESIGN");
      assertThat(dropped).extracting(DroppedInnovation::title).doesNotContain("Parkir Elektronik");
    }

    @Test
    void aScopeSummaryCountsEveryInnovationWithoutProgrammeFigures() {
      ProgrammeSummary all = reports(Locale.ENGLISH).summary(Scope.region(Scenario.LEBAK), InnovationFilter.all());
      assertThat(all.total()).isEqualTo(18);
      assertThat(all.findProgramme()).isEmpty();
      assertThat(all.schedule()).isEmpty();
      ProgrammeSummary province = reports(Locale.ENGLISH).summary(
          Scope.province(Scenario.LEBAK.province()), InnovationFilter.all());
      assertThat(province.total()).isEqualTo(19);
    }

    @Test
    void anEmptyProgrammeStillListsItsRulebookStages() {
      Scenario empty = new Scenario().openProgramme(3);
      ProgrammeSummary s = Reports.builder().labinov(empty.lab).build()
          .programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME);
      assertThat(s.total()).isZero();
      assertThat(s.byStage()).extracting(StageCount::stage)
          .containsExactlyElementsOf(Rulebooks.fiveD().stages().stream().map(x -> x.code()).toList());
      assertThat(s.funnel()).allSatisfy(f -> assertThat(f.percentOfTotal()).isNull());
      assertThat(s.findProgramme().orElseThrow().achievedPercent()).isEqualByComparingTo(BigDecimal.ZERO);
    }
  }

  @Nested
  class Formats {
    @Test
    void jsonCarriesTheSameNumbers() {
      JsonNode json = Rendered.jsonTree(summary);
      assertThat(json.get("report").asString()).isEqualTo("programme-summary");
      assertThat(json.get("language").asString()).isEqualTo("id");
      assertThat(json.get("generatedAt").asString()).isEqualTo("2024-08-01T02:00:00Z");
      assertThat(json.get("facts").get("target").asLong()).isEqualTo(8);
      assertThat(json.get("facts").get("achieved").asLong()).isEqualTo(6);
      assertThat(json.get("facts").get("achievedPercent").decimalValue()).isEqualByComparingTo("75.00");
      JsonNode byStage = json.get("tables").get("byStage");
      for (int i = 0; i < summary.byStage().size(); i++) {
        StageCount c = summary.byStage().get(i);
        assertThat(byStage.get(i).get("stage").asString()).isEqualTo(c.stage());
        assertThat(byStage.get(i).get("total").asLong()).isEqualTo(c.total());
        assertThat(byStage.get(i).get("active").asLong()).isEqualTo(c.active());
        assertThat(byStage.get(i).get("onHold").asLong()).isEqualTo(c.onHold());
        assertThat(byStage.get(i).get("dropped").asLong()).isEqualTo(c.dropped());
      }
      assertThat(json.get("tables").get("funnel").get(4).get("reached").asLong()).isEqualTo(6);
      assertThat(json.get("tables").get("byOpd").get(4).get("opd").isNull()).isTrue();
      assertThat(json.get("tables").get("schedule").get(4).get("windowEnd").asString()).isEqualTo("2024-08-14");
      JsonNode dropped = json.get("tables").get("dropped");
      assertThat(dropped.size()).isEqualTo(3);
      assertThat(dropped.get(1).get("reason").asString()).isEqualTo("Inovator pindah tugas");
      assertThat(dropped.get(1).get("droppedAt").asString()).isEqualTo("2024-03-24T02:08:00Z");
    }

    @Test
    void plainCsvCarriesTheSameNumbers() {
      List<Map<String, String>> byStage = Rendered.plainCsv(summary, "byStage");
      assertThat(byStage).extracting(r -> r.get("stage")).containsExactlyElementsOf(STAGES);
      for (int i = 0; i < byStage.size(); i++) {
        assertThat(Long.parseLong(byStage.get(i).get("total"))).isEqualTo(summary.byStage().get(i).total());
      }
      List<Map<String, String>> funnel = Rendered.plainCsv(summary, "funnel");
      assertThat(funnel.get(1).get("percentOfTotal")).isEqualTo("82.35");
      assertThat(funnel.get(0).get("percentOfPrevious")).isEmpty();
      Map<String, String> facts = Rendered.plainCsv(summary, "facts").stream()
          .collect(Collectors.toMap(r -> r.get("key"), r -> r.get("value")));
      assertThat(facts).containsEntry("target", "8").containsEntry("achieved", "6")
          .containsEntry("achievedPercent", "75.00").containsEntry("late", "8")
          .containsEntry("asOf", "2024-08-01").containsEntry("generatedAt", "2024-08-01T02:00:00Z");
      assertThat(Rendered.plainCsv(summary, "dropped")).extracting(r -> r.get("reason"))
          .containsExactly("Anggaran tidak tersedia", "Inovator pindah tugas", "Duplikat");
    }

    @Test
    void localizedCsvWritesIndonesianNumbersDatesAndHeaders() {
      List<Map<String, String>> funnel = Rendered.localizedCsv(summary, "funnel");
      assertThat(funnel.get(0)).containsKeys("Kode tahap", "Tahap", "Mencapai", "% dari semua");
      // comma-separated: the decimal mark is a point (a comma would be read as a separator or, with
      // grouping, "2.807" as two point eight)
      assertThat(funnel.get(1).get("% dari semua")).isEqualTo("82.35");
      List<Map<String, String>> schedule = Rendered.localizedCsv(summary, "schedule");
      assertThat(schedule.get(4).get("Akhir jadwal")).isEqualTo("14 Agustus 2024");
      assertThat(schedule.get(4).get("Fase")).isEqualTo("Berjalan");
      List<Map<String, String>> dropped = Rendered.localizedCsv(summary, "dropped");
      assertThat(dropped.get(1).get("Dihentikan pada")).isEqualTo("24 Maret 2024 09.08 WIB");
    }

    @Test
    void englishCsvWritesEnglishNumbersDatesAndHeaders() {
      ProgrammeSummary en = reports(Locale.ENGLISH).programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME);
      List<Map<String, String>> schedule = Rendered.localizedCsv(en, "schedule");
      assertThat(schedule.get(4).get("Window end")).isEqualTo("14 August 2024");
      assertThat(schedule.get(4).get("Phase")).isEqualTo("Open");
      assertThat(schedule.get(0).get("Stage")).as("tables show the short form").isEqualTo("Drum-up");
      assertThat(Rendered.localizedCsv(en, "dropped").get(1).get("Dropped at")).isEqualTo("24 March 2024 09:08 WIB");
      assertThat(Rendered.localizedCsv(en, "byStatus")).extracting(r -> r.get("Status"))
          .containsExactly("Active", "On hold", "Dropped");
    }

    @Test
    void semicolonCsvWithBomForIndonesianSpreadsheets() {
      byte[] bytes = Rendered.csv(summary, "funnel", id.labinov.reporting.render.CsvOptions.excelIndonesia());
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      List<List<String>> records = Csv.parse(bytes, ';');
      assertThat(records.get(2)).containsExactly("DIAGNOSE", "Diagnose", "14",
          "82,35", "82,35");
      assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\"");
    }

    @Test
    void xlsxHasOneSheetPerTableWithTypedCells() {
      byte[] bytes = Rendered.xlsx(summary);
      Map<String, List<List<Cell>>> wb = Xlsx.read(bytes);
      assertThat(wb.keySet()).containsExactly("Ikhtisar", "Per tahap", "Per status", "Per OPD", "Per bentuk",
          "Per jenis", "Corong tahap", "Jadwal", "Dihentikan");
      List<Map<String, Cell>> byStage = Xlsx.rows(wb.get("Per tahap"));
      assertThat(byStage).hasSize(5);
      for (int i = 0; i < byStage.size(); i++) {
        Cell total = byStage.get(i).get("Jumlah");
        assertThat(total.getType()).isEqualTo(CellType.NUMBER);
        assertThat(total.asNumber().longValue()).isEqualTo(summary.byStage().get(i).total());
      }
      Cell end = Xlsx.rows(wb.get("Jadwal")).get(4).get("Akhir jadwal");
      assertThat(end.getType()).isEqualTo(CellType.NUMBER);
      assertThat(end.asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 8, 14));
      assertThat(end.getDataFormatString()).contains("mmmm").startsWith("[$-421]");
      Cell percent = Xlsx.rows(wb.get("Corong tahap")).get(1).get("% dari semua");
      assertThat(percent.asNumber()).isEqualByComparingTo("82.35");
      assertThat(percent.getDataFormatString()).isEqualTo("#,##0.00");
      Map<String, Cell> facts = Xlsx.rows(wb.get("Ikhtisar")).stream()
          .collect(Collectors.toMap(r -> r.get("Kunci").asString(), r -> r.get("Nilai")));
      assertThat(facts.get("target").asNumber()).isEqualByComparingTo("8");
      assertThat(facts.get("generatedAt").asDate()).isEqualTo(java.time.LocalDateTime.of(2024, 8, 1, 9, 0));
      String sheet = new String(Xlsx.parts(bytes).get("xl/worksheets/sheet2.xml"), StandardCharsets.UTF_8);
      assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"").contains("<autoFilter ref=\"A1:F6\">");
      assertThat(Xlsx.rows(wb.get("Dihentikan"))).extracting(r -> r.get("Alasan").asString())
          .containsExactly("Anggaran tidak tersedia", "Inovator pindah tugas", "Duplikat");
      // what people read first: the stage's label, then the figures; the stage code last
      List<Cell> header = wb.get("Per tahap").get(0);
      assertThat(Objects.requireNonNull(header.get(0)).asString()).isEqualTo("Tahap");
      assertThat(Objects.requireNonNull(header.get(header.size() - 1)).asString()).isEqualTo("Kode tahap");
    }
  }
}
