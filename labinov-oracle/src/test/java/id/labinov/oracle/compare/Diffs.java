package id.labinov.oracle.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The differences found between the oracle's figures and a report's: each names the report, where
 * (scope, programme, report time), the table and row, the figure, and expected against actual. Also
 * counts the differences per report and figure, so that a run over many data sets can say which
 * figures disagree and how often.
 */
public final class Diffs {
  private final List<String> lines = new ArrayList<>();
  private final List<String> figures = new ArrayList<>();
  private final Map<String, Integer> byFigure = new TreeMap<>();
  private int compared;

  /**
   * Starts the comparisons of one report.
   *
   * @param report the report kind, e.g. {@code programme-summary}
   * @param where scope, programme, report time
   * @return where to record them
   */
  public On on(String report, String where) {
    return new On(report, where);
  }

  /** Tells whether every compared figure agreed. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** Returns how many figures were compared. */
  public int compared() {
    return compared;
  }

  /** Returns the differences, one per line. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Returns how many differences each report figure had, e.g. {@code programme-summary schedule.late=3}. */
  public Map<String, Integer> byFigure() {
    return Map.copyOf(byFigure);
  }

  /** Adds another run's differences. */
  public void addAll(Diffs other) {
    lines.addAll(other.lines);
    figures.addAll(other.figures);
    other.byFigure.forEach((k, v) -> byFigure.merge(k, v, Integer::sum));
    compared += other.compared;
  }

  /**
   * Describes the differences: the count per report figure, then at most {@code max} lines, no more than
   * five of any one figure (so every kind of difference shows), and a count of the rest.
   */
  public String describe(int max) {
    StringBuilder b = new StringBuilder();
    b.append(lines.size()).append(" of ").append(compared).append(" figures differ from the oracle");
    b.append(" (by report figure: ").append(new TreeMap<>(byFigure)).append("):\n");
    Map<String, Integer> shown = new TreeMap<>();
    int n = 0;
    for (int i = 0; i < lines.size() && n < max; i++) {
      if (shown.merge(figures.get(i), 1, Integer::sum) <= 5) {
        b.append("  ").append(lines.get(i)).append('\n');
        n++;
      }
    }
    if (lines.size() > n) {
      b.append("  ... and ").append(lines.size() - n).append(" more\n");
    }
    return b.toString();
  }

  /** The comparisons of one report. */
  public final class On {
    private final String report;
    private final String where;

    private On(String report, String where) {
      this.report = report;
      this.where = where;
    }

    /**
     * Compares one figure; numbers of type {@link BigDecimal} must agree in value and scale (the
     * reports promise a fixed number of decimals).
     *
     * @param table the table (or {@code facts})
     * @param row the row's key, or {@code null} for a single value
     * @param figure the figure's name
     * @param expected what the oracle computed
     * @param actual what the report says
     */
    public void eq(String table, Object row, String figure, Object expected, Object actual) {
      compared++;
      if (!Objects.equals(expected, actual)) {
        String at = table + (row == null ? "" : "[" + row + "]");
        lines.add(report + " (" + where + ") " + at + " " + figure + ": expected " + show(expected) + ", actual "
            + show(actual));
        String key = report + " " + table + "." + figure;
        figures.add(key);
        byFigure.merge(key, 1, Integer::sum);
      }
    }

    /**
     * Compares two tables row by row: first the row keys in order, then, for rows both have, every figure
     * {@code figures} lists.
     *
     * @param <E> expected rows
     * @param <A> actual rows
     * @param table the table
     * @param expected the oracle's rows
     * @param actual the report's rows
     * @param expectedKey the key of an expected row
     * @param actualKey the key of an actual row
     * @param figures per figure name, how to read it from an expected and from an actual row
     */
    public <E, A> void table(String table, List<E> expected, List<A> actual, Function<E, Object> expectedKey,
        Function<A, Object> actualKey, List<Figure<E, A>> figures) {
      List<Object> ek = expected.stream().map(expectedKey).toList();
      List<Object> ak = actual.stream().map(actualKey).toList();
      eq(table, null, "rows", ek, ak);
      Map<String, A> byKey = new TreeMap<>();
      for (A a : actual) {
        byKey.putIfAbsent(String.valueOf(actualKey.apply(a)), a);
      }
      for (E e : expected) {
        Object key = expectedKey.apply(e);
        A a = byKey.get(String.valueOf(key));
        if (a == null) {
          continue;
        }
        for (Figure<E, A> f : figures) {
          eq(table, key, f.name(), f.expected().apply(e), f.actual().apply(a));
        }
      }
    }
  }

  /**
   * One figure of a table row.
   *
   * @param <E> expected rows
   * @param <A> actual rows
   * @param name the figure's name
   * @param expected how to read it from an expected row
   * @param actual how to read it from an actual row
   */
  public record Figure<E, A>(String name, Function<E, Object> expected, Function<A, Object> actual) {}

  /** Builds a {@link Figure}. */
  public static <E, A> Figure<E, A> figure(String name, Function<E, Object> expected, Function<A, Object> actual) {
    return new Figure<>(name, expected, actual);
  }

  private static String show(Object o) {
    if (o instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(o);
  }
}
