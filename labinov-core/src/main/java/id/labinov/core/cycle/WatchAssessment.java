package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one displayed innovation stands in the sustainability watch on a day.
 *
 * @param state watched, at risk or lapsed
 * @param watchedSince the day the watch started (the innovation was displayed)
 * @param lastEntry the day of the latest monitoring entry on or before the day assessed, or empty
 * @param entryDays how many distinct days have monitoring entries, from the start of the watch up to the day assessed
 * @param nextDue the day the next entry is due
 * @param overdueDays how many days the next entry is overdue (0 when not yet due)
 */
@Beta
public record WatchAssessment(WatchState state, LocalDate watchedSince, Optional<LocalDate> lastEntry, int entryDays,
    LocalDate nextDue, long overdueDays) {
  /**
   * Validates the parts.
   *
   * @param state the state
   * @param watchedSince the start of the watch
   * @param lastEntry the latest entry, or empty
   * @param entryDays the number of entry days
   * @param nextDue the next due day
   * @param overdueDays the days overdue, 0 or more
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public WatchAssessment {
    Checks.notNull(state, "state");
    Checks.notNull(watchedSince, "watchedSince");
    Checks.notNull(lastEntry, "lastEntry");
    Checks.notNull(nextDue, "nextDue");
    Checks.notNegative(overdueDays, "overdueDays");
    Checks.notNegative(entryDays, "entryDays");
  }
}
