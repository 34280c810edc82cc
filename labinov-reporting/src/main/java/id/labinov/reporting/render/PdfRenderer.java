package id.labinov.reporting.render;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import id.labinov.core.internal.Checks;
import id.labinov.reporting.ReportException;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ShowcaseCatalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Writes a report as a PDF on A4 pages: the same document as {@link HtmlRenderer} laid out by
 * openhtmltopdf on PDFBox, with a running header (LABINOV, the scope and, for a programme summary,
 * the programme), page numbers ("Halaman 1 dari 3" / "Page 1 of 3") and the same charts drawn as PNG
 * images with Java2D (headless; no Batik, no SVG support library). The bundled DejaVu Sans (regular
 * and bold, Bitstream Vera licence) is embedded as a subset, so Indonesian text shows the same on
 * every machine; characters it lacks (most emoji) show as a replacement mark. Nothing is loaded from
 * outside: only {@code data:} resources are allowed.
 *
 * <p>Reports with a table of more than eight columns (the evaluation
 * ranking, the audit trail, the stage statistics, the regional index) are laid out on landscape A4
 * pages; column widths leave room for the longest word of every header, so no header word is split.
 *
 * <p>Quiet by default: the layout library's notes (timings, font loading: several INFO lines per PDF)
 * are not written to the console. Its warnings and errors (a resource it could not read, a CSS
 * problem) go to the {@link System.Logger} named {@value #LOGGER} at WARNING and ERROR, its notes at
 * DEBUG. To do so the renderer wraps openhtmltopdf's logger ({@link XRLog#setLoggerImpl}) once; the
 * wrapper passes everything through unchanged except on a thread that is inside
 * {@link #render(Report, OutputStream)}, so other uses of openhtmltopdf in the host log as before and
 * no {@code java.util.logging} setting is changed. If the host turned openhtmltopdf's logging off
 * ({@link XRLog#setLoggingEnabled}), nothing is reported.
 *
 * <p>The one-page reports (the one-page summary, the IID readiness for the regional head) are drawn
 * directly on one A4 landscape page with PDFBox, so they are always one page.
 *
 * <p>A showcase catalogue of more than {@link PdfVolumes#MAX_ENTRIES_PER_DOCUMENT} entries is refused
 * with a {@link ReportException} coded {@code CATALOGUE_TOO_LONG_FOR_PDF} before anything is laid out
 * (a PDF's layout is held in memory whole): write it as volumes with {@link PdfVolumes}, or as HTML,
 * which streams at any length. A catalogue's PDF opens with a contents page listing its groups with
 * their entry numbers and pages.
 *
 * <p>PDF bytes are not stable (the library writes ids and times); compare PDFs by their text and a
 * rendering.
 */
public final class PdfRenderer implements Renderer {
  /** The name of the {@link System.Logger} the layout library's warnings and errors go to. */
  public static final String LOGGER = "id.labinov.reporting";

  private static final System.Logger LOG = System.getLogger(LOGGER);

  /** Creates the renderer. */
  public PdfRenderer() {}

  @Override
  public void render(Report report, OutputStream out) {
    Checks.notNull(report, "report");
    Checks.notNull(out, "out");
    if (report instanceof ShowcaseCatalogue c && c.entryCount() > PdfVolumes.MAX_ENTRIES_PER_DOCUMENT) {
      throw tooLong(c.entryCount());
    }
    if (report instanceof id.labinov.reporting.data.OnePageSummary r) {
      OnePage.pdf(r, out);
      return;
    }
    if (report instanceof id.labinov.reporting.data.IidReadinessOnePage r) {
      ReadinessPage.pdf(r, out);
      return;
    }
    renderXhtml(Xhtml.write(report, Xhtml.Mode.PDF), out);
  }

  /** Writes one volume of a catalogue (see {@link PdfVolumes}). */
  static void renderVolume(ShowcaseCatalogue part, PdfVolumes.Volume volume, OutputStream out) {
    renderXhtml(Xhtml.volume(part, volume), out);
  }

  /** The refusal of a catalogue too long for one PDF, naming the limit and the ways round it. */
  static ReportException tooLong(long entries) {
    return new ReportException("CATALOGUE_TOO_LONG_FOR_PDF", "error.pdf.catalogueTooLong", entries,
        PdfVolumes.MAX_ENTRIES_PER_DOCUMENT);
  }

  /** Lays out a document made by {@link Xhtml} (package-private so tests can feed a broken one). */
  static void renderXhtml(String xhtml, OutputStream out) {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFont(font(false), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
    b.useFont(font(true), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
    b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    b.withProducer("labinov");
    // a tagged PDF (PDF/UA): screen readers follow headings, tables and the charts' text alternatives;
    // and as PDF/UA embeds every font, the layout library does not register the 14 standard PDF fonts,
    // whose lookup on the machine made PDFBox warn "Using fallback font LiberationSans for base font Symbol"
    b.usePdfUaAccessibility(true);
    // every note of the layout library reaches this consumer, also those the quiet logger keeps off the console
    b.withDiagnosticConsumer(PdfRenderer::report);
    b.withHtmlContent(xhtml, null);
    b.toStream(out);
    QuietLogger.install();
    QuietLogger.QUIET.set(Boolean.TRUE);
    try {
      b.run();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      QuietLogger.QUIET.remove();
    }
  }

  private static void report(Diagnostic d) {
    System.Logger.Level level = level(d.getLevel());
    if (!LOG.isLoggable(level)) {
      return;
    }
    String message = "openhtmltopdf: " + d.getFormattedMessage();
    if (d.hasError()) {
      LOG.log(level, message, d.getError());
    } else {
      LOG.log(level, message);
    }
  }

  /** Warnings and errors stay warnings and errors; the library's INFO and finer notes become DEBUG and TRACE. */
  static System.Logger.Level level(Level level) {
    int v = level.intValue();
    return v >= Level.SEVERE.intValue() ? System.Logger.Level.ERROR
        : v >= Level.WARNING.intValue() ? System.Logger.Level.WARNING
        : v >= Level.CONFIG.intValue() ? System.Logger.Level.DEBUG
        : System.Logger.Level.TRACE;
  }

  private static FSSupplier<InputStream> font(boolean bold) {
    return () -> new ByteArrayInputStream(Fonts.bytes(bold));
  }

  /**
   * openhtmltopdf's logger, wrapped: on a thread inside {@link #render}, nothing is written (the
   * diagnostic consumer gets every note anyway); elsewhere everything goes to the logger that was
   * there before (by default the library's own {@link JDKXRLogger}).
   */
  private static final class QuietLogger implements XRLogger {
    static final ThreadLocal<Boolean> QUIET = new ThreadLocal<>();
    private final XRLogger delegate;

    private QuietLogger(XRLogger delegate) {
      this.delegate = delegate;
    }

    /** Wraps the current logger, unless it is already wrapped (also after the host replaced it). */
    static void install() {
      synchronized (XRLog.class) {
        XRLogger current = XRLog.getLoggerImpl();
        if (!(current instanceof QuietLogger)) {
          XRLog.setLoggerImpl(new QuietLogger(current == null ? new JDKXRLogger() : current));
        }
      }
    }

    private static boolean quiet() {
      return QUIET.get() != null;
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return !quiet() && delegate.isLogLevelEnabled(diagnostic);
    }

    @Override
    public void log(Diagnostic diagnostic) {
      if (!quiet()) {
        delegate.log(diagnostic);
      }
    }

    @Override
    public void log(String where, Level level, String msg) {
      if (quiet()) {
        LOG.log(level(level), "openhtmltopdf " + where + ": " + msg);
      } else {
        delegate.log(where, level, msg);
      }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      if (quiet()) {
        LOG.log(level(level), "openhtmltopdf " + where + ": " + msg, th);
      } else {
        delegate.log(where, level, msg, th);
      }
    }

    @Override
    public void setLevel(String logger, Level level) {
      delegate.setLevel(logger, level);
    }
  }
}
