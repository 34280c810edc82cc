package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.persistence.jdbc.JdbcStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example's console shows only its own lines (issue 19): what reaches {@code java.util.logging}'s
 * root handlers (the console handler among them) once {@link ConsoleLogs#quiet()} ran.
 */
class ConsoleLogsTest {
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
  void captureWhatReachesTheConsole() {
    ConsoleLogs.quiet();
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void keepsTheSchemaMigrationNotesOffTheConsole() {
    JdbcStorage.builder().dataSource(h2("console-logs-quiet")).tablePrefix("quiet_").build();

    assertThat(published).extracting(LogRecord::getLoggerName).noneMatch(n -> n.startsWith("id.labinov"));
  }

  @Test
  void aHostThatWantsTheNotesStillGetsThem() {
    Logger labinov = Logger.getLogger("id.labinov");
    labinov.setLevel(Level.INFO);
    try {
      JdbcStorage.builder().dataSource(h2("console-logs-noted")).tablePrefix("noted_").build();
    } finally {
      ConsoleLogs.quiet();
    }

    assertThat(published).extracting(r -> new SimpleFormatter().formatMessage(r))
        .contains("labinov: applying schema version 1 (23 statements, prefix noted_)");
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  @Test
  void keepsPdfBoxFontFallbackWarningsOffTheConsoleAndOtherWarningsOn() {
    Logger fonts = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    fonts.warning("Using fallback font LiberationSans for base font Symbol");
    fonts.warning("No glyph for code 233 in font Helvetica");

    assertThat(published).extracting(LogRecord::getMessage).containsExactly("No glyph for code 233 in font Helvetica");
  }

  @Test
  void letsTheLibrarysWarningsThrough() {
    System.getLogger("id.labinov.reporting").log(System.Logger.Level.WARNING, "openhtmltopdf: a resource was not read");

    assertThat(published).extracting(LogRecord::getMessage).containsExactly("openhtmltopdf: a resource was not read");
  }
}
