package id.labinov.core.rules;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;

/**
 * A half-open window of local dates {@code [start, end)} in a programme's zone: the phase of the
 * year in which innovations may enter a stage.
 *
 * @param start the first day of the window
 * @param end the first day after the window
 */
public record PhaseWindow(LocalDate start, LocalDate end) {
  /**
   * Validates the window.
   *
   * @param start the first day of the window
   * @param end the first day after the window
   * @throws InvalidValueException with code {@code EMPTY_WINDOW} if {@code end} is not after {@code start}
   */
  public PhaseWindow {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    if (!end.isAfter(start)) {
      throw new InvalidValueException("EMPTY_WINDOW", "end", end, "error.emptyWindow", start);
    }
  }

  /**
   * Creates a window from ISO dates.
   *
   * @param start e.g. {@code "2019-12-12"}
   * @param endExclusive e.g. {@code "2019-12-15"}
   * @return the window
   */
  public static PhaseWindow of(String start, String endExclusive) {
    try {
      return new PhaseWindow(LocalDate.parse(Checks.notBlank(start, "start")), LocalDate.parse(Checks.notBlank(endExclusive, "end")));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidValueException("INVALID_DATE", "window", start + ".." + endExclusive, "error.date");
    }
  }

  /**
   * Tells whether a day is inside the window.
   *
   * @param day the day
   * @return {@code true} if {@code start <= day < end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end);
  }

  /**
   * Tells whether this window and another share a day.
   *
   * @param other the other window
   * @return {@code true} if they overlap
   */
  public boolean overlaps(PhaseWindow other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
