package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
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
 */
@Beta
public record EligibilityVerdict(InnovationRef ref, String title, Competition competition, int year,
    LocalDate deadline, Optional<CompetitionEntry> entered, List<EligibilityReason> reasons) {
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

  /** {@return whether every reason can be lifted (an ineligible innovation could still enter)} */
  public boolean fixable() {
    return reasons.stream().allMatch(EligibilityReason::fixable);
  }
}
