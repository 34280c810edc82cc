package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import id.labinov.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an innovation may enter a competition year, and if not, every reason with its fix.
 *
 * @param ref the innovation
 * @param title its name
 * @param competition the competition
 * @param year the competition year
 * @param deadline the year's entry deadline (from the rules; see {@link CompetitionRules#entryDeadline()})
 * @param entered the innovation's entry of this year, if it was entered already
 * @param reasons why it is not eligible; empty when it is
 * @param closed whether the year's entries had closed (the deadline had passed) on the day asked, so no fix
 *     counts for this year any more
 */
@Beta
public record EligibilityVerdict(InnovationRef ref, String title, Competition competition, int year,
    LocalDate deadline, Optional<CompetitionEntry> entered, List<EligibilityReason> reasons, boolean closed) {
  /**
   * Validates and copies the parts.
   *
   * @param ref the innovation
   * @param title its name
   * @param competition the competition
   * @param year the year
   * @param deadline the entry deadline
   * @param entered this year's entry, or empty
   * @param reasons the reasons
   * @param closed whether the entries had closed on the day asked
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public EligibilityVerdict {
    Checks.notNull(ref, "ref");
    Checks.notBlank(title, "title");
    Checks.notNull(competition, "competition");
    Checks.notNull(deadline, "deadline");
    Checks.notNull(entered, "entered");
    reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
  }

  /** {@return whether the innovation may enter} */
  public boolean eligible() {
    return reasons.isEmpty();
  }

  /**
   * {@return whether every reason can still be lifted this year (an ineligible innovation could still
   * enter): never once the entries have {@linkplain #closed() closed}}
   */
  public boolean fixable() {
    return !closed && reasons.stream().allMatch(EligibilityReason::fixable);
  }

  /**
   * Says that the year's entries have closed, for a verdict asked after the deadline, e.g. "Pendaftaran
   * IGA 2026 sudah ditutup pada 31 Agustus 2026; perbaikan baru berlaku untuk tahun berikutnya."
   *
   * @param locale {@code en} for English, anything else for Indonesian
   * @return the sentence, or empty while the entries are open
   */
  public Optional<String> closedNote(Locale locale) {
    return closed ? Optional.of(Messages.format(locale, "cycle.closed", competition.name(), String.valueOf(year),
        Messages.longDate(locale, deadline))) : Optional.empty();
  }
}
