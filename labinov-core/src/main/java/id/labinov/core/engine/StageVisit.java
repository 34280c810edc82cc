package id.labinov.core.engine;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One stay of an innovation in a stage: when it entered, when it left (or {@code null} for the
 * current stay) and the periods on hold or dropped during the stay, which do not count as days in
 * stage.
 *
 * @param stage the stage code
 * @param enteredAt when the stay began
 * @param leftAt when it ended, or {@code null} for the current stage
 * @param pauses hold and dropped periods during the stay, oldest first
 */
public record StageVisit(String stage, Instant enteredAt, Instant leftAt, List<HoldPeriod> pauses) {
  /**
   * Validates the parts and copies the pauses unless immutable already.
   *
   * @param stage the stage code
   * @param enteredAt when the stay began
   * @param leftAt when it ended, or {@code null} for the current stage
   * @param pauses hold and dropped periods during the stay, oldest first
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public StageVisit {
    Checks.notBlank(stage, "stage");
    Checks.notNull(enteredAt, "enteredAt");
    pauses = ImmutableArrayList.copyOf(Checks.notNull(pauses, "pauses"));
  }

  /**
   * Returns the calendar days of this stay in {@code zone}, excluding pauses, measured to
   * {@code leftAt} or, for the current stay, to {@code asOf}.
   *
   * @param zone the zone days are counted in
   * @param asOf the instant a current stay is measured to
   * @return the days
   */
  public long days(java.time.ZoneId zone, Instant asOf) {
    return id.labinov.core.rules.RuleContext.daysExcludingPauses(enteredAt, leftAt == null ? asOf : leftAt, pauses, zone);
  }

  /** {@return when the stay ended, if it has} */
  public Optional<Instant> findLeftAt() {
    return Optional.ofNullable(leftAt);
  }
}
