package id.labinov.reporting.data;

import id.labinov.core.annotation.Beta;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One displayed innovation in the sustainability report (Keberlanjutan): its monitoring, legal basis,
 * owner, latest development and eligibility for the coming competitions.
 *
 * @param ref the innovation
 * @param title its name
 * @param opd its unit, or {@code null}
 * @param opdName the unit's name from the report directory, or {@code null}
 * @param ownerName the name of the person responsible now (the proposer, or whom it was handed over to)
 *     from the report directory, "(dihapus)" / "(erased)" if it was erased, or {@code null} if the
 *     directory does not know the person (renderers say so; the person's id is never shown)
 * @param settings the watch's settings of the innovation's rulebook
 * @param watchState watched, at risk or lapsed on the report day
 * @param watchedSince the day the watch started (the innovation was displayed)
 * @param lastEntry the day of the latest monitoring entry from that day up to the report day, or {@code null}
 * @param entryDays how many distinct days have monitoring entries in that time
 * @param nextDue the day the next monitoring entry is due
 * @param overdueDays the days the next entry is overdue on the report day (0 when not yet due)
 * @param legalBasis valid, expired or missing
 * @param documentKind the kind of the decree or regulation found, or {@code null}
 * @param documentNumber its number, or {@code null}
 * @param validUntil its last day in force, or {@code null} when it does not expire (or none was found)
 * @param versionYear the year of the latest development version, or {@code null} if none was recorded
 * @param versionNumber its number (2 for the first recorded development), or {@code null}
 * @param changes what that version changed (empty without one)
 * @param coming the eligibility for the coming year of each competition with rules, by competition
 */
@Beta
public record SustainabilityRow(InnovationRef ref, String title, OpdCode opd, String opdName, String ownerName,
    SustainabilitySettings settings, WatchState watchState, LocalDate watchedSince, LocalDate lastEntry, int entryDays,
    LocalDate nextDue, long overdueDays, LegalBasisState legalBasis, DocumentKind documentKind, String documentNumber,
    LocalDate validUntil, Integer versionYear, Integer versionNumber, Set<DevelopmentChange> changes,
    List<CompetitionVerdict> coming) {
  /**
   * Validates and copies the parts.
   *
   * @param ref the innovation
   * @param title its name
   * @param opd its unit, or {@code null}
   * @param opdName the unit's name, or {@code null}
   * @param ownerName the owner's name, or {@code null}
   * @param settings the watch's settings
   * @param watchState the state
   * @param watchedSince the start of the watch
   * @param lastEntry the latest entry, or {@code null}
   * @param entryDays the entry days
   * @param nextDue the next due day
   * @param overdueDays the days overdue
   * @param legalBasis the legal basis state
   * @param documentKind the document's kind, or {@code null}
   * @param documentNumber its number, or {@code null}
   * @param validUntil its end, or {@code null}
   * @param versionYear the latest version's year, or {@code null}
   * @param versionNumber its number, or {@code null}
   * @param changes what it changed
   * @param coming the verdicts
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public SustainabilityRow {
    Checks.notNull(ref, "ref");
    Checks.notBlank(title, "title");
    Checks.notNull(settings, "settings");
    Checks.notNull(watchState, "watchState");
    Checks.notNull(watchedSince, "watchedSince");
    Checks.notNull(nextDue, "nextDue");
    Checks.notNull(legalBasis, "legalBasis");
    changes = Set.copyOf(Checks.notNull(changes, "changes"));
    coming = List.copyOf(Checks.notNull(coming, "coming"));
  }

  /** {@return whether the innovation needs attention: at risk, lapsed, or without a legal basis in force} */
  public boolean flagged() {
    return watchState != WatchState.WATCHED || legalBasis != LegalBasisState.VALID;
  }

  /**
   * {@return where the row sorts: 0 lapsed, 1 at risk, 2 watched without a legal basis in force, 3 the rest}
   */
  public int attention() {
    return watchState == WatchState.LAPSED ? 0 : watchState == WatchState.AT_RISK ? 1
        : legalBasis != LegalBasisState.VALID ? 2 : 3;
  }

  /**
   * The verdict for a competition.
   *
   * @param competition the competition
   * @return its verdict, or {@code null} when no rules cover its coming year
   */
  public CompetitionVerdict verdict(id.labinov.core.cycle.Competition competition) {
    return coming.stream().filter(v -> v.competition() == competition).findFirst().orElse(null);
  }
}
