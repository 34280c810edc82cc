package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.IndexWhatIf;
import id.labinov.reporting.data.SustainabilityReport;
import id.labinov.reporting.support.CycleData;
import id.labinov.reporting.support.IidData;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Looks;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Looks at the yearly-cycle reports on the Lebak years ({@link CycleData}), in Indonesian: the HTML as
 * headless Chromium draws it (1200 x 1600) and the PDF's first page as PDFBox draws it (110 dpi), both
 * written to {@code target*}/{@code looks/} as {@code sustainability.png}, {@code sustainability-pdf.png},
 * {@code index-what-if.png} and {@code index-what-if-pdf.png}; with {@code -Dlabinov.docs.images=<dir>} the
 * two HTML pictures are copied there (the README's images). The pictures must have ink and the PDF page the
 * report's rows in its text.
 */
class CycleReportsLookTest {
  static SustainabilityReport sustainability;
  static IndexWhatIf whatIf;

  @BeforeAll
  static void create() {
    LebakData data = LebakData.create();
    Reports reports = Reports.builder().labinov(data.scenario.lab).actor(IidData.READER)
        .directory(CycleData.DIRECTORY).locale(Messages.INDONESIAN).generatedAt(CycleData.REPORT_TIME).build();
    sustainability = reports.sustainability(Scenario.LEBAK, SustainabilityOptions.all());
    whatIf = reports.submissionWhatIf(Scenario.LEBAK, IidData.YEAR, WhatIfOptions.supported()
        .withScores(ReadinessOptions.none().withSpd(new BigDecimal("41")).withCountScore(new BigDecimal("38")))
        .withSubmitted(Set.of(data.ref(1).id(), data.ref(6).id(), data.ref(14).id())).withUnclaimed(true));
  }

  @Test
  void chromiumDrawsTheSustainabilityReport(@TempDir Path tmp) throws Exception {
    html(Rendered.html(sustainability), "sustainability.png", tmp);
  }

  @Test
  void chromiumDrawsTheWhatIf(@TempDir Path tmp) throws Exception {
    html(Rendered.html(whatIf), "index-what-if.png", tmp);
  }

  @Test
  void pdfBoxDrawsTheFirstPagesWithTheRows() throws Exception {
    byte[] bytes = Rendered.pdf(sustainability);
    assertThat(Pdf.read(bytes).pageTexts.get(0).replaceAll("\\s+", "")).contains("AmbulansDesa", "Terhenti",
        "RaporOnline", "Perluperhatian3");
    page(bytes, "sustainability-pdf.png");
    bytes = Rendered.pdf(whatIf);
    Pdf pdf = Pdf.read(bytes);
    assertThat(pdf.pageTexts.get(0).replaceAll("\\s+", "")).contains("33,84", "Pengaruhmax(10,n)");
    assertThat(pdf.text.replaceAll("\\s+", "")).contains("Kirimkan", "AngkotPintar", "Tidakdapatdikirimkan");
    page(bytes, "index-what-if-pdf.png");
  }

  private static void html(byte[] html, String name, Path tmp) throws Exception {
    Path png = Looks.chromium(html, 1200, 1600, tmp);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(1600);
    assertThat(Looks.inked(image)).as("a drawn page, not a blank one").isGreaterThan(0.05);
    Looks.keep(CycleReportsLookTest.class, image, name);
  }

  private static void page(byte[] pdf, String name) throws Exception {
    BufferedImage page = Pdf.render(pdf, 0, 110);
    // landscape A4: the tables have more than eight columns
    assertThat(page.getWidth()).isGreaterThan(page.getHeight());
    assertThat(Looks.inked(page)).isGreaterThan(0.03);
    ImageIO.write(page, "png", Looks.dir(CycleReportsLookTest.class).resolve(name).toFile());
  }
}
