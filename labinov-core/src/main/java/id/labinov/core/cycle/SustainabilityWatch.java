package id.labinov.core.cycle;

import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Assesses the sustainability watch of a displayed innovation. Pure and thread-safe.
 *
 * <p>Definition: the last entry is the latest monitoring entry dated from the day the watch started up to
 * the day assessed (entries before the display do not count, entries dated later than the day assessed
 * are not yet seen); the next entry is due {@link SustainabilitySettings#monitoringEvery()} after the last
 * entry, or after the start of the watch when there is none; days overdue = the day assessed minus the
 * due day, at least 0. The state is {@link WatchState#LAPSED} when overdue more than
 * {@link SustainabilitySettings#lapsedAfterDays()}, {@link WatchState#AT_RISK} when overdue more than
 * {@link SustainabilitySettings#atRiskAfterDays()}, else {@link WatchState#WATCHED}. A new entry moves the
 * due day forward, so a lapsed innovation is watched again as soon as monitoring resumes.
 */
@Beta
public final class SustainabilityWatch {
  private SustainabilityWatch() {}

  /**
   * Assesses.
   *
   * @param settings the watch's settings
   * @param watchedSince the day the innovation was displayed
   * @param entryDays the days of its monitoring entries (any order, repeats allowed)
   * @param today the day assessed (in the region's zone)
   * @return the assessment
   * @throws id.labinov.core.error.InvalidValueException naming a missing argument or element
   */
  public static WatchAssessment assess(SustainabilitySettings settings, LocalDate watchedSince,
      Collection<LocalDate> entryDays, LocalDate today) {
    Checks.notNull(settings, "settings");
    Checks.notNull(watchedSince, "watchedSince");
    Checks.notNull(entryDays, "entryDays");
    Checks.notNull(today, "today");
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate d : entryDays) {
      Checks.notNull(d, "entryDays[]");
      if (!d.isBefore(watchedSince) && !d.isAfter(today)) {
        days.add(d);
      }
    }
    Optional<LocalDate> last = days.isEmpty() ? Optional.empty() : Optional.of(days.last());
    LocalDate due = last.orElse(watchedSince).plus(settings.monitoringEvery());
    long overdue = Math.max(0, ChronoUnit.DAYS.between(due, today));
    WatchState state = overdue > settings.lapsedAfterDays() ? WatchState.LAPSED
        : overdue > settings.atRiskAfterDays() ? WatchState.AT_RISK : WatchState.WATCHED;
    return new WatchAssessment(state, watchedSince, last, days.size(), due, overdue);
  }
}
