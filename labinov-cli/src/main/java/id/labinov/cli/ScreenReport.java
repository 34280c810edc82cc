package id.labinov.cli;

import id.labinov.reporting.data.Report;
import id.labinov.reporting.render.CsvOptions;
import id.labinov.reporting.render.CsvRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report as readable text for the terminal: its title, its figures (label and value) and each of
 * its tables as a {@link TextTable} fitted to the width, under the table's heading. Headers and
 * values come from the reporting module's CSV for people ({@link CsvRenderer} with values in the
 * report's language: labels, "2 Maret 2026", "1.234"), so the screen shows exactly what the CSV and
 * the spreadsheet show, except that a code column is left out where a label or name stands beside it
 * ({@code DRUM_UP} beside "Drum-up"; an OPD with no name in the directory keeps its code). Line
 * breaks inside a value are shown as spaces; numbers are right-aligned. A table that does not fit the
 * width even with its columns narrowed is shown record by record (header and value on each line).
 */
final class ScreenReport {
  /** A value shown right-aligned: a number as the reports write it for people, maybe a percentage. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d.,]*%?");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
  /** The fact the reporting module puts first: the report's title. */
  private static final String TITLE_FACT = "report";
  /** A delimiter that is no language's decimal mark, so numbers keep theirs (33,33 in Indonesian). */
  private static final char DELIMITER = '\t';

  private final Texts texts;

  /**
   * Creates the printer.
   *
   * @param texts the user's language (the report was computed in it too)
   */
  ScreenReport(Texts texts) {
    this.texts = texts;
  }

  /**
   * Returns the lines to print.
   *
   * @param report the report
   * @param onlyTable a name of {@link CsvRenderer#tableNames(Report)} to show alone, or {@code null} for all
   * @param width the terminal's width; every line keeps within it unless a table's narrowest columns do not fit
   * @return the lines
   */
  List<String> lines(Report report, String onlyTable, int width) {
    List<String> lines = new ArrayList<>();
    List<List<String>> facts = records(report, CsvRenderer.FACTS, CsvOptions.defaults());
    String title = facts.stream().skip(1).filter(r -> r.size() > 2 && r.get(0).equals(TITLE_FACT))
        .map(r -> r.get(2)).findFirst().orElse(report.info().kind().code());
    lines.add(fit(title, width));
    lines.add("=".repeat(Math.min(width, title.codePointCount(0, title.length()))));
    for (String name : CsvRenderer.tableNames(report)) {
      if (onlyTable != null && !onlyTable.equals(name)) {
        continue;
      }
      lines.add("");
      if (name.equals(CsvRenderer.FACTS)) {
        addFacts(lines, facts, width);
      } else {
        addTable(lines, report, name, width);
      }
    }
    return lines;
  }

  /**
   * The figures: label and value, without the machine key, without the title printed above, and
   * without a code whose label or name is a figure too (as {@link #shown} does for columns).
   */
  private static void addFacts(List<String> lines, List<List<String>> facts, int width) {
    List<String> keys = facts.stream().map(r -> cell(r, 0)).toList();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(cell(facts.get(0), 1), cell(facts.get(0), 2)));
    for (List<String> r : facts.subList(1, facts.size())) {
      int companion = companion(keys, cell(r, 0));
      boolean covered = companion >= 0 && (cell(r, 2).isEmpty() || !cell(facts.get(companion), 2).isEmpty());
      if (!cell(r, 0).equals(TITLE_FACT) && !covered) {
        rows.add(List.of(cell(r, 1), cell(r, 2)));
      }
    }
    table(rows).render(width).forEach(l -> lines.add(l.stripTrailing()));
  }

  private void addTable(List<String> lines, Report report, String name, int width) {
    List<List<String>> records = shown(records(report, name, CsvOptions.defaults()),
        records(report, name, CsvOptions.plain()).get(0));
    String key = "report.screen.table." + name;
    String heading = texts.bundle().containsKey(key) ? texts.get(key) : name;
    int rows = records.size() - 1;
    lines.add(fit(texts.get("report.screen.heading", heading, rows), width));
    List<String> table = table(records).render(width);
    if (table.stream().anyMatch(l -> l.codePointCount(0, l.length()) > width)) {
      table = byRecord(records).render(width);
    }
    table.forEach(l -> lines.add(l.stripTrailing()));
    if (rows == 0) {
      lines.add(texts.get("report.screen.noRows"));
    }
  }

  /**
   * The columns people read: a code column is left out where the column beside it gives its label
   * or name ({@code stage} and {@code stageLabel}, {@code opd} and {@code opdName}) for every row that
   * has the code; an OPD without a name in the directory keeps its code.
   *
   * @param records the records for people, the header first
   * @param keys the columns' keys, from the plain CSV
   */
  private static List<List<String>> shown(List<List<String>> records, List<String> keys) {
    List<Integer> kept = new ArrayList<>();
    for (int c = 0; c < records.get(0).size(); c++) {
      int companion = c < keys.size() ? companion(keys, keys.get(c)) : -1;
      boolean covered = companion >= 0;
      for (int r = 1; covered && r < records.size(); r++) {
        covered = cell(records.get(r), c).isEmpty() || !cell(records.get(r), companion).isEmpty();
      }
      if (!covered) {
        kept.add(c);
      }
    }
    return records.stream().map(r -> kept.stream().map(c -> cell(r, c)).toList()).toList();
  }

  private static int companion(List<String> keys, String key) {
    if (key.equals("code")) { // a criterion's or a blocker's code beside its label, as the HTML reports hide it
      int label = keys.indexOf("label");
      return label >= 0 ? label : keys.indexOf("criterion");
    }
    int label = keys.indexOf(key + "Label");
    return label >= 0 ? label : keys.indexOf(key + "Name");
  }

  /**
   * A table too wide for the terminal, one record after the other: each value on its own line after
   * its column's header, a blank line between records.
   */
  private TextTable byRecord(List<List<String>> records) {
    TextTable t = TextTable.left(List.of(texts.get("report.screen.column"), texts.get("report.screen.value")));
    List<String> header = records.get(0);
    for (int r = 1; r < records.size(); r++) {
      if (r > 1) {
        t.add(List.of());
      }
      for (int c = 0; c < header.size(); c++) {
        t.add(List.of(oneLine(header.get(c)), oneLine(cell(records.get(r), c))));
      }
    }
    return t;
  }

  /** A line cut to the width, ending in {@code …} when cut. */
  private static String fit(String line, int width) {
    return TextTable.left(List.of(oneLine(line))).render(width).get(0);
  }

  /** A text table of CSV records (the header first), numbers right-aligned. */
  private static TextTable table(List<List<String>> records) {
    List<String> header = records.get(0).stream().map(ScreenReport::oneLine).toList();
    List<TextTable.Align> aligns = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      boolean numbers = records.size() > 1;
      for (List<String> r : records.subList(1, records.size())) {
        String v = cell(r, c);
        numbers &= v.isEmpty() || NUMBER.matcher(v).matches();
      }
      aligns.add(numbers ? TextTable.Align.RIGHT : TextTable.Align.LEFT);
    }
    TextTable t = new TextTable(header, aligns);
    for (List<String> r : records.subList(1, records.size())) {
      t.add(r.stream().limit(header.size()).map(ScreenReport::oneLine).toList());
    }
    return t;
  }

  /** One table of the report as CSV records for people: localized headers and values. */
  private static List<List<String>> records(Report report, String table, CsvOptions options) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    new CsvRenderer(options.withDelimiter(DELIMITER)).render(report, table, buffer);
    List<List<String>> records = CsvTables.parse(buffer.toString(StandardCharsets.UTF_8), DELIMITER);
    return records.isEmpty() ? List.of(List.of()) : records.stream().map(ScreenReport::unquoted).toList();
  }

  /**
   * The values as people read them: the CSV renderer puts {@code '} before text a spreadsheet could
   * take for a formula, which the screen does not need.
   */
  private static List<String> unquoted(List<String> record) {
    return record.stream().map(v -> v.length() > 1 && v.charAt(0) == '\'' && formulaLike(v.substring(1))
        ? v.substring(1) : v).toList();
  }

  /** Whether the renderer would have prefixed the text: it starts, after blanks, with a formula sign. */
  private static boolean formulaLike(String text) {
    if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
      return true;
    }
    String start = text.stripLeading();
    return !start.isEmpty() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(start.charAt(0)) >= 0;
  }

  private static String cell(List<String> record, int index) {
    return index >= 0 && index < record.size() ? record.get(index) : "";
  }

  private static String oneLine(String value) {
    return LINE_BREAK.matcher(value).replaceAll(" ");
  }
}
