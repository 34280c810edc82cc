package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;

/**
 * Days spent in one stage over every stay in it: completed stays, and current stays measured to the
 * report time. Days are calendar days in the region's zone, excluding hold and dropped periods.
 * Quartiles interpolate linearly between ranks (as a spreadsheet's {@code QUARTILE.INC}), so they
 * are exact at two decimals. Every figure is {@code null} when the stage has no stays.
 *
 * @param stage the stage code
 * @param label the stage's label in both languages
 * @param stays how many stays were measured
 * @param ongoing how many of them are still going on: the innovation's current stage, and the
 *     innovation not dropped (a dropped innovation's stay ended when it was dropped)
 * @param minDays the shortest stay
 * @param q1Days the first quartile (2 decimals)
 * @param medianDays the median (2 decimals)
 * @param q3Days the third quartile (2 decimals)
 * @param maxDays the longest stay
 * @param meanDays the mean (2 decimals, half up)
 */
public record StageStatistics(String stage, LocalizedText label, long stays, long ongoing, Long minDays,
    BigDecimal q1Days, BigDecimal medianDays, BigDecimal q3Days, Long maxDays, BigDecimal meanDays) {
  /**
   * Validates the parts.
   *
   * @param stage the stage code
   * @param label the stage's label in both languages
   * @param stays how many stays were measured
   * @param ongoing how many of them are still going on: the innovation's current stage, and the
   *     innovation not dropped (a dropped innovation's stay ended when it was dropped)
   * @param minDays the shortest stay
   * @param q1Days the first quartile (2 decimals)
   * @param medianDays the median (2 decimals)
   * @param q3Days the third quartile (2 decimals)
   * @param maxDays the longest stay
   * @param meanDays the mean (2 decimals, half up)
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public StageStatistics {
    Checks.notBlank(stage, "stage");
    Checks.notNull(label, "label");
  }
}
