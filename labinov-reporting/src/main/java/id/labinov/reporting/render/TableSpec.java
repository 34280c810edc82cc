package id.labinov.reporting.render;

import id.labinov.core.model.Labelled;
import id.labinov.core.rules.LocalizedText;
import id.labinov.reporting.internal.ReportTexts;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Declares a table's columns with the values they take from a row record, then lays out any rows
 * lazily. Headers come from the reporting texts ({@code col.<key>}).
 *
 * @param <T> the row record
 */
final class TableSpec<T> {
  private final Locale locale;
  private final String name;
  private final List<Doc.Column> columns = new ArrayList<>();
  private final List<Function<T, ?>> getters = new ArrayList<>();

  TableSpec(Locale locale, String name) {
    this.locale = locale;
    this.name = name;
  }

  TableSpec<T> col(String key, Function<T, ?> getter) {
    return col(new Doc.Column(key, ReportTexts.text(locale, "col." + key), null), getter);
  }

  /** A column for machines only: JSON, CSV and XLSX carry it, HTML and PDF leave it out. */
  TableSpec<T> data(String key, Function<T, ?> getter) {
    return col(new Doc.Column(key, ReportTexts.text(locale, "col." + key), null, true), getter);
  }

  TableSpec<T> col(Doc.Column column, Function<T, ?> getter) {
    columns.add(column);
    getters.add(getter);
    return this;
  }

  Doc.Table of(Iterable<T> items) {
    List<Function<T, ?>> g = List.copyOf(getters);
    Iterable<Object[]> rows = () -> new Iterator<>() {
      private final Iterator<T> it = items.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Object[] next() {
        T item = it.next();
        Object[] row = new Object[g.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = g.get(i).apply(item);
        }
        return row;
      }
    };
    return new Doc.Table(name, ReportTexts.text(locale, "table." + name), columns, rows,
        items instanceof java.util.Collection<?>);
  }

  /** A label in the report language; {@code null} stays {@code null}. */
  static String label(Labelled value, Locale locale) {
    return value == null ? null : value.label(locale);
  }

  /** A text in the report language; {@code null} stays {@code null}. */
  static String text(LocalizedText value, Locale locale) {
    return value == null ? null : value.in(locale);
  }

  /**
   * The short label of a stage code as the shipped rulebooks name it (the report data carries only
   * the code there), or the code when no shipped rulebook has the stage.
   */
  static String shippedStage(String code, Locale locale) {
    for (id.labinov.core.rules.Rulebook r : SHIPPED) {
      var stage = r.findStage(code);
      if (stage.isPresent()) {
        return stage(stage.get().label(), locale);
      }
    }
    return code;
  }

  private static final List<id.labinov.core.rules.Rulebook> SHIPPED = List.of(
      id.labinov.core.rules.Rulebooks.fiveDPlusOne(2), id.labinov.core.rules.Rulebooks.fiveD(2),
      id.labinov.core.rules.Rulebooks.fiveDPlusOne(1), id.labinov.core.rules.Rulebooks.fiveD(1));

  /**
   * A stage's label as a table shows it: its short form, the name before the explanation in
   * brackets ("Display" for "Display (memamerkan dan menyebarluaskan inovasi)"), so that a row keeps
   * to one line; the full label is in the report's facts, charts and definitions.
   */
  static String stage(LocalizedText value, Locale locale) {
    String full = text(value, locale);
    if (full == null) {
      return null;
    }
    int bracket = full.indexOf(" (");
    return bracket > 0 && full.endsWith(")") ? full.substring(0, bracket) : full;
  }
}
