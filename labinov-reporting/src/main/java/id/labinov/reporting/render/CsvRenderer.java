package id.labinov.reporting.render;

import id.labinov.core.internal.Checks;
import id.labinov.reporting.ReportException;
import id.labinov.reporting.data.Report;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one table of a report as CSV (RFC 4180): UTF-8, CRLF after every record, a header record,
 * fields quoted when they hold the delimiter, a quote, CR or LF, quotes doubled. A CSV file holds one
 * table: {@link #render(Report, OutputStream)} writes the report's first table, {@link
 * #render(Report, String, OutputStream)} any of {@link #tableNames(Report)} ({@code facts} holds the
 * report's single values as key, label, value). Text a spreadsheet could run as a formula is prefixed
 * with {@code '}. Numbers are never grouped; in values for people the decimal mark is the
 * language's unless it is the delimiter ({@code 82,94} with {@code ;} in Indonesian, {@code 82.94}
 * with {@code ,}). Rows are written as they are read.
 */
public final class CsvRenderer implements Renderer {
  /** The name of the table of single values, present in every report. */
  public static final String FACTS = "facts";

  private final CsvOptions options;

  /** Creates a renderer with {@link CsvOptions#defaults()}. */
  public CsvRenderer() {
    this(CsvOptions.defaults());
  }

  /**
   * Creates a renderer.
   *
   * @param options delimiter, byte order mark and value style
   * @throws id.labinov.core.error.InvalidValueException if {@code options} is {@code null}
   */
  public CsvRenderer(CsvOptions options) {
    this.options = Checks.notNull(options, "options");
  }

  /** {@return the options} */
  public CsvOptions options() {
    return options;
  }

  /**
   * Returns the names of the tables a report can be written as: {@code facts}, then its tables in order.
   *
   * @param report the report
   * @return the names
   */
  public static List<String> tableNames(Report report) {
    List<String> out = new ArrayList<>();
    out.add(FACTS);
    Layouts.of(report).tables().forEach(t -> out.add(t.name()));
    return out;
  }

  /** Writes the report's first table (for a profile or an audit trail, its only one). */
  @Override
  public void render(Report report, OutputStream out) {
    Checks.notNull(report, "report");
    Doc doc = Layouts.of(report);
    write(doc, doc.tables().get(0), out);
  }

  /**
   * Writes one table of a report.
   *
   * @param report the report
   * @param table a name from {@link #tableNames(Report)}
   * @param out where to write (flushed, not closed)
   * @throws ReportException with code {@code BAD_ARGUMENT} if the report has no such table
   * @throws UncheckedIOException if writing fails
   */
  public void render(Report report, String table, OutputStream out) {
    Checks.notNull(report, "report");
    Checks.notBlank(table, "table");
    Doc doc = Layouts.of(report);
    Doc.Table t = FACTS.equals(table) ? Headers.factsTable(doc) : doc.table(table).orElseThrow(
        () -> new ReportException("BAD_ARGUMENT", "error.argument.table", table, tableNames(report).toString()));
    write(doc, t, out);
  }

  private void write(Doc doc, Doc.Table table, OutputStream out) {
    Checks.notNull(out, "out");
    Values values = new Values(doc.info());
    try {
      if (options.byteOrderMark()) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      List<Doc.Column> columns = table.columns();
      for (int i = 0; i < columns.size(); i++) {
        field(w, i, options.localized() ? columns.get(i).header() : key(columns.get(i)));
      }
      w.write("\r\n");
      for (Object[] row : table.rows()) {
        for (int i = 0; i < row.length; i++) {
          Object v = row[i];
          String text = v instanceof String s ? SafeText.cell(s)
              : !options.localized() ? Values.plain(v)
              : v instanceof Long || v instanceof BigDecimal ? values.csvNumber(v, options.delimiter())
              : values.localized(v);
          field(w, i, text);
        }
        w.write("\r\n");
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(Doc.Column c) {
    return c.group() == null ? c.key() : c.group() + "." + c.key();
  }

  private void field(Writer w, int index, String text) throws IOException {
    if (index > 0) {
      w.write(options.delimiter());
    }
    boolean quote = text.indexOf(options.delimiter()) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
        || text.indexOf('\n') >= 0;
    if (quote) {
      w.write('"');
      w.write(text.replace("\"", "\"\""));
      w.write('"');
    } else {
      w.write(text);
    }
  }
}
