package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Looks;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Looks at the programme summary: the HTML as headless Chromium draws it and the PDF's first page as
 * PDFBox draws it, both checked for the funnel chart's bars (pixels in each of its colours, forming a
 * chart-sized area). Without Chromium the HTML half is skipped with a message, except under
 * {@code CI=true}, where it fails.
 *
 * <p>The two pictures are written to {@code target*}/{@code looks/}; with
 * {@code -Dlabinov.docs.images=<dir>} they are also copied there as {@code summary-html.png} and
 * {@code summary-pdf.png}, and a ranking page as {@code ranking-pdf.png} (the README's images: {@code -Dlabinov.docs.images=$PWD/docs/images}).
 */
class ReportLookTest {
  /** The funnel's five bar colours, widest bar first. */
  static final List<Integer> FUNNEL = List.of(0x0b3d91, 0x1f5fa8, 0x2f7fc1, 0x4a9bd6, 0x6cb4e4);
  /** The colours only the chart uses (headings and rules use the first two): they mark the chart area. */
  static final List<Integer> CHART_ONLY = FUNNEL.subList(2, 5);

  static ProgrammeSummary summary;
  static Path looks;

  @BeforeAll
  static void create() throws IOException {
    LebakData data = LebakData.create();
    summary = Reports.builder().labinov(data.scenario.lab).evaluationStore(data.scenario.evaluations)
        .directory(LebakData.DIRECTORY).locale(Messages.INDONESIAN).generatedAt(LebakData.REPORT_TIME).build()
        .programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME);
    looks = Looks.dir(ReportLookTest.class);
  }

  @Test
  void chromiumDrawsTheSummaryWithItsCharts(@TempDir Path tmp) throws Exception {
    Path png = Looks.chromium(Rendered.html(summary), 1200, 1600, tmp);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(1600);
    assertChartsDrawn(image, 0);
    keep(png, "summary-html.png");
  }

  @Test
  void pdfBoxDrawsTheFirstPageWithItsCharts() throws Exception {
    BufferedImage page = Pdf.render(Rendered.pdf(summary), 0, 110);
    assertThat(page.getWidth()).isBetween(900, 915);
    assertChartsDrawn(page, 8);
    Path png = looks.resolve("summary-pdf.png");
    ImageIO.write(page, "png", png.toFile());
    keep(png, "summary-pdf.png");
  }

  /**
   * A full page of a 64-innovation ranking (page 2: page 1 holds the facts and the chart), landscape,
   * kept as {@code ranking-pdf.png} at 80 dpi.
   */
  @Test
  void pdfBoxDrawsAFullRankingPage() throws Exception {
    BufferedImage page = Pdf.render(Rendered.pdf(PdfPagesTest.ranking64(Messages.INDONESIAN)), 1, 80);
    assertThat(page.getWidth()).isGreaterThan(page.getHeight());
    Path png = looks.resolve("ranking-pdf.png");
    ImageIO.write(page, "png", png.toFile());
    keep(png, "ranking-pdf.png");
  }

  /** Every funnel colour covers a bar's worth of pixels, and together they span a chart-sized area. */
  static void assertChartsDrawn(BufferedImage image, int tolerance) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int colour : FUNNEL) {
      int count = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if (near(image.getRGB(x, y), colour, tolerance)) {
            count++;
            if (!CHART_ONLY.contains(colour)) {
              continue;
            }
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
        }
      }
      assertThat(count).as("pixels of the funnel bar #%06x", colour).isGreaterThan(600);
    }
    assertThat(maxX - minX).as("chart width").isGreaterThan(image.getWidth() / 5);
    assertThat(maxY - minY).as("chart height").isGreaterThan(image.getHeight() / 20);
    // the chart area is drawn on, not blank: at least a fifth of it is not background
    long drawn = 0;
    for (int y = minY; y <= maxY; y++) {
      for (int x = minX; x <= maxX; x++) {
        if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
          drawn++;
        }
      }
    }
    assertThat(drawn).isGreaterThan((long) (maxX - minX + 1) * (maxY - minY + 1) / 5);
  }

  private static boolean near(int rgb, int colour, int tolerance) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xff) - ((colour >> shift) & 0xff)) > tolerance) {
        return false;
      }
    }
    return true;
  }

  private static void keep(Path png, String name) throws IOException {
    Files.copy(png, looks.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    Looks.keep(png, name);
  }
}
