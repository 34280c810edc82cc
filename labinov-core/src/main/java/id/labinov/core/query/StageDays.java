package id.labinov.core.query;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.Comparator;

/**
 * One bar of the histogram of days in a stage: how many stays in {@code stage} lasted exactly
 * {@code days} days (as {@link StageDuration#days()} counts them), and how many of those are the
 * current stays of innovations that are not dropped.
 *
 * @param stage the stage code
 * @param days the days in stage, 0 or more
 * @param stays how many stays lasted that long, 1 or more
 * @param ongoing how many of them are current stays of innovations not dropped, 0 to {@code stays}
 */
public record StageDays(String stage, long days, long stays, long ongoing) {
  /** The order of a query's answer: by stage code, then days. */
  public static final Comparator<StageDays> ORDER = Comparator.comparing(StageDays::stage)
      .thenComparingLong(StageDays::days);

  /**
   * Validates the parts.
   *
   * @param stage the stage code
   * @param days the days in stage
   * @param stays how many stays lasted that long
   * @param ongoing how many of them are current stays of innovations not dropped
   * @throws InvalidValueException naming a missing stage or a count out of range
   */
  public StageDays {
    Checks.notBlank(stage, "stage");
    if (days < 0) {
      throw new InvalidValueException("NEGATIVE_COUNT", "days", days, "error.negativeCount");
    }
    if (stays < 1) {
      throw new InvalidValueException("NEGATIVE_COUNT", "stays", stays, "error.negativeCount");
    }
    if (ongoing < 0 || ongoing > stays) {
      throw new InvalidValueException("NEGATIVE_COUNT", "ongoing", ongoing, "error.negativeCount");
    }
  }
}
