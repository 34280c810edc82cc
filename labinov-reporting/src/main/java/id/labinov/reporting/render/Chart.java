package id.labinov.reporting.render;

import java.util.List;
import java.util.function.LongFunction;

/**
 * A chart as data, drawn the same way as SVG (HTML) and as a PNG (PDF) by {@link ChartDrawer}.
 *
 * @param kind how the bars are laid out
 * @param title the chart's title in the report's language
 * @param description the text alternative: every bar's label and value, in words
 * @param bars the bars, in order
 * @param series for {@link Kind#STACKED}: the label of each part of a bar, in order (the legend);
 *     empty otherwise
 * @param axisTitle what the value axis counts ("Jumlah inovasi"), or {@code null} for none
 * @param number how the value axis writes a whole number in the report's language
 */
record Chart(Kind kind, String title, String description, List<Bar> bars, List<String> series, String axisTitle,
    LongFunction<String> number) {
  Chart {
    bars = List.copyOf(bars);
    series = List.copyOf(series);
  }

  /** How bars are laid out. */
  enum Kind {
    /** Horizontal bars from a common base line, with a value axis. */
    BARS,
    /** Horizontal bars centred on one axis, widest first: a funnel. */
    FUNNEL,
    /** Horizontal bars with a whisker from a low to a high value (e.g. median with min and max). */
    RANGES,
    /** Horizontal bars made of parts (one per {@link Chart#series()}), with a legend and a value axis. */
    STACKED,
    /** Vertical columns (a distribution). */
    COLUMNS
  }

  /**
   * One bar.
   *
   * @param label what it counts (wrapped to two lines at most; a longer one is cut, its full text in a
   *     tooltip; the table holds it whole)
   * @param value its length
   * @param valueText the value as written next to the bar, in the report's language
   * @param low the whisker's low end, or {@code null}
   * @param high the whisker's high end, or {@code null}
   * @param parts for {@link Kind#STACKED}: the length of each part, aligned with the series; empty
   *     otherwise
   */
  record Bar(String label, double value, String valueText, Double low, Double high, List<Double> parts) {
    Bar {
      parts = List.copyOf(parts);
    }

    Bar(String label, double value, String valueText, Double low, Double high) {
      this(label, value, valueText, low, high, List.of());
    }

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
