package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.render.ReportFormat;
import id.labinov.reporting.render.SlideRenderer;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The one-page summary for the regional head: its figures are the programme summary's and the
 * ranking's (data and JSON, under the same definitions), the PDF is one A4 landscape page with the big
 * numbers, the date in words and the top titles whole, the slide is a 1920 x 1080 PNG with something
 * drawn on it, and the slide refuses the other reports. The pictures are kept in {@code looks/} for a
 * person to look at (and copied to {@code -Dlabinov.docs.images=<dir>} when given).
 */
class OnePageSummaryTest {
  static LebakData data;

  @BeforeAll
  static void create() {
    data = LebakData.create();
  }

  static Reports reports(Locale locale) {
    return Reports.builder().labinov(data.scenario.lab).evaluationStore(data.scenario.evaluations)
        .refusalLog(data.scenario.refusals).directory(LebakData.DIRECTORY).locale(locale)
        .generatedAt(LebakData.REPORT_TIME).build();
  }

  static OnePageSummary page(Locale locale) {
    return reports(locale).onePageSummary(Scenario.LEBAK, Scenario.PROGRAMME, EvaluationSchemes.kippCriteria(),
        LebakData.ROUND);
  }

  static Stream<Locale> locales() {
    return Stream.of(Messages.INDONESIAN, Locale.ENGLISH);
  }

  @Test
  void theFiguresAreThoseOfTheProgrammeSummaryAndTheRanking() {
    Reports reports = reports(Messages.INDONESIAN);
    OnePageSummary page = page(Messages.INDONESIAN);
    ProgrammeSummary summary = reports.programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME);
    EvaluationRanking ranking = reports.evaluationRanking(Scope.region(Scenario.LEBAK),
        InnovationFilter.builder().programmes(Scenario.PROGRAMME).build(), EvaluationSchemes.kippCriteria(),
        LebakData.ROUND);
    assertThat(page.info().kind()).isEqualTo(ReportKind.ONE_PAGE_SUMMARY);
    assertThat(page.info().generatedAt()).isEqualTo(summary.info().generatedAt());
    assertThat(page.info().timeZone()).isEqualTo(summary.info().timeZone());
    assertThat(page.total()).isEqualTo(summary.total()).isEqualTo(17);
    assertThat(page.programme()).isEqualTo(summary.programme());
    assertThat(page.programme().target()).isEqualTo(LebakData.TARGET);
    assertThat(page.funnel()).isEqualTo(summary.funnel());
    assertThat(page.programme().finalStage()).isEqualTo("DISPLAY");
    assertThat(page.finalStageLabel().in(Locale.ENGLISH)).startsWith("Display");
    // the programme's innovations that reached DISPLAY: 1, 2, 6, 7, 11, 14 (19 is Tangerang's)
    assertThat(page.programme().achieved()).isEqualTo(6);
    assertThat(page.achievedByOpd()).extracting(c -> c.opd().value() + "=" + c.count())
        .containsExactly("DINKES=2", "DISDIK=2", "DISHUB=1", "DPMPTSP=1");
    assertThat(page.achievedByOpd().stream().mapToLong(OpdCount::count).sum()).isEqualTo(page.programme().achieved());
    assertThat(page.achievedByOpd()).extracting(OpdCount::opdName).containsExactly("Dinas Kesehatan",
        "Dinas Pendidikan", "Dinas Perhubungan", "Dinas Penanaman Modal dan PTSP");
    for (OpdCount c : page.achievedByOpd()) {
      long all = summary.byOpd().stream().filter(o -> c.opd().equals(o.opd())).mapToLong(OpdCount::count).sum();
      assertThat(c.count()).as(c.opd().value()).isLessThanOrEqualTo(all);
    }
    assertThat(page.schemeId()).isEqualTo(ranking.schemeId());
    assertThat(page.round()).isEqualTo(ranking.round());
    assertThat(page.ranked()).isEqualTo(ranking.rows().size()).isEqualTo(6);
    assertThat(page.top()).isEqualTo(ranking.rows().subList(0, Math.min(OnePageSummary.TOP, ranking.rows().size())));
  }

  @Test
  void theJsonCarriesTheSameFiguresUnderTheSameDefinitions() {
    Reports reports = reports(Messages.INDONESIAN);
    JsonNode page = Rendered.jsonTree(page(Messages.INDONESIAN));
    JsonNode summary = Rendered.jsonTree(reports.programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME));
    JsonNode ranking = Rendered.jsonTree(reports.evaluationRanking(Scope.region(Scenario.LEBAK),
        InnovationFilter.builder().programmes(Scenario.PROGRAMME).build(), EvaluationSchemes.kippCriteria(),
        LebakData.ROUND));
    assertThat(page.get("report").asString()).isEqualTo("one-page-summary");
    assertThat(page.get("title").asString()).isEqualTo("Ringkasan Satu Halaman");
    for (String fact : List.of("total", "achieved", "target", "achievedPercent", "programmeName", "finalStage")) {
      assertThat(page.get("facts").get(fact)).as(fact).isEqualTo(summary.get("facts").get(fact));
      assertThat(page.get("definitions").get("facts").get(fact)).as("definition of " + fact)
          .isEqualTo(summary.get("definitions").get("facts").get(fact));
    }
    assertThat(page.get("facts").get("innovationsRanked")).isEqualTo(ranking.get("facts").get("innovationsRanked"));
    assertThat(page.get("definitions").get("facts").get("innovationsRanked"))
        .isEqualTo(ranking.get("definitions").get("facts").get("innovationsRanked"));
    assertThat(page.get("tables").get("funnel")).isEqualTo(summary.get("tables").get("funnel"));
    assertThat(page.get("definitions").get("funnel")).isEqualTo(summary.get("definitions").get("funnel"));
    JsonNode top = page.get("tables").get("ranking");
    JsonNode all = ranking.get("tables").get("ranking");
    assertThat(top.size()).isEqualTo(6);
    for (int i = 0; i < top.size(); i++) {
      for (String column : List.of("rank", "innovationId", "title", "opd", "opdName", "score", "evaluators")) {
        assertThat(top.get(i).get(column)).as(i + " " + column).isEqualTo(all.get(i).get(column));
      }
    }
    for (String column : List.of("rank", "score", "evaluators")) {
      assertThat(page.get("definitions").get("ranking").get(column))
          .isEqualTo(ranking.get("definitions").get("ranking").get(column));
    }
    long byOpd = 0;
    for (JsonNode row : page.get("tables").get("achievedByOpd")) {
      byOpd += row.get("count").asLong();
    }
    assertThat(byOpd).isEqualTo(page.get("facts").get("achieved").asLong());
    assertThat(page.get("definitions").get("achievedByOpd").get("count").get("en").asString())
        .contains("add up to Achieved");
  }

  @ParameterizedTest
  @MethodSource("locales")
  void thePdfIsOneLandscapePageWithTheBigNumbersTheDateInWordsAndWholeTitles(Locale locale) throws IOException {
    OnePageSummary page = page(locale);
    byte[] bytes = Rendered.pdf(page);
    Pdf pdf = Pdf.read(bytes);
    assertThat(pdf.pages).isEqualTo(1);
    assertThat((double) pdf.sizes.get(0).getWidth()).isCloseTo(841.89, Offset.offset(0.5));
    assertThat((double) pdf.sizes.get(0).getHeight()).isCloseTo(595.28, Offset.offset(0.5));
    assertThat(pdf.fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
    assertThat(pdf.embedded).containsOnly(true);
    assertThat(pdf.outside).isEmpty();
    boolean english = locale.getLanguage().equals("en");
    String flat = pdf.flat();
    assertThat(flat).contains(english ? "1 August 2024" : "1 Agustus 2024")
        .contains(english ? "One-page summary" : "Ringkasan Satu Halaman")
        .contains(page.programme().name()).contains("Kabupaten Lebak (36.02)")
        .contains(english ? "Innovation ideas registered" : "Ide inovasi terdaftar")
        .contains(english ? "Reached Display" : "Mencapai tahap Display")
        .contains(english ? "75.00% of the target" : "75,00% dari target")
        .doesNotContain("DISPLAY", "DINKES", "onePage.");
    List<String> lines = pdf.text.lines().map(String::strip).toList();
    // the big numbers stand alone on their lines: 17 ideas, 6 reached Display, target 8
    assertThat(lines).contains("17", "6", "8");
    for (RankedInnovation r : page.top()) {
      assertThat(flat).as("whole title").contains(r.title());
      assertThat(flat).contains(r.opdName());
    }
    for (OpdCount c : page.achievedByOpd()) {
      assertThat(flat).contains(c.opdName());
    }
    keep("one-page-summary-" + locale.getLanguage() + "-pdf.png", Pdf.render(bytes, 0, 60));
  }

  @ParameterizedTest
  @MethodSource("locales")
  void theSlideIs1920By1080AndDrawn(Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SlideRenderer().render(page(locale), out);
    byte[] bytes = out.toByteArray();
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(image.getWidth()).isEqualTo(SlideRenderer.WIDTH).isEqualTo(1920);
    assertThat(image.getHeight()).isEqualTo(SlideRenderer.HEIGHT).isEqualTo(1080);
    // drawn, not blank: many colours, and ink in every quarter of the slide
    Set<Integer> colours = new HashSet<>();
    long[] inked = new long[4];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb != 0xffffff) {
          inked[(y < image.getHeight() / 2 ? 0 : 2) + (x < image.getWidth() / 2 ? 0 : 1)]++;
        }
      }
    }
    assertThat(colours.size()).isGreaterThan(50);
    long quarter = (long) image.getWidth() * image.getHeight() / 4;
    for (long n : inked) {
      assertThat(n).isGreaterThan(quarter / 50);
    }
    // the funnel's widest bar (the chart drawer's first funnel colour) and the tiles' colours are there
    for (int colour : List.of(0x0b3d91, 0x1a7f37, 0xc2571a)) {
      assertThat(count(image, colour)).as("pixels of #%06x", colour).isGreaterThan(2_000);
    }
    keep("one-page-summary-" + locale.getLanguage() + ".png", image);
  }

  @Test
  void theSlideRefusesTheOtherReportsNamingTheFormatsToUse() {
    ProgrammeSummary summary = reports(Locale.ENGLISH).programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME);
    assertThatThrownBy(() -> new SlideRenderer().render(summary, new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("UNSUPPORTED_FORMAT");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("programme-summary", "one-page-summary",
              "pdf, html, xlsx, csv, json");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("salindia");
        });
  }

  @Test
  void withoutScoresThePageSaysSoAndWithoutAnEvaluationStoreItIsRefused() {
    // no sheet of this scheme was stored
    OnePageSummary page = reports(Messages.INDONESIAN).onePageSummary(Scenario.LEBAK, Scenario.PROGRAMME,
        EvaluationSchemes.igaPresentation2023(), LebakData.ROUND);
    assertThat(page.top()).isEmpty();
    String flat = Pdf.read(Rendered.pdf(page)).flat();
    assertThat(flat).contains(ReportTexts.format(Messages.INDONESIAN, "onePage.noRanking", List.of(LebakData.ROUND)));
    Reports without = Reports.builder().labinov(data.scenario.lab).generatedAt(LebakData.REPORT_TIME).build();
    assertThatThrownBy(() -> without.onePageSummary(Scenario.LEBAK, Scenario.PROGRAMME,
        EvaluationSchemes.kippCriteria(), LebakData.ROUND))
        .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.code()).isEqualTo("NO_EVALUATION_STORE"));
  }

  @Test
  void everyOtherFormatWritesIt() {
    OnePageSummary page = page(Locale.ENGLISH);
    for (ReportFormat f : ReportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      f.write(page, out);
      assertThat(out.size()).as(f.name()).isPositive();
    }
    assertThat(Rendered.workbook(page).keySet()).hasSize(4);
    assertThat(Rendered.plainCsv(page, "achievedByOpd")).extracting(m -> m.get("count"))
        .containsExactly("2", "2", "1", "1");
    assertThat(new String(Rendered.html(page), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<h1>One-page summary</h1>", "Best innovations", "Posyandu Digital");
  }

  private static long count(BufferedImage image, int colour) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == colour) {
          n++;
        }
      }
    }
    return n;
  }

  /** Writes a picture to {@code looks/} beside the test classes, for a person to look at. */
  static void keep(String name, BufferedImage image) throws IOException {
    Path looks = Path.of(OnePageSummaryTest.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .getParent().resolve("looks");
    Files.createDirectories(looks);
    ImageIO.write(image, "png", looks.resolve(name).toFile());
  }
}
