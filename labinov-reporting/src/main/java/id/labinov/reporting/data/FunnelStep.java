package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;

/**
 * One step of the stage funnel: how many innovations ever reached a stage (or a later one),
 * whatever their status now. An innovation returned for rework still counts as having reached the
 * furthest stage it visited.
 *
 * @param stage the stage code
 * @param label the stage's label in both languages
 * @param reached how many innovations reached it
 * @param percentOfTotal {@code reached} as a percentage of all innovations (2 decimals, half up), or
 *     {@code null} when there are none
 * @param percentOfPrevious {@code reached} as a percentage of the previous step (2 decimals, half
 *     up), or {@code null} for the first step or when the previous step is 0
 */
public record FunnelStep(String stage, LocalizedText label, long reached, BigDecimal percentOfTotal,
    BigDecimal percentOfPrevious) {
  /**
   * Validates the parts.
   *
   * @param stage the stage code
   * @param label the stage's label in both languages
   * @param reached how many innovations reached it
   * @param percentOfTotal {@code reached} as a percentage of all innovations (2 decimals, half up), or
   *     {@code null} when there are none
   * @param percentOfPrevious {@code reached} as a percentage of the previous step (2 decimals, half
   *     up), or {@code null} for the first step or when the previous step is 0
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public FunnelStep {
    Checks.notBlank(stage, "stage");
    Checks.notNull(label, "label");
  }
}
