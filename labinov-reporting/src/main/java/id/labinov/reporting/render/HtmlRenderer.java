package id.labinov.reporting.render;

import id.labinov.core.internal.Checks;
import id.labinov.reporting.data.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a report as one self-contained HTML file (UTF-8, well-formed XHTML syntax so XML tools read
 * it too): inline CSS, charts as inline SVG with a title and a text alternative that lists every
 * value, then the report's single values and tables in the report's language. It loads nothing from
 * outside (no script, no font, no image, no link to a style sheet), escapes every value, reads well on
 * a phone (tables scroll sideways) and prints on A4. The same report gives the same bytes.
 *
 * <p>The showcase catalogue is laid out as one card per innovation under a heading per group, and
 * the innovation profile as a form with missing fields marked, so both print as documents.
 *
 * <p>The IID readiness for the regional head ({@code IidReadinessOnePage}) is drawn as one screen: its page
 * as inline SVG fitted to the window (the same drawing as its one-page PDF), with a text summary and the
 * definitions of its figures folded under it.
 *
 * <p>The document is written from jte templates compiled to Java classes at build time (no template
 * files or compiler at runtime), straight to the output stream while the rows are read.
 */
public final class HtmlRenderer implements Renderer {
  /** Creates the renderer. */
  public HtmlRenderer() {}

  @Override
  public void render(Report report, OutputStream out) {
    Checks.notNull(report, "report");
    Checks.notNull(out, "out");
    try {
      // streamed: a catalogue of many innovations never sits in memory as one document
      java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
          16_384);
      if (report instanceof id.labinov.reporting.data.IidReadinessOnePage page) {
        Xhtml.screen(page, writer);
      } else {
        Xhtml.write(report, Xhtml.Mode.HTML, writer);
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
