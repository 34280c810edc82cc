package id.labinov.cli;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.InputText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180, UTF-8, an optional BOM): quoted fields with doubled quotes and line breaks,
 * CRLF or LF. The delimiter is a comma or, when the header holds more semicolons than commas (Excel
 * set to Indonesian), a semicolon. A malformed record (a stray or unclosed quote) is reported with
 * its line number and reading resumes on the next line.
 */
final class CsvTables {
  private CsvTables() {}

  static Table read(Path file, Character delimiter, Limits limits) throws IOException {
    if (Files.size(file) > limits.get(Limits.Limit.IMPORT_BYTES)) {
      throw limits.exceeded(file, Limits.Limit.IMPORT_BYTES);
    }
    String text;
    try {
      // strict, and without the byte order mark Excel writes (the same decoding as rulebooks and configs)
      text = InputText.strictUtf8(Files.readAllBytes(file), file.toString());
    } catch (InvalidValueException e) {
      throw new CliException(ExitCodes.USAGE, "error.csv.encoding", file, e.rejectedValue());
    }
    char d = delimiter != null ? delimiter : guess(text);
    Parser p = new Parser(text, d, file, limits);
    Table.Line head = p.next();
    if (head == null || head.malformed()) {
      throw new CliException(ExitCodes.USAGE, "error.csv.header", file);
    }
    // a guessed delimiter is checked on every row: a header saved with ";" over rows with "," (or the
    // reverse) would otherwise put each whole line into the first column. A row is taken for one with
    // the other delimiter when it reads as a single cell that the other delimiter splits into exactly
    // the header's columns.
    char other = delimiter != null || head.cells().size() < 2 ? 0 : d == ';' ? ',' : ';';
    List<Table.Line> lines = new ArrayList<>();
    long maxRows = limits.get(Limits.Limit.IMPORT_ROWS);
    for (Table.Line l = p.next(); l != null; l = p.next()) {
      if (lines.size() >= maxRows) {
        throw limits.exceeded(file, Limits.Limit.IMPORT_ROWS);
      }
      if (other != 0 && !l.malformed() && l.cells().size() == 1
          && count(l.cells().get(0), other) + 1 == head.cells().size()) {
        l = Table.Line.malformed(l.number(), "row.csv.delimiter", String.valueOf(other), String.valueOf(d));
      }
      lines.add(l);
    }
    return new Table(head.cells(), lines);
  }

  /**
   * Reads CSV text the tool itself was given by the reporting module (for the screen): no limits, no
   * delimiter guess, every record as its cells (a malformed one, which the renderer never writes, as
   * no cells).
   *
   * @param text the CSV text
   * @param delimiter the delimiter it was written with
   * @return the records, the header first
   */
  static List<List<String>> parse(String text, char delimiter) {
    Parser p = new Parser(text, delimiter, null, null);
    List<List<String>> records = new ArrayList<>();
    for (Table.Line l = p.next(); l != null; l = p.next()) {
      records.add(l.cells());
    }
    return records;
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }

  private static char guess(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long semis = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return semis > commas ? ';' : ',';
  }

  /** A cursor over the text, one record per {@link #next()}; without limits when {@code limits} is null. */
  private static final class Parser {
    private final String s;
    private final char d;
    private final Path file;
    private final Limits limits;
    private final int maxColumns;
    private final int maxCell;
    private int i;
    private int line = 1;

    Parser(String s, char d, Path file, Limits limits) {
      this.s = s;
      this.d = d;
      this.file = file;
      this.limits = limits;
      this.maxColumns = limits == null ? Integer.MAX_VALUE : limits.getInt(Limits.Limit.IMPORT_COLUMNS);
      this.maxCell = limits == null ? Integer.MAX_VALUE : limits.getInt(Limits.Limit.IMPORT_CELL_CHARS);
    }

    /** Ends a cell, refusing one past the cell limit or a record past the column limit. */
    private void add(List<String> cells, StringBuilder cell) {
      if (cell.length() > maxCell) {
        throw limits.exceeded(file, Limits.Limit.IMPORT_CELL_CHARS);
      }
      if (cells.size() >= maxColumns) {
        throw limits.exceeded(file, Limits.Limit.IMPORT_COLUMNS);
      }
      cells.add(cell.toString());
    }

    Table.Line next() {
      if (i >= s.length()) {
        return null;
      }
      int start = line;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean afterQuote = false;
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < s.length() && s.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              quoted = false;
              afterQuote = true;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append(c);
          }
        } else if (c == d) {
          add(cells, cell);
          cell.setLength(0);
          afterQuote = false;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
            i++;
          }
          line++;
          add(cells, cell);
          return Table.Line.of(start, cells);
        } else if (c == '"') {
          if (cell.length() > 0 || afterQuote) {
            skipLine();
            return Table.Line.malformed(start, "row.csv.strayQuote", cells.size() + 1);
          }
          quoted = true;
        } else if (afterQuote) {
          skipLine();
          return Table.Line.malformed(start, "row.csv.afterQuote", cells.size() + 1);
        } else {
          cell.append(c);
        }
      }
      if (quoted) {
        return Table.Line.malformed(start, "row.csv.unclosedQuote", cells.size() + 1);
      }
      add(cells, cell);
      return Table.Line.of(start, cells);
    }

    private void skipLine() {
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '\n') {
          line++;
          return;
        }
      }
    }
  }
}
