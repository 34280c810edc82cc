package id.labinov.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table for the terminal: a header row, a rule and the rows, columns padded to their widest value
 * and the whole fitted to the terminal's width. When the natural widths do not fit, the widest
 * columns give way first (never below {@link #MIN_WIDTH} characters, or their header's width if that
 * is smaller) and a value that no longer fits ends with {@code …}; a column marked {@link #fixed} (an id
 * the user types back) never gives way. Values are made terminal-safe and kept on one line
 * ({@link TerminalText#field}).
 */
final class TextTable {
  /** The narrowest a column is made when the table has to shrink. */
  static final int MIN_WIDTH = 8;
  private static final String GAP = "  ";

  /** How a column's values sit in it. */
  enum Align {
    /** Text: against the left edge. */
    LEFT,
    /** Numbers: against the right edge. */
    RIGHT
  }

  private final List<String> header;
  private final List<Align> aligns;
  private final List<List<String>> rows = new ArrayList<>();
  private final Set<Integer> fixed = new HashSet<>();

  /**
   * Starts a table.
   *
   * @param header the column headings
   * @param aligns how each column is aligned (as many as headings)
   */
  TextTable(List<String> header, List<Align> aligns) {
    if (header.size() != aligns.size()) {
      throw new IllegalArgumentException("one alignment per column: " + header + " " + aligns);
    }
    this.header = header.stream().map(TextTable::clean).toList();
    this.aligns = List.copyOf(aligns);
  }

  /** A table whose columns are all left-aligned. */
  static TextTable left(List<String> header) {
    return new TextTable(header, header.stream().map(h -> Align.LEFT).toList());
  }

  /**
   * Adds a row; missing trailing values are blank, {@code null} is blank.
   *
   * @throws IllegalArgumentException if the row has more values than columns
   */
  TextTable add(List<String> row) {
    if (row.size() > header.size()) {
      throw new IllegalArgumentException("row wider than the header: " + row);
    }
    List<String> cells = new ArrayList<>(header.size());
    for (int i = 0; i < header.size(); i++) {
      cells.add(i < row.size() ? clean(row.get(i)) : "");
    }
    rows.add(cells);
    return this;
  }

  /**
   * Keeps a column at its natural width however narrow the terminal (a value cut short would be of
   * no use, e.g. an id to type back).
   *
   * @param column the column's index
   * @return this table
   */
  TextTable fixed(int column) {
    if (column < 0 || column >= header.size()) {
      throw new IllegalArgumentException("no column " + column + " in " + header);
    }
    fixed.add(column);
    return this;
  }

  /** The number of rows added. */
  int size() {
    return rows.size();
  }

  /**
   * Renders the table in at most {@code width} characters per line (more only when even the
   * narrowest columns do not fit).
   *
   * @param width the terminal's width
   * @return the lines: heading, rule, rows
   */
  List<String> render(int width) {
    int[] widths = fit(width);
    List<String> lines = new ArrayList<>(rows.size() + 2);
    lines.add(line(header, widths));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : GAP).append("-".repeat(widths[i]));
    }
    lines.add(rule.toString());
    for (List<String> row : rows) {
      lines.add(line(row, widths));
    }
    return lines;
  }

  private int[] fit(int width) {
    int n = header.size();
    int[] natural = new int[n];
    int[] floor = new int[n];
    for (int i = 0; i < n; i++) {
      natural[i] = length(header.get(i));
      for (List<String> row : rows) {
        natural[i] = Math.max(natural[i], length(row.get(i)));
      }
      floor[i] = fixed.contains(i) ? natural[i]
          : Math.min(natural[i], Math.max(MIN_WIDTH, Math.min(length(header.get(i)), natural[i])));
    }
    int[] widths = natural.clone();
    int available = width - GAP.length() * (n - 1);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    while (total > available) {
      int widest = -1;
      for (int i = 0; i < n; i++) {
        if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break; // every column at its narrowest
      }
      widths[widest]--;
      total--;
    }
    return widths;
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String v = cut(cells.get(i), widths[i]);
      String pad = " ".repeat(widths[i] - length(v));
      if (i > 0) {
        sb.append(GAP);
      }
      if (aligns.get(i) == Align.RIGHT) {
        sb.append(pad).append(v);
      } else {
        sb.append(v);
        if (i < widths.length - 1) {
          sb.append(pad); // no trailing blanks at the end of a line
        }
      }
    }
    return sb.toString();
  }

  private static String cut(String value, int width) {
    if (length(value) <= width) {
      return value;
    }
    int end = value.offsetByCodePoints(0, Math.max(0, width - 1));
    return value.substring(0, end) + "…";
  }

  private static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  private static String clean(String value) {
    return value == null ? "" : TerminalText.field(value);
  }
}
