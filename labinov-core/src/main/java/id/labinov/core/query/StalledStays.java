package id.labinov.core.query;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * The current stays longer than a threshold: how many there are, and the longest of them.
 *
 * @param total how many stays are longer than the threshold
 * @param longest the longest of them, at most the limit asked for, in {@link StalledStay#ORDER}
 */
public record StalledStays(long total, List<StalledStay> longest) {
  /** The most stays a query lists. */
  public static final int MAX_LIMIT = 100_000;

  /**
   * Validates and copies the parts.
   *
   * @param total how many stays are longer than the threshold
   * @param longest the longest of them
   * @throws InvalidValueException if the list is missing or longer than the total
   */
  public StalledStays {
    longest = List.copyOf(Checks.notNull(longest, "longest"));
    if (total < longest.size()) {
      throw new InvalidValueException("NEGATIVE_COUNT", "total", total, "error.negativeCount");
    }
  }
}
