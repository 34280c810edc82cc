package id.labinov.reporting.render;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws on one PDF page with PDFBox: real text (selectable, found by text extraction) in the bundled
 * DejaVu Sans, embedded as a subset; coordinates in points from the top left corner, as on every
 * {@link Canvas}. Characters the font lacks are written as U+FFFD.
 */
final class PdfCanvas implements Canvas {
  private final PDPageContentStream out;
  private final double pageHeight;
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final java.awt.Font awtRegular = Fonts.awt(false, 10);
  private final java.awt.Font awtBold = Fonts.awt(true, 10);

  PdfCanvas(PDDocument document, PDPageContentStream out, double pageHeight) {
    this.out = out;
    this.pageHeight = pageHeight;
    try {
      this.regular = PDType0Font.load(document, new ByteArrayInputStream(Fonts.bytes(false)), true);
      this.bold = PDType0Font.load(document, new ByteArrayInputStream(Fonts.bytes(true)), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void rect(double x, double y, double width, double height, String fill) {
    try {
      out.setNonStrokingColor(Color.decode(fill));
      out.addRect((float) x, (float) (pageHeight - y - height), (float) width, (float) height);
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
    try {
      out.setStrokingColor(Color.decode(stroke));
      out.setLineWidth((float) width);
      out.moveTo((float) x1, (float) (pageHeight - y1));
      out.lineTo((float) x2, (float) (pageHeight - y2));
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void text(double x, double y, String text, double size, Anchor anchor, boolean isBold, String fill) {
    String t = drawable(text, isBold);
    if (t.isEmpty()) {
      return;
    }
    PDType0Font font = isBold ? bold : regular;
    try {
      double w = font.getStringWidth(t) / 1000 * size;
      double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
      out.beginText();
      out.setFont(font, (float) size);
      out.setNonStrokingColor(Color.decode(fill));
      out.newLineAtOffset((float) left, (float) (pageHeight - y));
      out.showText(t);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with what the font cannot show (controls, most emoji) replaced by U+FFFD. */
  private String drawable(String text, boolean isBold) {
    java.awt.Font f = isBold ? awtBold : awtRegular;
    String v = SafeText.validUnicode(text == null ? "" : text);
    StringBuilder sb = new StringBuilder(v.length());
    v.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || !f.canDisplay(c)) {
        sb.append('\uFFFD');
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
