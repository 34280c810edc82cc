package id.labinov.reporting.render;

import id.labinov.core.internal.Checks;
import id.labinov.reporting.ReportException;
import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.Report;
import java.io.OutputStream;

/**
 * Writes the one-page summary ({@code Reports.onePageSummary}) as a 1920 x 1080 PNG for a slide: the
 * page of the PDF ({@link ReportFormat#PDF}), laid out again on 16:9 so that it fills the slide, drawn
 * with Java2D (headless) in the bundled DejaVu Sans. The other reports are documents of several pages
 * and are not drawn as slides: they are refused with a {@link ReportException} naming the formats to
 * use instead.
 *
 * <pre>{@code
 * OnePageSummary page = reports.onePageSummary(RegionCode.parse("36.02"), "lebak-2019", scheme, 2019);
 * new SlideRenderer().render(page, out);   // PNG, 1920 x 1080
 * }</pre>
 */
public final class SlideRenderer implements Renderer {
  /** The slide's width in pixels. */
  public static final int WIDTH = OnePage.SLIDE_WIDTH;
  /** The slide's height in pixels. */
  public static final int HEIGHT = OnePage.SLIDE_HEIGHT;
  /** The media type written. */
  public static final String MEDIA_TYPE = "image/png";
  /** The file extension, without the dot. */
  public static final String EXTENSION = "png";

  /** Creates the renderer. */
  public SlideRenderer() {}

  /**
   * Writes the slide.
   *
   * @param report the one-page summary
   * @param out where to write (flushed, not closed)
   * @throws ReportException with code {@code UNSUPPORTED_FORMAT} for any other report, naming the formats
   *     it can be written in
   * @throws java.io.UncheckedIOException if writing fails
   */
  @Override
  public void render(Report report, OutputStream out) {
    Checks.notNull(report, "report");
    Checks.notNull(out, "out");
    if (!(report instanceof OnePageSummary page)) {
      throw new ReportException("UNSUPPORTED_FORMAT", "error.slide.report", report.info().kind().code(),
          "one-page-summary", alternatives());
    }
    OnePage.png(page, out);
  }

  /** The formats every report can be written in, e.g. "pdf, html, xlsx, csv, json". */
  private static String alternatives() {
    StringBuilder sb = new StringBuilder();
    for (ReportFormat f : new ReportFormat[] {ReportFormat.PDF, ReportFormat.HTML, ReportFormat.XLSX,
        ReportFormat.CSV, ReportFormat.JSON}) {
      sb.append(sb.length() == 0 ? "" : ", ").append(f.extension());
    }
    return sb.toString();
  }
}
