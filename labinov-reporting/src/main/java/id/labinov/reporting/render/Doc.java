package id.labinov.reporting.render;

import id.labinov.reporting.data.ReportInfo;
import java.util.List;
import java.util.Optional;

/**
 * The format-neutral layout of a report: facts and tables with stable keys, localized titles and
 * headers, and typed values ({@code String}, {@code Long} for counts, {@code Integer} for ids, years
 * and ranks (never grouped), {@code BigDecimal},
 * {@code LocalDate}, {@code Instant}, {@code Boolean}, or {@code null}).
 */
record Doc(ReportInfo info, String title, List<Fact> facts, List<Table> tables) {
  /**
   * The value of a figure nobody recorded (refused sheets without a refusal log): {@code null} in JSON
   * and plain CSV, "tidak dicatat" / "not recorded" for people, never 0.
   */
  static final Object NOT_RECORDED = new Object() {
    @Override
    public String toString() {
      return "not recorded";
    }
  };

  Doc {
    facts = List.copyOf(facts);
    tables = List.copyOf(tables);
  }

  Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** A named single value. */
  record Fact(String key, String label, Object value) {}

  /**
   * A column: its JSON key, its header, the JSON object it is nested in ({@code null} for none), and
   * whether it is for machines only (JSON, CSV and XLSX carry it; HTML and PDF show a label column that
   * says the same instead).
   */
  record Column(String key, String header, String group, boolean dataOnly) {
    Column(String key, String header, String group) {
      this(key, header, group, false);
    }
  }

  /**
   * A table; its rows are read lazily, one array of values per row, aligned with the columns.
   * {@code inMemory} tells that reading the rows again is cheap (they are held, not read from the
   * store), so a layout may read them twice (the PDF measures the longest word per column).
   */
  record Table(String name, String title, List<Column> columns, Iterable<Object[]> rows, boolean inMemory) {
    Table {
      columns = List.copyOf(columns);
    }
  }
}
