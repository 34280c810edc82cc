package id.labinov.reporting.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The PDF renderer is quiet: rendering writes nothing to System.err and no INFO (or finer) record
 * reaches the JUL root handler or openhtmltopdf's own loggers, while a genuine problem in the
 * document still reaches the {@code id.labinov.reporting} logger as a warning. A plain openhtmltopdf
 * render under the same capture is caught, so the check can fail.
 */
class PdfLoggingTest {
  /** A document whose two images cannot be shown: a broken PNG and a remote one (not allowed). */
  private static final String BROKEN = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><title>t</title></head>
      <body style="font-family: 'DejaVu Sans'"><p>Laporan</p>
      <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ"/>
      <img src="http://example.invalid/x.png"/></body></html>
      """;

  /** System.err and the JUL records of the root handler and of openhtmltopdf's loggers during a render. */
  static final class Capture implements AutoCloseable {
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final PrintStream oldErr = System.err;
    private final List<Logger> loggers = new ArrayList<>();
    private final Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        records.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    Capture() {
      handler.setLevel(Level.ALL);
      loggers.add(Logger.getLogger(""));
      // openhtmltopdf's default logger writes through these with parent handlers off, to its own console handler
      XRLog.listRegisteredLoggers().forEach(name -> loggers.add(Logger.getLogger(name)));
      loggers.forEach(l -> l.addHandler(handler));
      System.setErr(new PrintStream(err, true, UTF_8));
    }

    /** Console lines and INFO-or-finer records: what floods a host's console. */
    List<String> noise() {
      List<String> noise = new ArrayList<>();
      for (String line : err.toString(UTF_8).split("\\R")) {
        if (!line.isBlank()) {
          noise.add("stderr: " + line);
        }
      }
      for (LogRecord r : records) {
        if (r.getLevel().intValue() < Level.WARNING.intValue()) {
          noise.add(r.getLoggerName() + " " + r.getLevel() + ": " + r.getMessage());
        }
      }
      return noise;
    }

    List<LogRecord> problems() {
      return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    @Override
    public void close() {
      System.setErr(oldErr);
      loggers.forEach(l -> l.removeHandler(handler));
    }
  }

  private static Report ranking() {
    LebakData d = LebakData.create();
    Reports r = Reports.builder().labinov(d.scenario.lab).evaluationStore(d.scenario.evaluations)
        .directory(LebakData.DIRECTORY).locale(Locale.ENGLISH).generatedAt(LebakData.REPORT_TIME).build();
    return r.evaluationRanking(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        id.labinov.core.evaluation.EvaluationSchemes.kippCriteria(), LebakData.ROUND);
  }

  @Test
  void aReportRendersWithoutAnyLineOnTheConsoleOrInTheLog() {
    Report report = ranking();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    List<String> noise;
    List<LogRecord> problems;
    try (Capture c = new Capture()) {
      new PdfRenderer().render(report, pdf);
      new PdfRenderer().render(report, new ByteArrayOutputStream());
      noise = c.noise();
      problems = c.problems();
    }
    assertThat(new String(pdf.toByteArray(), 0, 5, UTF_8)).isEqualTo("%PDF-");
    assertThat(noise).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void aGenuineProblemStillReachesTheReportingLoggerAsAWarning() {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    List<String> noise;
    List<LogRecord> problems;
    try (Capture c = new Capture()) {
      PdfRenderer.renderXhtml(BROKEN, pdf);
      noise = c.noise();
      problems = c.problems();
    }
    assertThat(new String(pdf.toByteArray(), 0, 5, UTF_8)).isEqualTo("%PDF-");
    assertThat(noise).isEmpty();
    assertThat(problems).isNotEmpty().allSatisfy(r -> {
      assertThat(r.getLoggerName()).isEqualTo(PdfRenderer.LOGGER);
      assertThat(r.getMessage()).startsWith("openhtmltopdf");
    });
  }

  @Test
  void theCheckCatchesTheLibrarysNotesWhereTheRendererDoesNotSilenceThem() {
    // the same document through openhtmltopdf directly, as another part of a host would: it still logs as before
    // once before capturing: on first use the library's default logger replaces the handlers of its loggers
    plainRender();
    List<String> noise;
    try (Capture c = new Capture()) {
      plainRender();
      noise = c.noise();
    }
    assertThat(noise).anySatisfy(line -> assertThat(line).contains("com.openhtmltopdf").contains("INFO"));
  }

  private static void plainRender() {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.withHtmlContent("<html><head><title>t</title></head><body><p>Laporan</p></body></html>", null);
    b.toStream(new ByteArrayOutputStream());
    try {
      b.run();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** PDFBox's font mapper, recording every font it is asked to find on the machine. */
  static final class RecordingMapper implements FontMapper {
    final List<String> asked = new CopyOnWriteArrayList<>();
    private final FontMapper delegate = FontMappers.instance();

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
      asked.add(baseFont);
      return delegate.getTrueTypeFont(baseFont, descriptor);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
      asked.add(baseFont);
      return delegate.getFontBoxFont(baseFont, descriptor);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
      asked.add(baseFont);
      return delegate.getCIDFont(baseFont, descriptor, info);
    }
  }

  /**
   * PDFBox's "Using fallback font LiberationSans for base font Symbol" comes from looking up one of the
   * 14 standard PDF fonts on the machine, which the layout library does for every document unless it
   * is told that every font is embedded. The renderer embeds DejaVu Sans only, so PDFBox is asked for no
   * font at all and has nothing to warn about (whatever the logging setup; the test classpath sends
   * PDFBox's commons-logging to a silent SLF4J, so the mapper itself is watched). A plain render is
   * caught by the same check.
   */
  @Test
  void pdfBoxIsAskedForNoMachineFontSoItCannotWarnAboutAFallback() {
    Report report = ranking();
    RecordingMapper mapper = new RecordingMapper();
    FontMapper before = FontMappers.instance();
    FontMappers.set(mapper);
    List<String> byRenderer;
    try {
      new PdfRenderer().render(report, new ByteArrayOutputStream());
      PdfRenderer.renderXhtml(BROKEN, new ByteArrayOutputStream());
      byRenderer = List.copyOf(mapper.asked);
      plainRender();
    } finally {
      FontMappers.set(before);
    }
    assertThat(byRenderer).isEmpty();
    assertThat(mapper.asked).contains("Symbol");
  }

  @Test
  void theLibrarysLevelsMapToSystemLoggerLevels() {
    assertThat(PdfRenderer.level(Level.SEVERE)).isEqualTo(System.Logger.Level.ERROR);
    assertThat(PdfRenderer.level(Level.WARNING)).isEqualTo(System.Logger.Level.WARNING);
    assertThat(PdfRenderer.level(Level.INFO)).isEqualTo(System.Logger.Level.DEBUG);
    assertThat(PdfRenderer.level(Level.FINE)).isEqualTo(System.Logger.Level.TRACE);
  }
}
