package id.labinov.reporting.render;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.labinov.core.Checks;
import id.labinov.reporting.data.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a report as a PDF on A4 pages: the same document as {@link HtmlRenderer} laid out by
 * openhtmltopdf on PDFBox, with a running header (LABINOV, the scope and, for a programme summary,
 * the programme), page numbers ("Halaman 1 dari 3" / "Page 1 of 3") and the same charts drawn as PNG
 * images with Java2D (headless; no Batik, no SVG support library). The bundled DejaVu Sans (regular
 * and bold, Bitstream Vera licence) is embedded as a subset, so Indonesian text shows the same on
 * every machine; characters it lacks (most emoji) show as a replacement mark. Nothing is loaded from
 * outside: only {@code data:} resources are allowed.
 *
 * <p>PDF bytes are not stable (the library writes ids and times); compare PDFs by their text and a
 * rendering.
 */
public final class PdfRenderer implements Renderer {
  private static final System.Logger LOG = System.getLogger(PdfRenderer.class.getName());

  /** Creates the renderer. */
  public PdfRenderer() {}

  @Override
  public void render(Report report, OutputStream out) {
    Checks.notNull(report, "report");
    Checks.notNull(out, "out");
    String xhtml = Xhtml.write(report, Xhtml.Mode.PDF);
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFont(font(false), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
    b.useFont(font(true), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
    b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    b.withProducer("labinov");
    // the layout library's notes (unknown CSS, font loading) go to our logger at DEBUG, not to the host's log
    b.withDiagnosticConsumer(d -> LOG.log(System.Logger.Level.DEBUG, d::getFormattedMessage));
    b.withHtmlContent(xhtml, null);
    b.toStream(out);
    try {
      b.run();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FSSupplier<InputStream> font(boolean bold) {
    return () -> new ByteArrayInputStream(Fonts.bytes(bold));
  }
}
