package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.IidReadiness;
import id.labinov.reporting.data.IidReadinessOnePage;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.ReadinessFix;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.support.Browser;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.IidData;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.ReadinessRegion;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The IID readiness for the regional head on one page: one A4 landscape PDF page with a 64-innovation
 * region in both languages, every figure on it, nothing off the page; one screen in Chromium at common
 * window sizes; and the full report's PDF. The pages are written as PNG to {@code target*}/{@code looks/}
 * to be looked at.
 */
class IidReadinessPagesTest {
  static ReadinessRegion region;
  static Path looks;
  static final ReadinessOptions OPTIONS = ReadinessOptions.none().withSpd(new BigDecimal("41.5"))
      .withSpdVerified(new BigDecimal("36")).withCountScore(new BigDecimal("38"));

  @BeforeAll
  static void create() throws IOException {
    region = ReadinessRegion.create(64, 2026, 64);
    looks = Path.of(IidReadinessPagesTest.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .getParent().resolve("looks");
    Files.createDirectories(looks);
  }

  static Reports reports(Locale l) {
    return Reports.builder().labinov(region.scenario.lab).actor(IidData.READER).directory(LebakData.DIRECTORY)
        .locale(l).generatedAt(LebakData.REPORT_TIME).build();
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void aSixtyFourInnovationRegionFitsOneA4PageInBothLanguages() throws IOException {
    for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      IidReadinessOnePage r = reports(l).iidReadinessOnePage(Scenario.LEBAK, 2026, OPTIONS);
      assertThat(r.innovations()).isEqualTo(64);
      assertThat(r.top()).hasSize(IidReadinessOnePage.TOP);
      byte[] bytes = Rendered.pdf(r);
      Pdf pdf = Pdf.read(bytes);
      assertThat(pdf.pages).isEqualTo(1);
      assertThat((double) pdf.sizes.get(0).getWidth()).isCloseTo(841.89, org.assertj.core.data.Offset.offset(1.0));
      assertThat((double) pdf.sizes.get(0).getHeight()).isCloseTo(595.28, org.assertj.core.data.Offset.offset(1.0));
      assertThat(pdf.outside).isEmpty();
      assertThat(pdf.embedded).containsOnly(true);
      HtmlReportTestValues v = new HtmlReportTestValues(r);
      String text = squash(pdf.text);
      for (ReadinessBasis b : ReadinessBasis.values()) {
        assertThat(text).contains(squash(v.of(r.index(b).index())), squash(r.index(b).rating().label().in(l)));
      }
      for (ReadinessFix f : r.top()) {
        assertThat(text).contains(squash(f.title()), squash(f.indicator().label().in(l)));
      }
      assertThat(text).contains(squash(ReportTexts.format(l, "readiness.note.bandsEarlier", List.of("2026", "2025"))),
          squash(ReportTexts.text(l, "readiness.note.spd")), squash(v.of(r.innovationsMissingMandatory())),
          squash(ReportTexts.text(l, "pdf.page") + " 1 " + ReportTexts.text(l, "pdf.of") + " 1"));
      assertThat(pdf.text).doesNotContain("KURANG_INOVATIF", "TIDAK_DAPAT_DINILAI", "CREATION_SPEED");
      BufferedImage page = Pdf.render(bytes, 0, 110);
      ImageIO.write(page, "png", looks.resolve("iid-readiness-one-page-" + l.getLanguage() + ".png").toFile());
    }
  }

  @Test
  void theScreenHoldsThePageAsTextAndFitsTheWindow() throws IOException {
    IidReadinessOnePage r = reports(Messages.INDONESIAN).iidReadinessOnePage(Scenario.LEBAK, 2026, OPTIONS);
    byte[] html = Rendered.html(r);
    Document d = Html.parse(html);
    String svgText = Html.all(d, Html.SVG, "svg").get(0).getTextContent();
    for (ReadinessFix f : r.top()) {
      assertThat(svgText).contains(f.indicator().label().in(Messages.INDONESIAN));
    }
    assertThat(Html.byId(d, "definitions").getLocalName()).isEqualTo("details");
    try (Browser browser = Browser.startOrSkip()) {
      Path file = looks.resolve("iid-readiness-one-page.html");
      Files.write(file, html);
      for (int[] size : List.of(new int[] {1366, 768}, new int[] {1280, 800}, new int[] {1920, 1080})) {
        browser.size(size[0], size[1]);
        browser.open(file);
        Object fits = browser.run("var e = document.documentElement; var s = document.querySelector('figure svg')"
            + ".getBoundingClientRect(); return [e.scrollHeight, window.innerHeight, e.scrollWidth, window.innerWidth,"
            + " s.bottom, s.right, s.height];");
        @SuppressWarnings("unchecked")
        List<Number> m = (List<Number>) fits;
        assertThat(m.get(0).doubleValue()).as("page height %s at %s", m, size[0]).isLessThanOrEqualTo(m.get(1).doubleValue());
        assertThat(m.get(2).doubleValue()).as("page width %s", m).isLessThanOrEqualTo(m.get(3).doubleValue());
        assertThat(m.get(4).doubleValue()).as("the drawing ends inside the window").isLessThanOrEqualTo(m.get(1).doubleValue());
        assertThat(m.get(6).doubleValue()).as("the drawing is not shrunk to nothing").isGreaterThan(size[1] * 0.6);
        if (size[0] == 1366) {
          Files.write(looks.resolve("iid-readiness-screen.png"), browser.screenshot());
        }
      }
    }
  }

  @Test
  void theFullReportReadsInPdf() throws IOException {
    IidReadiness r = reports(Messages.INDONESIAN).iidReadiness(Scenario.LEBAK, 2026, OPTIONS);
    byte[] bytes = Rendered.pdf(r);
    Pdf pdf = Pdf.read(bytes);
    assertThat(pdf.outside).isEmpty();
    assertThat(pdf.pages).isGreaterThan(2);
    HtmlReportTestValues v = new HtmlReportTestValues(r);
    for (ReadinessFix f : r.fixes().subList(0, 10)) {
      assertThat(squash(pdf.text)).contains(squash(f.rank() + f.title()), squash(v.of(f.pointsPerGap())));
    }
    for (int p = 0; p < Math.min(3, pdf.pages); p++) {
      ImageIO.write(Pdf.render(bytes, p, 80), "png", looks.resolve("iid-readiness-pdf-" + (p + 1) + ".png").toFile());
    }
    Files.write(looks.resolve("iid-readiness.html"), Rendered.html(r));
    Files.write(looks.resolve("iid-readiness.pdf"), bytes);
  }

  /** Values as people read them. */
  record HtmlReportTestValues(id.labinov.reporting.data.Report r) {
    String of(Object value) {
      return HtmlReportTest.Values.of(r, value);
    }
  }
}
