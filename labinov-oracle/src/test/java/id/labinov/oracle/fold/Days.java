package id.labinov.oracle.fold;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days in stage, as the oracle reads the documentation ("calendar days in the region's zone,
 * excluding hold and dropped periods"; {@code StageDuration}, {@code StageStatistics},
 * {@code RuleContext.daysExcludingPauses}: "the calendar days from entered to until, less the calendar
 * days of each pause").
 *
 * <p>Reading, where the words leave room: a day is counted at each local midnight (in the region's
 * zone) that passes while the stay runs and is not paused. A stay runs over {@code (entered, end]}: a
 * midnight at the very instant of entry is not counted, one at the instant the stay ends is. A pause
 * covers {@code (start, end]} the same way, so a midnight at the instant a hold begins still counts and
 * one at the instant it is resumed does not. A stay ends when the innovation leaves the stage; a current
 * stay of a dropped innovation ends at the drop (its dropped period is not counted); any other current
 * stay is measured to the report time. A hold of a few hours that crosses no midnight costs no day;
 * one from 23:00 to 01:00 costs one. This is a count of midnights, day by day, deliberately not the
 * subtraction of date differences the library uses, so that the two meet only if both are right.
 */
public final class Days {
  private Days() {}

  /**
   * Counts a stay's days.
   *
   * @param stay the stay
   * @param end when the stay ends (left, dropped, or the report time for a running stay)
   * @param zone the region's zone
   * @return the days, never negative
   */
  public static long count(Stay stay, Instant end, ZoneId zone) {
    long days = 0;
    LocalDate day = stay.enteredAt().atZone(zone).toLocalDate().plusDays(1);
    while (true) {
      Instant midnight = day.atStartOfDay(zone).toInstant();
      if (midnight.isAfter(end)) {
        return days;
      }
      if (!paused(stay, midnight, end)) {
        days++;
      }
      day = day.plusDays(1);
    }
  }

  private static boolean paused(Stay stay, Instant midnight, Instant end) {
    for (Pause p : stay.pauses()) {
      Instant until = p.end() == null || p.end().isAfter(end) ? end : p.end();
      if (midnight.isAfter(p.start()) && !midnight.isAfter(until)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns when a stay ends for counting: when it was left; for the current stay of a dropped
   * innovation, the drop; otherwise the report time.
   *
   * @param innovation the innovation
   * @param stay one of its stays
   * @param reportTime the report time
   * @return the end
   */
  public static Instant end(Folded innovation, Stay stay, Instant reportTime) {
    if (!stay.current()) {
      return stay.leftAt();
    }
    return innovation.dropped() ? innovation.lastDrop() : reportTime;
  }
}
