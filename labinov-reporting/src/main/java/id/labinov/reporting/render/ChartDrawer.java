package id.labinov.reporting.render;

import id.labinov.reporting.render.Canvas.Anchor;
import java.util.List;

/**
 * Lays out a {@link Chart} on a {@link Canvas} 720 units wide; the same geometry gives the SVG of the
 * HTML and the PNG of the PDF. Labels are cut to fit with an ellipsis (tables hold them whole).
 */
final class ChartDrawer {
  static final double WIDTH = 720;
  private static final double ROW = 30;
  private static final double BAR = 18;
  private static final double TOP = 10;
  private static final double LABEL_END = 246;
  private static final double BAR_START = 256;
  private static final double BAR_END = WIDTH - 118;
  private static final double COLUMNS_HEIGHT = 260;
  private static final double TEXT_SIZE = 12;
  static final String INK = "#1b1f24";
  private static final String AXIS = "#57606a";
  private static final String GRID = "#d8dee4";
  private static final String[] FUNNEL = {"#0b3d91", "#1f5fa8", "#2f7fc1", "#4a9bd6", "#6cb4e4", "#93cbee"};
  private static final String BAR_COLOUR = "#1f5fa8";
  private static final String RANGE_COLOUR = "#2f7fc1";
  private static final String WHISKER = "#0b3d91";
  private static final String COLUMN_COLOUR = "#c2571a";

  private ChartDrawer() {}

  /** The chart's height in the same units as {@link #WIDTH}. */
  static double height(Chart chart) {
    return chart.kind() == Chart.Kind.COLUMNS ? COLUMNS_HEIGHT : TOP * 2 + Math.max(1, chart.bars().size()) * ROW;
  }

  static void draw(Chart chart, Canvas c) {
    c.rect(0, 0, WIDTH, height(chart), "#ffffff");
    if (chart.kind() == Chart.Kind.COLUMNS) {
      columns(chart, c);
    } else {
      rows(chart, c);
    }
  }

  private static void rows(Chart chart, Canvas c) {
    double max = chart.max();
    double span = BAR_END - BAR_START;
    List<Chart.Bar> bars = chart.bars();
    boolean funnel = chart.kind() == Chart.Kind.FUNNEL;
    if (!funnel) {
      for (int i = 1; i <= 4; i++) {
        double x = BAR_START + span * i / 4;
        c.line(x, TOP, x, TOP + bars.size() * ROW, GRID, 1);
      }
    }
    for (int i = 0; i < bars.size(); i++) {
      Chart.Bar b = bars.get(i);
      double top = TOP + i * ROW + (ROW - BAR) / 2;
      double baseline = top + BAR / 2 + TEXT_SIZE * 0.35;
      c.text(LABEL_END, baseline, fit(shortLabel(b.label()), LABEL_END - 4, TEXT_SIZE), TEXT_SIZE, Anchor.END, false,
          INK);
      double w = Math.max(0, b.value()) / max * span;
      if (funnel) {
        double x = BAR_START + (span - w) / 2;
        c.rect(x, top, w, BAR, FUNNEL[Math.min(i, FUNNEL.length - 1)]);
      } else {
        c.rect(BAR_START, top, w, BAR, chart.kind() == Chart.Kind.RANGES ? RANGE_COLOUR : BAR_COLOUR);
      }
      if (b.low() != null && b.high() != null) {
        double lo = BAR_START + b.low() / max * span;
        double hi = BAR_START + b.high() / max * span;
        double mid = top + BAR / 2;
        c.line(lo, mid, hi, mid, WHISKER, 2);
        c.line(lo, mid - 6, lo, mid + 6, WHISKER, 2);
        c.line(hi, mid - 6, hi, mid + 6, WHISKER, 2);
      }
      double end = funnel ? BAR_END : Math.max(BAR_START + w, b.high() == null ? 0 : BAR_START + b.high() / max * span);
      c.text(end + 6, baseline, fit(b.valueText(), WIDTH - end - 8, TEXT_SIZE), TEXT_SIZE, Anchor.START, true, INK);
    }
    if (!funnel) {
      c.line(BAR_START, TOP, BAR_START, TOP + bars.size() * ROW, AXIS, 1.5);
    }
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
      c.text(cx, bottom + 18, fit(b.label(), slot - 2, 11), 11, Anchor.MIDDLE, false, INK);
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
   * Cuts text to what fits a width, measured with the bundled bold DejaVu Sans (the wider face), so
   * the cut is the same for SVG and PNG and on every machine.
   */
  static String fit(String text, double width, double size) {
    String t = text == null ? "" : text.strip();
    // no glyph is narrower than a quarter of the size: longer text never fits, so measure only a prefix
    int most = (int) (width / (size * 0.25)) + 2;
    if (t.codePointCount(0, t.length()) > most) {
      t = t.substring(0, t.offsetByCodePoints(0, most));
    } else if (width(t, size) <= width) {
      return t;
    }
    int end = t.length();
    while (end > 0) {
      end = t.offsetByCodePoints(end, -1);
      String cut = t.substring(0, end).strip() + "\u2026";
      if (width(cut, size) <= width) {
        return cut;
      }
    }
    return "";
  }

  private static double width(String text, double size) {
    return Fonts.awt(true, (float) size).getStringBounds(text, FRC).getWidth();
  }

  private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);
}
