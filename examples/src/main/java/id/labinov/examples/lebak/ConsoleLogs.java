package id.labinov.examples.lebak;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps other people's notes off the example's console, through {@code java.util.logging} (where
 * {@link System.Logger} and, without an SLF4J provider, PDFBox's commons-logging write):
 *
 * <ul>
 *   <li>labinov's own notes below WARNING, e.g. the JDBC module's "applying schema version 1" at INFO.
 *       The library keeps writing them; a host that wants them sets the level of {@code id.labinov}.
 *   <li>PDFBox's "Using fallback font LiberationSans for base font Symbol". The PDF renderer's layout
 *       library (openhtmltopdf) registers the 14 standard PDF fonts for every document; PDFBox then
 *       looks for an installed font to draw each of them, and where none matches (Symbol, on most
 *       Linux machines) it warns that it uses a fallback. The reports never use those fonts (they
 *       embed DejaVu Sans), so the warning says nothing about them; other PDFBox warnings still show.
 * </ul>
 */
final class ConsoleLogs {
  /** The PDFBox font classes that warn about fallback fonts (commons-logging names loggers by class). */
  private static final List<String> PDFBOX_FONTS = Stream.of("PDType1Font", "PDType1CFont", "PDTrueTypeFont",
      "PDCIDFontType0", "PDCIDFontType2").map(c -> "org.apache.pdfbox.pdmodel.font." + c).toList();
  /** The loggers configured, held here because {@code java.util.logging} keeps loggers only weakly. */
  private static final List<Logger> CONFIGURED =
      Stream.concat(Stream.of("id.labinov"), PDFBOX_FONTS.stream()).map(Logger::getLogger).toList();

  private ConsoleLogs() {}

  /** Quiets labinov's notes below WARNING and PDFBox's font fallback warnings; safe to call again. */
  static void quiet() {
    CONFIGURED.get(0).setLevel(Level.WARNING);
    for (Logger font : CONFIGURED.subList(1, CONFIGURED.size())) {
      font.setFilter(ConsoleLogs::isNotAFontFallback);
    }
  }

  /** Tells whether a record is anything but PDFBox's note that it draws a font with a fallback. */
  static boolean isNotAFontFallback(LogRecord record) {
    String message = record.getMessage();
    return message == null || !message.startsWith("Using fallback font");
  }
}
