package id.labinov.reporting.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled font: DejaVu Sans, regular and bold (Bitstream Vera licence, in {@code
 * fonts/LICENSE-DejaVu.txt} beside them). It covers Latin with all diacritics used in Indonesian and
 * regional names, and is embedded (subset) in every PDF and used for the PNG charts, so output does
 * not depend on the fonts of the machine.
 */
final class Fonts {
  /** The family name the PDF's CSS uses. */
  static final String FAMILY = "DejaVu Sans";
  private static final String DIR = "/id/labinov/reporting/fonts/";

  private Fonts() {}

  /** Bytes of the regular or bold face (read once, on first use). */
  static byte[] bytes(boolean bold) {
    return bold ? Holder.BOLD : Holder.REGULAR;
  }

  /** An AWT font of the given size and weight. */
  static Font awt(boolean bold, float size) {
    return (bold ? Holder.AWT_BOLD : Holder.AWT_REGULAR).deriveFont(size);
  }

  private static final class Holder {
    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final Font AWT_REGULAR = font(REGULAR);
    static final Font AWT_BOLD = font(BOLD);

    private static byte[] read(String name) {
      try (InputStream in = Fonts.class.getResourceAsStream(DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DIR + name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Font font(byte[] bytes) {
      try {
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
      } catch (FontFormatException e) {
        throw new IllegalStateException("bundled font is not TrueType", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
