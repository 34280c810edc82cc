package id.labinov.reporting.render;

import id.labinov.reporting.data.Report;
import java.io.OutputStream;

/** The formats reports render to, with their media type, file extension and default renderer. */
public enum ReportFormat {
  /** JSON with stable field names (UTF-8). */
  JSON("application/json", "json"),
  /** CSV, RFC 4180 (UTF-8), one table of the report; see {@link CsvRenderer} for options. */
  CSV("text/csv", "csv"),
  /** Excel workbook: facts and one sheet per table. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** One self-contained HTML file with SVG charts (UTF-8); see {@link HtmlRenderer}. */
  HTML("text/html", "html"),
  /** A4 PDF with page header, page numbers, charts and an embedded font; see {@link PdfRenderer}. */
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** {@return the media type, e.g. {@code text/csv}} */
  public String mediaType() {
    return mediaType;
  }

  /** {@return the file extension without the dot, e.g. {@code xlsx}} */
  public String extension() {
    return extension;
  }

  /** {@return the renderer with default options (CSV: comma, no BOM, values in the report's language)} */
  public Renderer renderer() {
    return switch (this) {
      case JSON -> new JsonRenderer();
      case CSV -> new CsvRenderer(CsvOptions.defaults());
      case XLSX -> new XlsxRenderer();
      case HTML -> new HtmlRenderer();
      case PDF -> new PdfRenderer();
    };
  }

  /**
   * Writes a report with {@link #renderer()}. The stream is flushed but not closed.
   *
   * @param report the report
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(Report report, OutputStream out) {
    renderer().render(report, out);
  }
}
