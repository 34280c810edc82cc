package id.labinov.core.query;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import java.time.Instant;

/**
 * How long an innovation stayed (or has stayed so far) in one stage.
 *
 * @param ref the innovation
 * @param opd its unit, or {@code null}
 * @param stage the stage
 * @param enteredAt when the stay began
 * @param leftAt when it ended, or {@code null} for the current stage
 * @param days calendar days in the region's zone, excluding hold and dropped periods
 */
public record StageDuration(InnovationRef ref, OpdCode opd, String stage, Instant enteredAt, Instant leftAt, long days) {
  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param opd its unit, or {@code null}
   * @param stage the stage
   * @param enteredAt when the stay began
   * @param leftAt when it ended, or {@code null} for the current stage
   * @param days calendar days in the region's zone, excluding hold and dropped periods
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public StageDuration {
    Checks.notNull(ref, "ref");
    Checks.notBlank(stage, "stage");
    Checks.notNull(enteredAt, "enteredAt");
  }

  /** {@return whether this is the innovation's current stage} */
  public boolean current() {
    return leftAt == null;
  }
}
