package id.labinov.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps notes that would only repeat or obscure the tool's own output off the terminal, through
 * {@code java.util.logging} (where {@link System.Logger} and PDFBox's commons-logging write, the tool
 * having no SLF4J provider):
 *
 * <ul>
 *   <li>labinov's own notes below WARNING, e.g. "applying schema version 1" while {@code migrate}
 *       prints its own line.
 *   <li>PDFBox's "Using fallback font LiberationSans for base font Symbol", written for every PDF:
 *       the layout library registers the 14 standard PDF fonts with each document and PDFBox warns
 *       when no installed font can draw one of them (Symbol, on most Linux machines). The reports
 *       embed DejaVu Sans and use none of those fonts; other PDFBox warnings still show.
 * </ul>
 */
final class QuietLogs {
  /** The PDFBox font classes that warn about fallback fonts (commons-logging names loggers by class). */
  private static final List<String> PDFBOX_FONTS = Stream.of("PDType1Font", "PDType1CFont", "PDTrueTypeFont",
      "PDCIDFontType0", "PDCIDFontType2").map(c -> "org.apache.pdfbox.pdmodel.font." + c).toList();
  /** The loggers configured, held here because {@code java.util.logging} keeps loggers only weakly. */
  private static final List<Logger> CONFIGURED =
      Stream.concat(Stream.of("id.labinov"), PDFBOX_FONTS.stream()).map(Logger::getLogger).toList();

  private QuietLogs() {}

  /** Quiets labinov's notes below WARNING and PDFBox's font fallback warnings; safe to call again. */
  static void install() {
    CONFIGURED.get(0).setLevel(Level.WARNING);
    for (Logger font : CONFIGURED.subList(1, CONFIGURED.size())) {
      font.setFilter(QuietLogs::isNotAFontFallback);
    }
  }

  /** Tells whether a record is anything but PDFBox's note that it draws a font with a fallback. */
  static boolean isNotAFontFallback(LogRecord record) {
    String message = record.getMessage();
    return message == null || !message.startsWith("Using fallback font");
  }
}
