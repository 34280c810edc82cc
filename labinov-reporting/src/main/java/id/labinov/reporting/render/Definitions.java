package id.labinov.reporting.render;

import id.labinov.reporting.internal.ReportTexts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The written definition of every figure a report shows, in Indonesian and English, from the
 * reporting texts: {@code def.<report>.facts.<key>} for a single value, {@code def.<table>.<column>}
 * for a table's column (a nested group such as {@code perCriterion} is defined once). JSON carries them
 * in {@code "definitions"}, HTML and PDF in a closing section, README lists them.
 */
final class Definitions {
  /** The section of a report's single values. */
  static final String FACTS = "facts";

  private Definitions() {}

  /**
   * One defined figure.
   *
   * @param section {@code facts} or the table's name
   * @param key the fact's or column's key (a nested group's name)
   * @param label the figure's label in the report's language
   * @param indonesian the definition in Indonesian
   * @param english the definition in English
   */
  record Entry(String section, String key, String label, String indonesian, String english) {
    /** The definition in a language. */
    String in(Locale locale) {
      return locale.getLanguage().equals("en") ? english : indonesian;
    }
  }

  /**
   * The bundle key defining a single value of a report: its own, or, for a fact the one-page summary
   * repeats from the report it comes from (the one-page summary, the IID readiness on one page), that report's (the same figure keeps one definition).
   */
  static String factKey(String reportCode, String key) {
    String own = "def." + reportCode + "." + FACTS + "." + key;
    if (!ReportTexts.isDefined(own)) {
      for (String source : sources(reportCode)) {
        String repeated = "def." + source + "." + FACTS + "." + key;
        if (ReportTexts.isDefined(repeated)) {
          return repeated;
        }
      }
    }
    return own;
  }

  /** The reports whose facts a one-page report repeats (none for the others). */
  private static List<String> sources(String reportCode) {
    if (reportCode.equals(id.labinov.reporting.data.ReportKind.ONE_PAGE_SUMMARY.code())) {
      return OnePageLayout.SOURCES;
    }
    if (reportCode.equals(id.labinov.reporting.data.ReportKind.IID_READINESS_ONE_PAGE.code())) {
      return ReadinessLayouts.SOURCES;
    }
    return List.of();
  }

  /** The bundle key defining a column of a table (by its group when it is nested). */
  static String columnKey(String table, Doc.Column column) {
    return "def." + table + "." + (column.group() != null ? column.group() : column.key());
  }

  static Optional<Entry> find(String key, String section, String figure, String label) {
    if (!ReportTexts.isDefined(key)) {
      return Optional.empty();
    }
    return Optional.of(new Entry(section, figure, label, ReportTexts.text(Locale.ROOT, key),
        ReportTexts.text(Locale.ENGLISH, key)));
  }

  /** Every defined figure of a document, facts first, then table by table, in column order. */
  static List<Entry> of(Doc doc) {
    List<Entry> out = new ArrayList<>();
    String code = doc.info().kind().code();
    for (Doc.Fact f : doc.facts()) {
      find(factKey(code, f.key()), FACTS, f.key(), f.label()).ifPresent(out::add);
    }
    for (Doc.Table t : doc.tables()) {
      Set<String> seen = new LinkedHashSet<>();
      for (Doc.Column c : t.columns()) {
        String figure = c.group() != null ? c.group() : c.key();
        if (seen.add(figure)) {
          String label = c.group() != null ? ReportTexts.text(doc.info().locale(), "col." + c.group()) : c.header();
          find(columnKey(t.name(), c), t.name(), figure, label).ifPresent(out::add);
        }
      }
    }
    return out;
  }
}
