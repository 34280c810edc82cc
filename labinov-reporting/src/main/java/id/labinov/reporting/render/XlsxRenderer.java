package id.labinov.reporting.render;

import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.internal.ReportTexts;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a report as an Excel workbook: a first sheet with the report's single values (key, label,
 * value), then one sheet per table, named by the table's title in the report's language. Each sheet
 * has a bold header row, frozen, with filters on; numbers are numeric cells (counts as {@code #,##0},
 * decimals with their own number of decimals), dates and times are date cells with a month-name
 * format in the report's language, booleans are boolean cells. Text is written as inline string
 * cells, made printable and cut to Excel's 32,767 characters: a string cell is never evaluated, so
 * text that looks like a formula ({@code =1+2}) stays that text, without the {@code '} prefix the
 * CSV form needs. Column widths come from the content: the longest word of the header (headers
 * wrap) and the widest value of the first {@value #FLUSH_ROWS} rows, at most 60 characters. A table
 * without rows says so in a sentence under its headers. The single values come first with their
 * label, then the value, then the key for machines. Rows are flushed every {@value #FLUSH_ROWS} rows, so streamed reports need
 * bounded memory. The sheet XML is deterministic (the workbook's document properties carry the
 * writing library's creation time).
 */
public final class XlsxRenderer implements Renderer {
  /** How many rows are buffered before they are written out. */
  public static final int FLUSH_ROWS = 1000;
  private static final int MAX_SHEET_NAME = 31;
  private static final double MAX_WIDTH = 60;
  private static final double MIN_WIDTH = 8;
  /** Room for the filter button in a header cell, in characters. */
  private static final double FILTER_BUTTON = 3;

  /** Creates the renderer. */
  public XlsxRenderer() {}

  @Override
  public void render(Report report, OutputStream out) {
    Checks.notNull(report, "report");
    Checks.notNull(out, "out");
    Doc doc = Layouts.of(report);
    Locale l = doc.info().locale();
    String lcid = Messages.resolve(l).equals(Locale.ENGLISH) ? "[$-409]" : "[$-421]";
    Formats formats = new Formats(lcid + "d mmmm yyyy", lcid + "d mmmm yyyy hh:mm");
    try {
      Workbook wb = new Workbook(new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          out.flush();
        }
      }, "labinov", "1.0");
      wb.properties().setTitle(SafeText.printable(doc.title()));
      Set<String> names = new HashSet<>();
      sheet(wb, names, Headers.factsTable(doc), doc, formats);
      for (Doc.Table t : doc.tables()) {
        sheet(wb, names, t, doc, formats);
      }
      wb.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Excel number formats for dates and date-times. */
  private record Formats(String date, String dateTime) {}

  private static void sheet(Workbook wb, Set<String> names, Doc.Table t, Doc doc, Formats formats) throws IOException {
    Worksheet ws = wb.newWorksheet(sheetName(t.title(), names));
    List<Doc.Column> columns = t.columns();
    // what people read first: labels and values; the codes and ids they stand for after them
    int[] order = order(t);
    // widths from content: the longest header word and the widest value of the rows before the first
    // flush (the column widths are written with the sheet's head, so later rows cannot widen them)
    double[] widths = new double[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      String header = SafeText.printable(columns.get(order[c]).header());
      ws.inlineString(0, c, header);
      ws.style(0, c).bold().wrapText(true).set();
      widths[c] = Math.max(MIN_WIDTH, longestWord(header) + FILTER_BUTTON);
    }
    ws.freezePane(0, 1);
    int r = 1;
    boolean widthsSet = false;
    for (Object[] row : t.rows()) {
      for (int c = 0; c < row.length; c++) {
        Object v = row[order[c]];
        cell(ws, r, c, v, doc, formats);
        if (!widthsSet) {
          widths[c] = Math.max(widths[c], width(v, doc));
        }
      }
      if (r % FLUSH_ROWS == 0) {
        if (!widthsSet) {
          setWidths(ws, widths);
          widthsSet = true;
        }
        ws.flush();
      }
      r++;
    }
    if (r == 1) {
      // an empty sheet says why, rather than showing only its headers
      ws.inlineString(1, 0, ReportTexts.text(doc.info().locale(), "xlsx.noRows"));
      ws.style(1, 0).italic().set();
    }
    if (!widthsSet) {
      setWidths(ws, widths);
    }
    ws.setAutoFilter(0, 0, Math.max(0, r - 1), Math.max(0, columns.size() - 1));
    ws.finish();
  }

  private static void setWidths(Worksheet ws, double[] widths) {
    for (int c = 0; c < widths.length; c++) {
      ws.width(c, Math.min(MAX_WIDTH, widths[c]));
    }
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split("\\s+")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  /**
   * About how many characters wide a value shows (Excel's column width unit is the width of a digit
   * in the default font): text by its longest line, numbers with their grouping marks, dates with
   * the month written out.
   */
  static double width(Object v, Doc doc) {
    if (v == null) {
      return 0;
    }
    if (v == Doc.NOT_RECORDED) {
      return ReportTexts.text(doc.info().locale(), "value.notRecorded").length() + 2;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof BigDecimal) {
      String digits = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
      return digits.length() + digits.length() / 3 + 2;
    }
    if (v instanceof LocalDate) {
      return 18;
    }
    if (v instanceof Instant) {
      return 24;
    }
    if (v instanceof Boolean) {
      return 8;
    }
    int longest = 0;
    for (String line : v.toString().split("\\R")) {
      longest = Math.max(longest, line.length());
    }
    return longest + 2;
  }

  /**
   * The column order of a sheet: first the columns people read (labels, names, values), then the codes
   * a label stands for (a {@code stage} column when {@code stageLabel} is there), ids and keys, each
   * group in layout order. The facts sheet reads label, value, key.
   */
  static int[] order(Doc.Table t) {
    List<Doc.Column> columns = t.columns();
    java.util.Set<String> keys = new java.util.HashSet<>();
    columns.forEach(c -> keys.add(c.key()));
    List<Integer> first = new java.util.ArrayList<>();
    List<Integer> last = new java.util.ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String k = columns.get(i).key();
      boolean code = keys.contains(k + "Label") || keys.contains(k + "Name") || k.equals("innovationId")
          || k.equals("eventType") || k.equals("region") || k.equals("key");
      (code ? last : first).add(i);
    }
    first.addAll(last);
    return first.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void cell(Worksheet ws, int r, int c, Object v, Doc doc, Formats formats) {
    if (v == null) {
      return;
    }
    if (v == Doc.NOT_RECORDED) {
      ws.inlineString(r, c, id.labinov.reporting.internal.ReportTexts.text(doc.info().locale(), "value.notRecorded"));
    } else if (v instanceof String s) {
      ws.inlineString(r, c, SafeText.fitCell(SafeText.printable(s)));
    } else if (v instanceof Integer n) {
      ws.value(r, c, n);
      ws.style(r, c).format("0").set();
    } else if (v instanceof Long n) {
      ws.value(r, c, n);
      ws.style(r, c).format("#,##0").set();
    } else if (v instanceof BigDecimal d) {
      ws.value(r, c, d);
      ws.style(r, c).format(d.scale() > 0 ? "#,##0." + "0".repeat(d.scale()) : "#,##0").set();
    } else if (v instanceof LocalDate d) {
      ws.value(r, c, d);
      ws.style(r, c).format(formats.date()).set();
    } else if (v instanceof Instant i) {
      ws.value(r, c, i.atZone(doc.info().timeZone().zoneId()).toLocalDateTime());
      ws.style(r, c).format(formats.dateTime()).set();
    } else if (v instanceof Boolean b) {
      ws.value(r, c, b);
    } else {
      ws.inlineString(r, c, SafeText.fitCell(SafeText.printable(v.toString())));
    }
  }

  /** A valid, unique sheet name: no {@code []:*?/\}, at most 31 characters. */
  static String sheetName(String title, Set<String> taken) {
    String base = SafeText.printable(title).replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
    if (base.isEmpty()) {
      base = ReportTexts.text(Locale.ROOT, "table.sheet");
    }
    base = base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME).strip() : base;
    String name = base;
    for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
      String suffix = " (" + i + ")";
      name = (base.length() + suffix.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME - suffix.length())
          : base) + suffix;
    }
    return name;
  }
}
