package id.labinov.reporting.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes a chart as SVG elements (coordinates rounded to 0.1, so the bytes are the same on every JDK). */
final class SvgCanvas implements Canvas {
  private final StringBuilder out;

  SvgCanvas(StringBuilder out) {
    this.out = out;
  }

  @Override
  public void rect(double x, double y, double width, double height, String fill) {
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
        .append("\" height=\"").append(n(height)).append("\" fill=\"").append(fill).append("\"/>");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append("\"/>");
  }

  @Override
  public void text(double x, double y, String text, double size, Anchor anchor, boolean bold, String fill) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
        .append('"');
    if (anchor != Anchor.START) {
      out.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    if (bold) {
      out.append(" font-weight=\"bold\"");
    }
    out.append(" fill=\"").append(fill).append("\">").append(Xml.text(text)).append("</text>");
  }

  @Override
  public void beginTitled(String title) {
    out.append("<g><title>").append(Xml.text(title)).append("</title>");
  }

  @Override
  public void end() {
    out.append("</g>");
  }

  static String n(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
