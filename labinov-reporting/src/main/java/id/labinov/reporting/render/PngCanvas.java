package id.labinov.reporting.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Paints a chart with Java2D into an image (headless: no display is needed) with the bundled font,
 * then encodes it as PNG. Used for the PDF, where inline SVG would need Batik.
 */
final class PngCanvas implements Canvas {
  private final Graphics2D g;

  PngCanvas(Graphics2D g) {
    this.g = g;
  }

  /** Draws a chart at {@code scale} pixels per unit and returns the PNG bytes. */
  static byte[] png(Chart chart, double scale) {
    int w = (int) Math.ceil(ChartDrawer.WIDTH * scale);
    int h = (int) Math.ceil(ChartDrawer.height(chart) * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.scale(scale, scale);
      ChartDrawer.draw(chart, new PngCanvas(g));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void rect(double x, double y, double width, double height, String fill) {
    g.setColor(Color.decode(fill));
    g.fill(new Rectangle2D.Double(x, y, width, height));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
    g.setColor(Color.decode(stroke));
    g.setStroke(new BasicStroke((float) width));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void text(double x, double y, String text, double size, Anchor anchor, boolean bold, String fill) {
    Font font = Fonts.awt(bold, (float) size);
    g.setFont(font);
    g.setColor(Color.decode(fill));
    double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
    double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
    g.drawString(text, (float) left, (float) y);
  }
}
