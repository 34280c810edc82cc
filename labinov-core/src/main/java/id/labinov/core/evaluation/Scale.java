package id.labinov.core.evaluation;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;

/**
 * A closed range of scores {@code [min, max]}.
 *
 * <p>For a {@link SchemeKind#SCORED SCORED} scheme it is both the range of each criterion's score
 * and of the result; for an {@link SchemeKind#INDICATOR INDICATOR} scheme it is the range of the
 * result, from 0 to the sum of weight x highest level.
 *
 * @param min the lowest score, inclusive
 * @param max the highest score, inclusive; greater than {@code min}
 */
public record Scale(BigDecimal min, BigDecimal max) {
  /**
   * Validates the bounds.
   *
   * @param min the lowest score, inclusive
   * @param max the highest score, inclusive; greater than {@code min}
   * @throws InvalidValueException with code {@code REQUIRED} if a bound is {@code null}, or
   *     {@code INVALID_SCALE} if {@code min >= max}
   */
  public Scale {
    Checks.notNull(min, "min");
    Checks.notNull(max, "max");
    if (min.compareTo(max) >= 0) {
      throw new InvalidValueException("INVALID_SCALE", "max", max.toPlainString(), "error.evaluation.scaleArg",
          min.toPlainString());
    }
  }

  /**
   * Tells whether a score lies within the scale, bounds included.
   *
   * @param score the score
   * @return {@code true} if {@code min <= score <= max}
   * @throws InvalidValueException with code {@code REQUIRED} if {@code score} is {@code null}
   */
  public boolean contains(BigDecimal score) {
    Checks.notNull(score, "score");
    return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
  }
}
