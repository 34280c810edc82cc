package id.labinov.core.rules;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.time.Period;

/**
 * The sustainability watch's settings, part of a rulebook (its optional {@code sustainability}
 * section: the rulebook outlives the programme year). A displayed innovation is expected to get a
 * monitoring entry every {@link #monitoringEvery()}; the next entry is due that long after the last one
 * (or after the innovation was displayed). Overdue by more than {@link #atRiskAfterDays()} days it is at
 * risk, by more than {@link #lapsedAfterDays()} days lapsed.
 *
 * @param monitoringEvery how often an entry is expected (1 day to 1 year; default 3 months, one per quarter)
 * @param atRiskAfterDays days overdue after which it is at risk (default 30)
 * @param lapsedAfterDays days overdue after which it is lapsed (default 180; more than the at-risk days)
 */
@Beta
public record SustainabilitySettings(Period monitoringEvery, int atRiskAfterDays, int lapsedAfterDays) {
  /** The defaults: one entry per quarter, at risk after 30 days overdue, lapsed after 180. */
  public static final SustainabilitySettings DEFAULT = new SustainabilitySettings(Period.ofMonths(3), 30, 180);

  /**
   * Validates the parts.
   *
   * @param monitoringEvery how often an entry is expected
   * @param atRiskAfterDays days overdue for at risk, 0-3650
   * @param lapsedAfterDays days overdue for lapsed, above {@code atRiskAfterDays}, at most 3650
   * @throws InvalidValueException with code {@code OUT_OF_RANGE} naming the bad part
   */
  public SustainabilitySettings {
    Checks.notNull(monitoringEvery, "monitoringEvery");
    Period p = monitoringEvery.normalized();
    long approxDays = p.toTotalMonths() * 31 + p.getDays();
    if (p.isNegative() || p.isZero() || approxDays > 366 || p.getDays() < 0) {
      throw new InvalidValueException("OUT_OF_RANGE", "monitoringEvery", monitoringEvery.toString(),
          "error.cycle.every");
    }
    if (atRiskAfterDays < 0 || atRiskAfterDays > 3650) {
      throw new InvalidValueException("OUT_OF_RANGE", "atRiskAfterDays", atRiskAfterDays, "error.cycle.range", 0, 3650);
    }
    if (lapsedAfterDays <= atRiskAfterDays || lapsedAfterDays > 3650) {
      throw new InvalidValueException("OUT_OF_RANGE", "lapsedAfterDays", lapsedAfterDays, "error.cycle.range",
          atRiskAfterDays + 1, 3650);
    }
  }
}
