package id.labinov.reporting.data;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.rules.LocalizedText;
import java.time.Instant;

/**
 * An innovation (not dropped) longer than the threshold in its current stage, which is not the last
 * stage of its rulebook (an innovation there has arrived).
 *
 * @param ref the innovation
 * @param title its title
 * @param opd its unit, or {@code null}
 * @param opdName the unit's name from the report directory, or {@code null}
 * @param stage the current stage
 * @param stageLabel its label
 * @param status active or on hold
 * @param enteredAt when it entered the stage
 * @param days days in the stage so far, excluding hold periods
 */
public record StalledInnovation(InnovationRef ref, String title, OpdCode opd, String opdName, String stage,
    LocalizedText stageLabel, InnovationStatus status, Instant enteredAt, long days) {
  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param title its title
   * @param opd its unit, or {@code null}
   * @param opdName the unit's name from the report directory, or {@code null}
   * @param stage the current stage
   * @param stageLabel its label
   * @param status active or on hold
   * @param enteredAt when it entered the stage
   * @param days days in the stage so far, excluding hold periods
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public StalledInnovation {
    Checks.notNull(ref, "ref");
    Checks.notNull(title, "title");
    Checks.notBlank(stage, "stage");
    Checks.notNull(stageLabel, "stageLabel");
    Checks.notNull(status, "status");
    Checks.notNull(enteredAt, "enteredAt");
  }
}
