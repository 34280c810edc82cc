package id.labinov.reporting.render;

import id.labinov.reporting.render.Canvas.Anchor;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link Chart} on a {@link Canvas} 720 units wide; the same geometry gives the SVG of the
 * HTML and the PNG of the PDF. Text is measured with the bundled DejaVu Sans, so the layout is the
 * same on every machine: the label area is as wide as the longest label needs (up to {@value
 * #MAX_LABEL} units; a longer label wraps to two lines, and only what does not fit on two lines is cut,
 * its full text then in a tooltip), and the value texts get the room they need on the right. Bar charts
 * have a value axis with ticks at round numbers; stacked bars have a legend.
 */
final class ChartDrawer {
  static final double WIDTH = 720;
  private static final double PAD = 8;
  private static final double ROW = 30;
  private static final double ROW_TWO_LINES = 40;
  private static final double LINE = 14;
  private static final double BAR = 18;
  private static final double TOP = 10;
  private static final double MAX_LABEL = 300;
  private static final double AXIS_TICKS = 20;
  private static final double AXIS_TITLE = 16;
  private static final double LEGEND_ROW = 20;
  private static final double SWATCH = 12;
  private static final double COLUMNS_HEIGHT = 260;
  private static final double TEXT_SIZE = 12;
  private static final double SMALL = 11;
  static final String INK = "#1b1f24";
  private static final String AXIS = "#57606a";
  private static final String GRID = "#d8dee4";
  /** Stage colours, first stage darkest; the funnel and the stacked bars use them in the same order. */
  static final String[] STAGES = {"#0b3d91", "#1f5fa8", "#2f7fc1", "#4a9bd6", "#6cb4e4", "#93cbee"};
  /** How many of {@link #STAGES}, from the first, are dark enough for white text. */
  private static final int DARK = 3;
  private static final String BAR_COLOUR = "#1f5fa8";
  private static final String RANGE_COLOUR = "#2f7fc1";
  private static final String WHISKER = "#0b3d91";
  private static final String COLUMN_COLOUR = "#c2571a";

  private ChartDrawer() {}

  /** The chart's height in the same units as {@link #WIDTH}. */
  static double height(Chart chart) {
    return chart.kind() == Chart.Kind.COLUMNS ? COLUMNS_HEIGHT : Geometry.of(chart).height;
  }

  static void draw(Chart chart, Canvas c) {
    c.rect(0, 0, WIDTH, height(chart), "#ffffff");
    if (chart.kind() == Chart.Kind.COLUMNS) {
      columns(chart, c);
    } else {
      rows(chart, Geometry.of(chart), c);
    }
  }

  /** Where everything of a row chart goes, from the measured texts. */
  private static final class Geometry {
    double labelEnd;
    double barStart;
    double barEnd;
    double row;
    double rowsTop;
    double rowsBottom;
    double height;
    /** The scale's top (a multiple of {@link #step}) and the distance between ticks. */
    double scale;
    double step;
    boolean axis;
    final List<List<String>> labels = new ArrayList<>();
    final List<Boolean> cut = new ArrayList<>();
    /** Legend items: x and y of each swatch (y is the row's middle). */
    final List<double[]> legend = new ArrayList<>();

    static Geometry of(Chart chart) {
      Geometry g = new Geometry();
      boolean funnel = chart.kind() == Chart.Kind.FUNNEL;
      g.axis = !funnel;
      double longest = 0;
      for (Chart.Bar b : chart.bars()) {
        longest = Math.max(longest, width(shortLabel(b.label()), TEXT_SIZE, false));
      }
      double labelWidth = Math.min(MAX_LABEL, Math.ceil(longest) + 2);
      boolean twoLines = false;
      for (Chart.Bar b : chart.bars()) {
        String label = shortLabel(b.label());
        List<String> lines = wrap(label, labelWidth, TEXT_SIZE);
        g.labels.add(lines);
        g.cut.add(!String.join(" ", lines).equals(label.replaceAll("\\s+", " ")));
        twoLines |= lines.size() > 1;
      }
      g.row = twoLines ? ROW_TWO_LINES : ROW;
      g.labelEnd = PAD + labelWidth;
      g.barStart = g.labelEnd + 10;
      double value = 0;
      for (Chart.Bar b : chart.bars()) {
        value = Math.max(value, width(b.valueText(), TEXT_SIZE, true));
      }
      g.barEnd = Math.max(g.barStart + 160, WIDTH - PAD - Math.ceil(value) - 8);
      double top = TOP;
      if (chart.kind() == Chart.Kind.STACKED) {
        double x = PAD;
        double y = TOP + LEGEND_ROW / 2;
        for (String s : chart.series()) {
          double w = SWATCH + 5 + width(s, SMALL, false) + 16;
          if (x > PAD && x + w > WIDTH - PAD) {
            x = PAD;
            y += LEGEND_ROW;
          }
          g.legend.add(new double[] {x, y});
          x += w;
        }
        top = y + LEGEND_ROW / 2 + 8;
      }
      g.rowsTop = top;
      g.rowsBottom = top + Math.max(1, chart.bars().size()) * g.row;
      double max = chart.max();
      if (g.axis) {
        g.step = step(max);
        g.scale = Math.ceil(max / g.step - 1e-9) * g.step;
      } else {
        g.scale = max;
      }
      g.height = g.rowsBottom + (g.axis ? AXIS_TICKS + (chart.axisTitle() == null ? 0 : AXIS_TITLE) : 0) + TOP;
      return g;
    }
  }

  /** A round distance between ticks (1, 2 or 5 times a power of ten, at least 1) giving about five ticks. */
  static double step(double max) {
    double raw = Math.max(1, max / 5);
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= raw - 1e-9) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static void rows(Chart chart, Geometry g, Canvas c) {
    double span = g.barEnd - g.barStart;
    List<Chart.Bar> bars = chart.bars();
    boolean funnel = chart.kind() == Chart.Kind.FUNNEL;
    boolean stacked = chart.kind() == Chart.Kind.STACKED;
    for (int i = 0; i < g.legend.size(); i++) {
      double[] at = g.legend.get(i);
      c.rect(at[0], at[1] - SWATCH / 2, SWATCH, SWATCH, colour(i));
      c.text(at[0] + SWATCH + 5, at[1] + SMALL * 0.35, chart.series().get(i), SMALL, Anchor.START, false, INK);
    }
    if (g.axis) {
      for (double v = 0; v <= g.scale + 1e-9; v += g.step) {
        double x = g.barStart + span * v / g.scale;
        if (v > 0) {
          c.line(x, g.rowsTop, x, g.rowsBottom, GRID, 1);
        }
        c.line(x, g.rowsBottom, x, g.rowsBottom + 4, AXIS, 1);
        c.text(x, g.rowsBottom + 15, chart.number().apply(Math.round(v)), SMALL, Anchor.MIDDLE, false, AXIS);
      }
      if (chart.axisTitle() != null) {
        c.text(g.barStart + span / 2, g.rowsBottom + AXIS_TICKS + 11, chart.axisTitle(), SMALL, Anchor.MIDDLE, false,
            AXIS);
      }
    }
    for (int i = 0; i < bars.size(); i++) {
      Chart.Bar b = bars.get(i);
      double middle = g.rowsTop + i * g.row + g.row / 2;
      double top = middle - BAR / 2;
      double baseline = middle + TEXT_SIZE * 0.35;
      List<String> lines = g.labels.get(i);
      if (g.cut.get(i)) {
        c.beginTitled(b.label());
      }
      for (int k = 0; k < lines.size(); k++) {
        double y = baseline + (k - (lines.size() - 1) / 2.0) * LINE;
        c.text(g.labelEnd, y, lines.get(k), TEXT_SIZE, Anchor.END, false, INK);
      }
      if (g.cut.get(i)) {
        c.end();
      }
      double w = Math.max(0, b.value()) / g.scale * span;
      if (funnel) {
        c.rect(g.barStart + (span - w) / 2, top, w, BAR, STAGES[Math.min(i, STAGES.length - 1)]);
      } else if (stacked) {
        double x = g.barStart;
        for (int p = 0; p < b.parts().size(); p++) {
          double part = Math.max(0, b.parts().get(p)) / g.scale * span;
          if (part <= 0) {
            continue;
          }
          c.rect(x, top, part, BAR, colour(p));
          String n = chart.number().apply(Math.round(b.parts().get(p)));
          if (width(n, SMALL, false) + 6 <= part) {
            c.text(x + part / 2, middle + SMALL * 0.35, n, SMALL, Anchor.MIDDLE, false,
                p % STAGES.length < DARK ? "#ffffff" : INK);
          }
          x += part;
        }
      } else {
        c.rect(g.barStart, top, w, BAR, chart.kind() == Chart.Kind.RANGES ? RANGE_COLOUR : BAR_COLOUR);
      }
      if (b.low() != null && b.high() != null) {
        double lo = g.barStart + b.low() / g.scale * span;
        double hi = g.barStart + b.high() / g.scale * span;
        c.line(lo, middle, hi, middle, WHISKER, 2);
        c.line(lo, middle - 6, lo, middle + 6, WHISKER, 2);
        c.line(hi, middle - 6, hi, middle + 6, WHISKER, 2);
      }
      double end = funnel ? g.barEnd
          : Math.max(g.barStart + w, b.high() == null ? 0 : g.barStart + b.high() / g.scale * span);
      c.text(end + 6, baseline, b.valueText(), TEXT_SIZE, Anchor.START, true, INK);
    }
    if (g.axis) {
      c.line(g.barStart, g.rowsTop, g.barStart, g.rowsBottom, AXIS, 1.5);
      c.line(g.barStart, g.rowsBottom, g.barEnd, g.rowsBottom, AXIS, 1);
    }
  }

  private static String colour(int i) {
    return STAGES[i % STAGES.length];
  }

  private static void columns(Chart chart, Canvas c) {
    double left = 16;
    double right = WIDTH - 16;
    double top = 28;
    double bottom = COLUMNS_HEIGHT - 46;
    double max = chart.max();
    List<Chart.Bar> bars = chart.bars();
    double slot = (right - left) / Math.max(1, bars.size());
    for (int i = 1; i <= 4; i++) {
      double y = bottom - (bottom - top) * i / 4;
      c.line(left, y, right, y, GRID, 1);
    }
    for (int i = 0; i < bars.size(); i++) {
      Chart.Bar b = bars.get(i);
      double h = Math.max(0, b.value()) / max * (bottom - top);
      double x = left + i * slot + slot * 0.15;
      c.rect(x, bottom - h, slot * 0.7, h, COLUMN_COLOUR);
      double cx = left + i * slot + slot / 2;
      c.text(cx, bottom - h - 6, fit(b.valueText(), slot, TEXT_SIZE), TEXT_SIZE, Anchor.MIDDLE, true, INK);
      c.text(cx, bottom + 18, fit(b.label(), slot - 2, SMALL), SMALL, Anchor.MIDDLE, false, INK);
    }
    c.line(left, bottom, right, bottom, AXIS, 1.5);
  }

  /**
   * A label without a closing parenthetical ("Drum-up (membangun semangat...)" gives "Drum-up"); the
   * chart's text alternative and the tables keep it whole.
   */
  static String shortLabel(String label) {
    String t = label == null ? "" : label.strip();
    int open = t.indexOf(" (");
    return open > 0 && t.endsWith(")") ? t.substring(0, open) : t;
  }

  /**
   * A label on one line if it fits the width, else on two, split between words; what does not fit on
   * two lines is cut with an ellipsis (a word longer than the width too).
   */
  static List<String> wrap(String text, double width, double size) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (width(t, size, false) <= width) {
      return List.of(t);
    }
    String[] words = t.split(" ");
    StringBuilder first = new StringBuilder(words[0]);
    int next = 1;
    while (next < words.length && width(first + " " + words[next], size, false) <= width) {
      first.append(' ').append(words[next++]);
    }
    String rest = String.join(" ", java.util.Arrays.asList(words).subList(next, words.length));
    if (rest.isEmpty()) {
      return List.of(fit(first.toString(), width, size, false));
    }
    return List.of(fit(first.toString(), width, size, false), fit(rest, width, size, false));
  }

  /**
   * Cuts text to what fits a width, measured with the bundled bold DejaVu Sans (the wider face), so
   * the cut is the same for SVG and PNG and on every machine.
   */
  static String fit(String text, double width, double size) {
    return fit(text, width, size, true);
  }

  /** Cuts text to what fits a width in the regular or bold face. */
  static String fit(String text, double width, double size, boolean bold) {
    String t = text == null ? "" : text.strip();
    // no glyph is narrower than a quarter of the size: longer text never fits, so measure only a prefix
    int most = (int) (width / (size * 0.25)) + 2;
    if (t.codePointCount(0, t.length()) > most) {
      t = t.substring(0, t.offsetByCodePoints(0, most));
    } else if (width(t, size, bold) <= width) {
      return t;
    }
    int end = t.length();
    while (end > 0) {
      end = t.offsetByCodePoints(end, -1);
      String cut = t.substring(0, end).strip() + "\u2026";
      if (width(cut, size, bold) <= width) {
        return cut;
      }
    }
    return "";
  }

  /** The width of a text in the bundled font (regular or bold) at a size. */
  static double width(String text, double size, boolean bold) {
    return Fonts.awt(bold, (float) size).getStringBounds(text == null ? "" : text, FRC).getWidth();
  }

  private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);
}
