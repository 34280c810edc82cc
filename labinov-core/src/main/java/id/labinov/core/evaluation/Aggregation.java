package id.labinov.core.evaluation;

import id.labinov.core.internal.Checks;

/**
 * How a scheme turns one sheet into a score, and several evaluators' sheets into one result.
 *
 * @param method how the criteria of one sheet combine
 * @param trimExtremes whether, with three or more sheets, the highest and the lowest evaluator
 *     score are dropped before taking the mean
 */
public record Aggregation(Method method, boolean trimExtremes) {
  /**
   * Validates the method.
   *
   * @param method how the criteria of one sheet combine
   * @param trimExtremes whether, with three or more sheets, the highest and the lowest evaluator
   *     score are dropped before taking the mean
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code method} is
   *     {@code null}
   */
  public Aggregation {
    Checks.notNull(method, "method");
  }

  /** How the criteria of one score sheet combine into its score. */
  public enum Method {
    /** Sum of weight x score, the weights summing to exactly 1: the result stays on the scale. */
    WEIGHTED_MEAN,
    /** Sum of weight x level, for {@link SchemeKind#INDICATOR INDICATOR} schemes (e.g. IID). */
    WEIGHTED_SUM
  }
}
