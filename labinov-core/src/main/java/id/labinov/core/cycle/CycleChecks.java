package id.labinov.core.cycle;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;

/** Shared checks of the cycle's records. */
final class CycleChecks {
  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2200;

  private CycleChecks() {}

  static int year(int year, String field) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException("INVALID_YEAR", field, year, "error.iid.year", String.valueOf(MIN_YEAR),
          String.valueOf(MAX_YEAR));
    }
    return year;
  }

  static String note(String note, String field) {
    if (note == null) {
      return null;
    }
    String t = Checks.noControlCharacters(note.strip(), field);
    if (t.isEmpty()) {
      return null;
    }
    if (t.length() > CompetitionEntry.MAX_NOTE) {
      throw new InvalidValueException("VALUE_TOO_LONG", field, t, "error.tooLong", CompetitionEntry.MAX_NOTE);
    }
    return t;
  }
}
