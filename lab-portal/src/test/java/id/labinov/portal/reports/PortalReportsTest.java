package id.labinov.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.Labinov;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.SustainabilityReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@link PortalReports} on the Lebak year: every report in every format read back with a real parser (PDFBox,
 * fastexcel-reader, jsoup, Jackson, a CSV reader, ImageIO), figures recomputed from labinov's own queries, both
 * languages, and the refusals.
 */
class PortalReportsTest extends ReportsTestSupport {
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  /** Codes that must never reach a person's eyes in a report's visible text. */
  private static final List<String> CODES = List.of("DRUM_UP", "AT_RISK", "NON_DIGITAL", "ON_HOLD",
      "TATA_KELOLA_PEMERINTAHAN", "UJI_COBA");

  @Autowired
  PortalReports reports;
  @Autowired
  Labinov lab;
  @Autowired
  RegionCode portalRegion;

  @Test
  void everyReportReadsBackInEveryFormatItIsOfferedIn() throws Exception {
    Actor admin = user("admin").actor();
    ObjectMapper json = new ObjectMapper();
    List<ReportKind> kinds = reports.kinds(admin, INDONESIAN);
    assertThat(kinds).extracting(ReportKind::code).contains("one-page", "programme-summary", "evaluation-ranking",
        "sustainability", "iid-readiness", "iid-one-page", "index-what-if", "showcase-catalogue");
    for (ReportKind kind : kinds) {
      assertThat(kind.formats()).as(kind.code()).contains(Format.HTML, Format.PDF, Format.XLSX, Format.CSV,
          Format.JSON);
      JsonNode tree = json.readTree(reports.render(admin, kind.code(), Format.JSON, INDONESIAN).bytes());
      String title = tree.path("title").asString();
      assertThat(tree.path("language").asString()).isEqualTo("id");
      assertThat(tree.path("scope").path("code").asString()).isEqualTo("36.02");
      assertThat(title).as(kind.code()).isNotBlank();
      for (Format format : kind.formats()) {
        Rendered r = reports.render(admin, kind.code(), format, INDONESIAN);
        String what = kind.code() + " as " + format;
        assertThat(r.contentType()).as(what).startsWith(format.contentType().split(";")[0]);
        assertThat(r.fileName()).as(what).startsWith("laporan-").endsWith("." + format.extension())
            .matches("[a-z0-9.-]+");
        switch (format) {
          case PDF -> {
            try (PDDocument pdf = Loader.loadPDF(r.bytes())) {
              assertThat(pdf.getNumberOfPages()).as(what).isPositive();
              String text = new PDFTextStripper().getText(pdf);
              assertThat(text).as(what).contains("Kabupaten Lebak").contains(title);
            }
          }
          case XLSX -> {
            try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(r.bytes()))) {
              List<Sheet> sheets = book.getSheets().toList();
              assertThat(sheets).as(what).isNotEmpty();
              for (Sheet sheet : sheets) {
                List<Row> rows = sheet.read();
                assertThat(rows).as(what + " sheet " + sheet.getName()).isNotEmpty();
                for (int c = 0; c < rows.get(0).getCellCount(); c++) {
                  String header = rows.get(0).getCellText(c);
                  // words such as "Tahap" or "OPD", never a constant (DRUM_UP) or a field name (stageLabel)
                  assertThat(header).as(what + " header of " + sheet.getName()).isNotBlank()
                      .doesNotMatch("[A-Z0-9]+(_[A-Z0-9]+)+").doesNotMatch("[a-z]+([A-Z][a-z0-9]*)+");
                }
              }
            }
          }
          case CSV -> {
            List<List<String>> records = Csv.parse(new String(r.bytes(), StandardCharsets.UTF_8));
            assertThat(records).as(what).isNotEmpty();
            int width = records.get(0).size();
            assertThat(width).as(what + " columns").isGreaterThan(1);
            assertThat(records).as(what + ": every record as wide as the header").allMatch(x -> x.size() == width);
          }
          case HTML -> {
            Document doc = Jsoup.parse(new String(r.bytes(), StandardCharsets.UTF_8));
            assertThat(doc.title()).as(what).contains(title);
            String visible = doc.body().text();
            assertThat(visible).as(what).contains("Kabupaten Lebak");
            for (String code : CODES) {
              assertThat(visible).as(what + ": no code in the visible text").doesNotContain(code);
            }
          }
          case JSON -> assertThat(json.readTree(r.bytes()).path("title").asString()).isEqualTo(title);
          case PNG -> {
            BufferedImage slide = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            assertThat(slide.getWidth()).as(what).isEqualTo(1920);
            assertThat(slide.getHeight()).as(what).isEqualTo(1080);
          }
          default -> throw new AssertionError("a format this test does not read: " + format);
        }
      }
    }
  }

  @Test
  void theIidEstimateTakesTheRegionsEnteredScoresAndMatchesTheExample() {
    id.labinov.reporting.data.IidReadinessOnePage page = reports.iidReadiness(user("verifikator").actor(),
        java.util.Locale.forLanguageTag("id"));
    assertThat(page.spdGiven()).isTrue();
    assertThat(page.spdVerifiedGiven()).isTrue();
    assertThat(page.countScoreGiven()).isTrue();
    java.util.Map<String, String> index = new java.util.LinkedHashMap<>();
    page.index().forEach(r -> index.put(r.basis().name(), r.index().setScale(2, java.math.RoundingMode.HALF_UP)
        .toPlainString()));
    // The Lebak IID example's own computation (IidSummary, README "The Lebak example: IID 2026"): 53.96 claimed,
    // 53.35 supported by the evidence, 50.95 verified.
    assertThat(index).containsEntry("CLAIMED", "53.96").containsEntry("SUPPORTED", "53.35")
        .containsEntry("VERIFIED", "50.95");
  }

  @Test
  void theStageReportCountsWhatLabinovsQueriesCount() {
    Actor admin = user("admin").actor();
    InnovationFilter programme = InnovationFilter.builder().programmes("lebak-2019").build();
    Map<String, Long> byStage = lab.queries(admin).count(Scope.region(portalRegion), programme, Dimension.STAGE)
        .stream().collect(Collectors.toMap(CountRow::key, CountRow::count));
    Rendered csv = reports.render(admin, "programme-summary", Format.CSV, INDONESIAN);
    assertThat(csv.fileName()).isEqualTo("laporan-tahapan-lebak-2019.csv");
    List<List<String>> records = Csv.parse(new String(csv.bytes(), StandardCharsets.UTF_8));
    List<String> header = records.get(0);
    int code = header.indexOf("Kode tahap");
    int total = header.indexOf("Jumlah");
    assertThat(code).as("header %s", header).isNotNegative();
    assertThat(total).as("header %s", header).isNotNegative();
    Map<String, Long> reported = records.subList(1, records.size()).stream()
        .collect(Collectors.toMap(r -> r.get(code), r -> Long.parseLong(r.get(total))));
    assertThat(reported).isEqualTo(byStage);
    assertThat(reported.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(150L);
  }

  @Test
  void theCatalogueAndTheOnePageSummaryCountTheDisplayedInnovations() throws Exception {
    Actor bupati = user("bupati").actor();
    Scope lebak = Scope.region(portalRegion);
    long displayed = count(bupati, InnovationFilter.builder().programmes("lebak-2019").stages("DISPLAY")
        .statuses(InnovationStatus.ACTIVE, InnovationStatus.ON_HOLD).build(), lebak);
    long all = count(bupati, InnovationFilter.builder().programmes("lebak-2019").build(), lebak);
    assertThat(displayed).isEqualTo(63L);

    List<List<String>> catalogue = Csv.parse(new String(reports.render(bupati, "showcase-catalogue", Format.CSV,
        INDONESIAN).bytes(), StandardCharsets.UTF_8));
    assertThat(catalogue.size() - 1).as("catalogue entries").isEqualTo(displayed);

    JsonNode facts = new ObjectMapper().readTree(reports.render(bupati, "one-page", Format.JSON, INDONESIAN).bytes())
        .path("facts");
    assertThat(facts.path("total").asLong()).isEqualTo(all).isEqualTo(150L);
    assertThat(facts.path("achieved").asLong()).isEqualTo(displayed);
    Rendered pdf = reports.render(bupati, "one-page", Format.PDF, INDONESIAN);
    assertThat(pdf.fileName()).isEqualTo("laporan-ringkasan-bupati-lebak-2019.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(doc)).contains("Ringkasan Satu Halaman").contains("150")
          .contains(String.valueOf(displayed));
    }
  }

  @Test
  void sustainabilityCountsWhatLabinovsWatchSays() {
    Actor admin = user("admin").actor();
    List<SustainabilityStatus> watch = lab.cycle().sustainability(admin, portalRegion);
    Map<WatchState, Long> byState = watch.stream().collect(Collectors.groupingBy(s -> s.watch().state(),
        Collectors.counting()));
    SustainabilityReport report = reports.sustainability(admin, INDONESIAN);
    assertThat(report.innovations()).isEqualTo(watch.size()).isPositive();
    assertThat(report.watched()).isEqualTo(byState.getOrDefault(WatchState.WATCHED, 0L));
    assertThat(report.atRisk()).isEqualTo(byState.getOrDefault(WatchState.AT_RISK, 0L));
    assertThat(report.lapsed()).isEqualTo(byState.getOrDefault(WatchState.LAPSED, 0L));
    Rendered csv = reports.render(admin, "sustainability", Format.CSV, INDONESIAN);
    assertThat(Csv.parse(new String(csv.bytes(), StandardCharsets.UTF_8))).hasSize(watch.size() + 1);
    assertThat(csv.fileName()).matches("laporan-keberlanjutan-kabupaten-lebak-\\d{4}-\\d{2}-\\d{2}\\.csv");
  }

  @Test
  void englishGivesEnglishTitlesReportsAndFileNames() throws Exception {
    Actor admin = user("admin").actor();
    Map<String, String> english = reports.kinds(admin, Locale.ENGLISH).stream()
        .collect(Collectors.toMap(ReportKind::code, ReportKind::title));
    Map<String, String> indonesian = reports.kinds(admin, INDONESIAN).stream()
        .collect(Collectors.toMap(ReportKind::code, ReportKind::title));
    assertThat(indonesian).containsEntry("programme-summary", "Ringkasan Program")
        .containsEntry("sustainability", "Keberlanjutan Inovasi").containsEntry("iid-readiness", "Kesiapan IID");
    assertThat(english).containsEntry("programme-summary", "Programme summary")
        .containsEntry("iid-readiness", "IID readiness");
    for (String code : english.keySet()) {
      assertThat(english.get(code)).as(code).isNotEqualTo(indonesian.get(code));
    }
    Rendered pdf = reports.render(admin, "programme-summary", Format.PDF, Locale.ENGLISH);
    assertThat(pdf.fileName()).isEqualTo("report-stages-lebak-2019.pdf");
    JsonNode tree = new ObjectMapper().readTree(reports.render(admin, "programme-summary", "json", Locale.ENGLISH)
        .bytes());
    assertThat(tree.path("language").asString()).isEqualTo("en");
    assertThat(tree.path("title").asString()).isEqualTo("Programme summary");
  }

  @Test
  void anUnknownReportOrFormatIsRefusedInBothLanguages() {
    Actor admin = user("admin").actor();
    UnknownReportException kind = catchThrowableOfType(UnknownReportException.class,
        () -> reports.render(admin, "laporan-rahasia", Format.PDF, INDONESIAN));
    assertThat(kind.what()).isEqualTo(UnknownReportException.What.KIND);
    assertThat(kind.message(INDONESIAN)).contains("laporan-rahasia").contains("tidak tersedia").contains("one-page");
    assertThat(kind.message(Locale.ENGLISH)).contains("There is no report \"laporan-rahasia\"");
    assertThat(kind.valid()).contains("programme-summary", "sustainability");

    UnknownReportException docx = catchThrowableOfType(UnknownReportException.class,
        () -> reports.render(admin, "programme-summary", "docx", INDONESIAN));
    assertThat(docx.what()).isEqualTo(UnknownReportException.What.FORMAT);
    assertThat(docx.message(INDONESIAN)).contains("Ringkasan Program").contains("docx").contains("pdf, xlsx");
    assertThat(docx.message(Locale.ENGLISH)).contains("Programme summary").contains("\"docx\"");
    // the slide is drawn of the one-page summary only
    UnknownReportException png = catchThrowableOfType(UnknownReportException.class,
        () -> reports.render(admin, "programme-summary", Format.PNG, INDONESIAN));
    assertThat(png.valid()).doesNotContain("png");
    assertThat(png.getMessage()).contains("tidak tersedia").contains("not offered");
  }

  @Test
  void labinovDecidesTheScope() {
    Actor bupati = user("bupati").actor();
    assertThat(reports.kinds(bupati, INDONESIAN)).first().extracting(ReportKind::code).isEqualTo("one-page");
    assertThat(reports.kinds(bupati, INDONESIAN)).filteredOn(ReportKind::forRegionalHead).extracting(ReportKind::code)
        .containsExactly("one-page", "iid-one-page");
    Actor elsewhere = new Actor(PersonId.of("admin-serang-01"), null, Set.of(Role.LAB_ADMIN))
        .in(RegionCode.parse("36.04"));
    assertThat(reports.kinds(elsewhere, INDONESIAN)).isEmpty();
    assertThatThrownBy(() -> reports.render(elsewhere, "programme-summary", Format.CSV, INDONESIAN))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> reports.sustainability(elsewhere, INDONESIAN)).isInstanceOf(OutsideScopeException.class);
  }

  private long count(Actor actor, InnovationFilter filter, Scope scope) {
    List<CountRow> rows = new ArrayList<>(lab.queries(actor).count(scope, filter, Dimension.STATUS));
    return rows.stream().mapToLong(CountRow::count).sum();
  }
}
