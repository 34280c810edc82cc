package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal shows only the tool's own lines (issue 19): nothing of labinov below WARNING and no
 * PDFBox font fallback warning reaches {@code java.util.logging}'s root handlers (the console handler
 * among them) once {@link QuietLogs#install()} ran, as {@code Main.main} does.
 */
class QuietLogsTest {
  @TempDir
  Path dir;
  private final List<LogRecord> published = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      published.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureWhatReachesTheTerminal() {
    QuietLogs.install();
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void migratingAndWritingAPdfReportLeaveOnlyTheToolsOwnLines() throws Exception {
    CliRunner cli = new CliRunner(dir).migrated();
    Path pdf = dir.resolve("ringkasan.pdf");

    CliRunner.Run r = cli.admin("report", "programme-summary", "--format", "pdf", "--out", pdf.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.size(pdf)).isPositive();
    assertThat(published).extracting(LogRecord::getLoggerName).noneMatch(n -> n.startsWith("id.labinov"));
    assertThat(published).extracting(LogRecord::getMessage).noneMatch(m -> m != null && m.startsWith("Using fallback font"));
  }

  @Test
  void quietsOnlyTheFontFallbackAmongPdfBoxWarnings() {
    Logger fonts = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    fonts.warning("Using fallback font LiberationSans for base font Symbol");
    fonts.warning("No glyph for code 233 in font Helvetica");

    assertThat(published).extracting(LogRecord::getMessage).containsExactly("No glyph for code 233 in font Helvetica");
  }
}
