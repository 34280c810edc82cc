package id.labinov.reporting.render;

/**
 * A {@link Canvas} that places a drawing made in its own units (a chart of {@link ChartDrawer}) on
 * another canvas: moved to {@code (x, y)} and scaled, sizes and line widths too.
 */
final class PlacedCanvas implements Canvas {
  private final Canvas target;
  private final double x;
  private final double y;
  private final double scale;

  PlacedCanvas(Canvas target, double x, double y, double scale) {
    this.target = target;
    this.x = x;
    this.y = y;
    this.scale = scale;
  }

  @Override
  public void rect(double rx, double ry, double width, double height, String fill) {
    target.rect(x + rx * scale, y + ry * scale, width * scale, height * scale, fill);
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
    target.line(x + x1 * scale, y + y1 * scale, x + x2 * scale, y + y2 * scale, stroke, width * scale);
  }

  @Override
  public void text(double tx, double ty, String text, double size, Anchor anchor, boolean bold, String fill) {
    target.text(x + tx * scale, y + ty * scale, text, size * scale, anchor, bold, fill);
  }
}
