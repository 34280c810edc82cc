package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.render.CsvOptions;
import id.labinov.reporting.render.CsvRenderer;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Xlsx;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same commands run against the JDBC store (H2) and the in-memory store give the same reports:
 * byte-identical JSON, CSV and HTML, the same XLSX sheet XML, and PDFs with the same text. Reports
 * read only through core's ports, so the store behind them does not show.
 */
class JdbcStoreReportsTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  static LebakData memory;
  static LebakData jdbc;

  @BeforeAll
  static void create() {
    memory = LebakData.create();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:reporting" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    JdbcStorage storage = JdbcStorage.builder().dataSource(ds).build();
    jdbc = LebakData.create(b -> b.innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore())
        .evidenceRegisterStore(storage.evidenceRegister()));
  }

  static List<Report> reports(LebakData data, Locale locale) {
    return DeterminismTest.all(data, locale, LebakData.REPORT_TIME);
  }

  @Test
  void theJdbcStoreIsReallyUsed() {
    assertThat(jdbc.scenario.store.count(id.labinov.core.model.Scope.national(),
        id.labinov.core.query.InnovationFilter.all(), id.labinov.core.query.Dimension.STATUS)).isEmpty();
    assertThat(memory.scenario.store.count(id.labinov.core.model.Scope.national(),
        id.labinov.core.query.InnovationFilter.all(), id.labinov.core.query.Dimension.STATUS)).isNotEmpty();
  }

  @Test
  void jsonCsvAndXlsxEqualTheInMemoryStoresOutput() {
    for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      List<Report> a = reports(memory, locale);
      List<Report> b = reports(jdbc, locale);
      assertThat(b).extracting(r -> r.info().kind()).containsExactly(ReportKind.values());
      for (int i = 0; i < a.size(); i++) {
        Report x = a.get(i);
        Report y = b.get(i);
        String kind = x.info().kind().code();
        assertThat(new String(Rendered.json(y), java.nio.charset.StandardCharsets.UTF_8)).as(kind + " JSON")
            .isEqualTo(new String(Rendered.json(x), java.nio.charset.StandardCharsets.UTF_8));
        for (String table : CsvRenderer.tableNames(x)) {
          for (CsvOptions o : List.of(CsvOptions.plain(), CsvOptions.excelIndonesia())) {
            assertThat(Rendered.csv(y, table, o)).as(kind + " CSV " + table).isEqualTo(Rendered.csv(x, table, o));
          }
        }
        assertThat(sheets(y)).as(kind + " XLSX").isEqualTo(sheets(x));
      }
    }
  }

  @Test
  void htmlEqualsAndPdfReadsTheSame() {
    for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      List<Report> a = reports(memory, locale);
      List<Report> b = reports(jdbc, locale);
      for (int i = 0; i < a.size(); i++) {
        String kind = a.get(i).info().kind().code();
        byte[] html = Rendered.html(b.get(i));
        Html.parse(html);
        assertThat(html).as(kind + " HTML").isEqualTo(Rendered.html(a.get(i)));
        Pdf x = Pdf.read(Rendered.pdf(a.get(i)));
        Pdf y = Pdf.read(Rendered.pdf(b.get(i)));
        assertThat(y.text).as(kind + " PDF text").isEqualTo(x.text).contains("LABINOV");
        assertThat(y.pages).isEqualTo(x.pages);
      }
    }
  }

  /** The sheet XML of a workbook (the rest holds the writing library's creation time). */
  private static Map<String, String> sheets(Report r) {
    Map<String, String> out = new TreeMap<>();
    Xlsx.parts(Rendered.xlsx(r)).forEach((name, bytes) -> {
      if (name.startsWith("xl/")) {
        out.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    return out;
  }
}
