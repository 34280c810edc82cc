package id.labinov.reporting.render;

/**
 * Where {@link ChartDrawer} draws: coordinates in the chart's own units (a 720 wide view), colours as
 * {@code #rrggbb}. {@link SvgCanvas} writes SVG elements, {@link PngCanvas} paints with Java2D.
 */
interface Canvas {
  /** Where a text is anchored horizontally. */
  enum Anchor {
    /** The text starts at x. */
    START,
    /** The text is centred on x. */
    MIDDLE,
    /** The text ends at x. */
    END
  }

  /** Fills a rectangle. */
  void rect(double x, double y, double width, double height, String fill);

  /** Draws a line. */
  void line(double x1, double y1, double x2, double y2, String stroke, double width);

  /** Writes one line of text with its baseline at y. */
  void text(double x, double y, String text, double size, Anchor anchor, boolean bold, String fill);

  /**
   * Starts a group whose full text shows as a tooltip (for a label that had to be cut); a picture
   * has no tooltips, so by default nothing happens.
   */
  default void beginTitled(String title) {}

  /** Ends the group started by {@link #beginTitled}. */
  default void end() {}
}
