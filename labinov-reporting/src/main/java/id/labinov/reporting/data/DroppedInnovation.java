package id.labinov.reporting.data;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import id.labinov.core.rules.LocalizedText;
import java.time.Instant;

/**
 * A dropped innovation and why, as its last {@code Dropped} event says.
 *
 * @param ref the innovation
 * @param title its title
 * @param opd its unit, or {@code null}
 * @param opdName the unit's name from the report directory, or {@code null}
 * @param stage the stage it was dropped in
 * @param stageLabel that stage's label
 * @param droppedAt when it was dropped, or {@code null} if the history holds no {@code Dropped} event
 * @param reason the reason given, or {@code null} likewise
 */
public record DroppedInnovation(InnovationRef ref, String title, OpdCode opd, String opdName, String stage,
    LocalizedText stageLabel, Instant droppedAt, String reason) {
  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param title its title
   * @param opd its unit, or {@code null}
   * @param opdName the unit's name from the report directory, or {@code null}
   * @param stage the stage it was dropped in
   * @param stageLabel that stage's label
   * @param droppedAt when it was dropped, or {@code null} if the history holds no {@code Dropped} event
   * @param reason the reason given, or {@code null} likewise
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public DroppedInnovation {
    Checks.notNull(ref, "ref");
    Checks.notNull(title, "title");
    Checks.notBlank(stage, "stage");
    Checks.notNull(stageLabel, "stageLabel");
  }
}
