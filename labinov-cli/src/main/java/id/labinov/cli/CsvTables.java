package id.labinov.cli;

import id.labinov.core.Checks;
import id.labinov.core.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  static Table read(Path file, Character delimiter) throws IOException {
    String text;
    try {
      // strict, and without the byte order mark Excel writes (the same decoding as rulebooks and configs)
      text = Checks.utf8(Files.readAllBytes(file), file.toString());
    } catch (InvalidValueException e) {
      throw new CliException(ExitCodes.USAGE, "error.csv.encoding", file, e.rejectedValue());
    }
    char d = delimiter != null ? delimiter : guess(text);
    Parser p = new Parser(text, d);
    Table.Line head = p.next();
    if (head == null || head.malformed()) {
      throw new CliException(ExitCodes.USAGE, "error.csv.header", file);
    }
    List<Table.Line> lines = new ArrayList<>();
    for (Table.Line l = p.next(); l != null; l = p.next()) {
      lines.add(l);
    }
    return new Table(head.cells(), lines);
  }

  private static char guess(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long semis = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return semis > commas ? ';' : ',';
  }

  /** A cursor over the text, one record per {@link #next()}. */
  private static final class Parser {
    private final String s;
    private final char d;
    private int i;
    private int line = 1;

    Parser(String s, char d) {
      this.s = s;
      this.d = d;
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
          cells.add(cell.toString());
          cell.setLength(0);
          afterQuote = false;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
            i++;
          }
          line++;
          cells.add(cell.toString());
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
      cells.add(cell.toString());
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
