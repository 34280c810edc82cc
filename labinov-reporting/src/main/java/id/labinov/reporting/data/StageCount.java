package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;

/**
 * The innovations currently in one stage, by status.
 *
 * @param stage the stage code
 * @param label the stage's label in both languages (the code itself for a stage no rulebook names)
 * @param active how many are active
 * @param onHold how many are on hold
 * @param dropped how many were dropped in this stage
 */
public record StageCount(String stage, LocalizedText label, long active, long onHold, long dropped) {
  /**
   * Validates the parts.
   *
   * @param stage the stage code
   * @param label the stage's label in both languages (the code itself for a stage no rulebook names)
   * @param active how many are active
   * @param onHold how many are on hold
   * @param dropped how many were dropped in this stage
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public StageCount {
    Checks.notBlank(stage, "stage");
    Checks.notNull(label, "label");
  }

  /** {@return active + on hold + dropped} */
  public long total() {
    return active + onHold + dropped;
  }
}
