package id.labinov.reporting.render;

import java.util.List;

/**
 * A chart as data, drawn the same way as SVG (HTML) and as a PNG (PDF) by {@link ChartDrawer}.
 *
 * @param kind how the bars are laid out
 * @param title the chart's title in the report's language
 * @param description the text alternative: every bar's label and value, in words
 * @param bars the bars, in order
 */
record Chart(Kind kind, String title, String description, List<Bar> bars) {
  Chart {
    bars = List.copyOf(bars);
  }

  /** How bars are laid out. */
  enum Kind {
    /** Horizontal bars from a common base line. */
    BARS,
    /** Horizontal bars centred on one axis, widest first: a funnel. */
    FUNNEL,
    /** Horizontal bars with a whisker from a low to a high value (e.g. median with min and max). */
    RANGES,
    /** Vertical columns (a distribution). */
    COLUMNS
  }

  /**
   * One bar.
   *
   * @param label what it counts (drawn cut to fit; the table holds it whole)
   * @param value its length
   * @param valueText the value as written next to the bar, in the report's language
   * @param low the whisker's low end, or {@code null}
   * @param high the whisker's high end, or {@code null}
   */
  record Bar(String label, double value, String valueText, Double low, Double high) {
    static Bar of(String label, double value, String valueText) {
      return new Bar(label, value, valueText, null, null);
    }
  }

  /** The largest value a bar or whisker reaches; at least 1, so an empty chart still has a scale. */
  double max() {
    double m = 1;
    for (Bar b : bars) {
      m = Math.max(m, b.value());
      if (b.high() != null) {
        m = Math.max(m, b.high());
      }
    }
    return m;
  }
}
