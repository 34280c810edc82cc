package id.labinov.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decimals and dates as people type and read them. A decimal is typed with a comma or a point
 * ({@code 85,5} as an Indonesian spreadsheet writes it, or {@code 85.5}), without thousands
 * separators; it is shown with a comma in Bahasa Indonesia and a point in English. A date is typed
 * as ISO {@code YYYY-MM-DD} and shown in words ({@code 2 Februari 2026}, {@code 2 February 2026}).
 */
final class ValueText {
  /** Up to 15 digits before the separator and 10 after: more is never a score, a value or a mistake worth storing. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,15}([.,]\\d{1,10})?");

  private ValueText() {}

  /**
   * Reads a decimal typed with a comma or a point.
   *
   * @param text what was typed (may be {@code null})
   * @return the value, or empty when the text is not a plain decimal
   */
  static Optional<BigDecimal> decimal(String text) {
    String s = text == null ? "" : text.strip();
    if (!DECIMAL.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s.replace(',', '.')));
  }

  /** A decimal in the user's language: {@code 85,5} in Bahasa Indonesia, {@code 85.5} in English. */
  static String decimal(BigDecimal value, Texts texts) {
    String plain = value.stripTrailingZeros().toPlainString();
    return texts.english() ? plain : plain.replace('.', ',');
  }

  /**
   * Reads an ISO date ({@code 2026-02-02}).
   *
   * @param text what was typed (may be {@code null})
   * @return the date, or empty when the text is not a real ISO date
   */
  static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text == null ? "" : text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A date in words in the user's language: {@code 2 Februari 2026}, {@code 2 February 2026}. */
  static String date(LocalDate value, Texts texts) {
    return DateTimeFormatter.ofPattern("d MMMM uuuu", texts.locale()).format(value);
  }
}
