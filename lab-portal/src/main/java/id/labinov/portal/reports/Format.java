package id.labinov.portal.reports;

import id.labinov.reporting.render.ReportFormat;
import id.labinov.reporting.render.SlideRenderer;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats the portal offers a report in: labinov's {@link ReportFormat}s and, for the one-page summary only,
 * the 1920 x 1080 slide ({@link SlideRenderer}).
 */
public enum Format {
  /** One self-contained HTML document (UTF-8). */
  HTML(ReportFormat.HTML.mediaType() + ";charset=UTF-8", ReportFormat.HTML.extension()),
  /** A4 PDF. */
  PDF(ReportFormat.PDF.mediaType(), ReportFormat.PDF.extension()),
  /** Excel workbook. */
  XLSX(ReportFormat.XLSX.mediaType(), ReportFormat.XLSX.extension()),
  /** CSV (UTF-8), the report's main table. */
  CSV(ReportFormat.CSV.mediaType() + ";charset=UTF-8", ReportFormat.CSV.extension()),
  /** JSON with labinov's stable field names (UTF-8). */
  JSON(ReportFormat.JSON.mediaType(), ReportFormat.JSON.extension()),
  /** The one-page summary as a 1920 x 1080 PNG slide. */
  PNG(SlideRenderer.MEDIA_TYPE, SlideRenderer.EXTENSION);

  private final String contentType;
  private final String extension;

  Format(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** {@return the HTTP content type, e.g. {@code application/pdf} or {@code text/csv;charset=UTF-8}} */
  public String contentType() {
    return contentType;
  }

  /** {@return the file extension without the dot, e.g. {@code xlsx}} */
  public String extension() {
    return extension;
  }

  /**
   * Finds a format by its file extension, in any case.
   *
   * @param extension the extension without the dot, e.g. {@code pdf}
   * @return the format, or empty when the portal offers none by that extension
   */
  public static Optional<Format> byExtension(String extension) {
    if (extension == null) {
      return Optional.empty();
    }
    String wanted = extension.strip().toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.extension.equals(wanted)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** {@return labinov's format for this one, or empty for the slide, which {@link SlideRenderer} draws} */
  Optional<ReportFormat> reportFormat() {
    return this == PNG ? Optional.empty() : Optional.of(ReportFormat.valueOf(name()));
  }
}
