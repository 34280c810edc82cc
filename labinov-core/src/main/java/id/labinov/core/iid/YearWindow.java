package id.labinov.core.iid;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window of whole years relative to the IID year, as the index writes it: {@code T-2..T-0} is
 * 1 January two years before the IID year to 31 December of the IID year (for 2025: 2023-2025).
 *
 * @param text the window as written
 * @param earliest how many years before T-0 it starts (the 2 of T-2)
 * @param latest how many years before T-0 it ends (the 0 of T-0)
 */
record YearWindow(String text, int earliest, int latest) {
  private static final Pattern SHAPE = Pattern.compile("T-([0-9])\\.\\.T-([0-9])");

  /**
   * Parses {@code T-a..T-b} with {@code a >= b}.
   *
   * @param text the window
   * @return the window, or empty if malformed
   */
  static Optional<YearWindow> parse(String text) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int earliest = Integer.parseInt(m.group(1));
    int latest = Integer.parseInt(m.group(2));
    return earliest < latest ? Optional.empty() : Optional.of(new YearWindow(text, earliest, latest));
  }

  int from(int year) {
    return year - earliest;
  }

  int to(int year) {
    return year - latest;
  }

  boolean contains(LocalDate date, int year) {
    return date.getYear() >= from(year) && date.getYear() <= to(year);
  }
}
