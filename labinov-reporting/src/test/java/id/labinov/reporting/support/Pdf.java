package id.labinov.reporting.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back with PDFBox: text, pages, fonts, and a rendering. */
public final class Pdf {
  public final int pages;
  public final String text;
  public final List<String> pageTexts;
  /** The text without the page furniture (running header, footer with page numbers). */
  public final String body;
  public final List<PDRectangle> sizes;
  public final List<String> fonts;
  public final List<Boolean> embedded;
  /** Text positions that fall outside their page (x, y, glyph). */
  public final List<String> outside;

  private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile(
      "(Laboratorium Inovasi Daerah|Regional Innovation Lab)?\\s*(Halaman \\d+ dari \\d+|Page \\d+ of \\d+)|"
          + "Laboratorium Inovasi Daerah|Regional Innovation Lab");

  private Pdf(byte[] bytes) {
    try (PDDocument d = Loader.loadPDF(bytes)) {
      pages = d.getNumberOfPages();
      PDFTextStripper all = new PDFTextStripper();
      text = all.getText(d);
      pageTexts = new ArrayList<>();
      sizes = new ArrayList<>();
      fonts = new ArrayList<>();
      embedded = new ArrayList<>();
      outside = new ArrayList<>();
      for (int i = 1; i <= pages; i++) {
        PDFTextStripper one = new PDFTextStripper();
        one.setStartPage(i);
        one.setEndPage(i);
        pageTexts.add(one.getText(d));
        PDPage page = d.getPage(i - 1);
        sizes.add(page.getMediaBox());
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          fonts.add(f.getName());
          embedded.add(f.isEmbedded());
        }
      }
      StringBuilder b = new StringBuilder();
      for (String page : pageTexts) {
        for (String line : page.split("\\R")) {
          if (!line.startsWith("LABINOV \u00b7") && !FOOTER.matcher(line).matches()) {
            b.append(line).append('\n');
          }
        }
      }
      body = b.toString();
      float w = d.getPage(0).getMediaBox().getWidth();
      float h = d.getPage(0).getMediaBox().getHeight();
      PDFTextStripper bounds = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition t) {
          if (t.getXDirAdj() < 0 || t.getXDirAdj() + t.getWidthDirAdj() > w + 0.5 || t.getYDirAdj() < 0
              || t.getYDirAdj() > h) {
            outside.add(t.getXDirAdj() + "," + t.getYDirAdj() + " " + t.getUnicode());
          }
          super.processTextPosition(t);
        }
      };
      bounds.getText(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Pdf read(byte[] bytes) {
    return new Pdf(bytes);
  }

  /** Renders one page (from 0) at the given resolution. */
  public static BufferedImage render(byte[] bytes, int page, float dpi) {
    try (PDDocument d = Loader.loadPDF(bytes)) {
      return new PDFRenderer(d).renderImageWithDPI(page, dpi, ImageType.RGB);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with line breaks and runs of blanks as single spaces, for phrase searches. */
  public String flat() {
    return text.replaceAll("\\s+", " ");
  }
}
