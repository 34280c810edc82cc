package id.labinov.core.evaluation;

import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregated evaluation of one innovation under one scheme.
 *
 * @param score the mean of the evaluators' scores (after trimming, if any), at the scheme's result
 *     scale
 * @param evaluatorCount how many score sheets were given, trimmed ones included
 * @param perCriterion the mean score (or level) per criterion code over the same sheets as
 *     {@code score}, at the scheme's result scale, in the scheme's criterion order; unmodifiable
 * @param category the scheme's category of {@code score}, or {@code null} if the scheme has no
 *     categories
 * @param trimmed whether the highest and the lowest evaluator were dropped
 */
public record EvaluationResult(BigDecimal score, int evaluatorCount, Map<String, BigDecimal> perCriterion,
    Category category, boolean trimmed) {
  /**
   * Validates and copies the parts.
   *
   * @param score the mean of the evaluators' scores (after trimming, if any), at the scheme's result
   *     scale
   * @param evaluatorCount how many score sheets were given, trimmed ones included
   * @param perCriterion the mean score (or level) per criterion code over the same sheets as
   *     {@code score}, at the scheme's result scale, in the scheme's criterion order; unmodifiable
   * @param category the scheme's category of {@code score}, or {@code null} if the scheme has no
   *     categories
   * @param trimmed whether the highest and the lowest evaluator were dropped
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code score} or
   *     {@code perCriterion} is {@code null}
   */
  public EvaluationResult {
    Checks.notNull(score, "score");
    perCriterion = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(perCriterion, "perCriterion")));
  }

  /**
   * Returns the category, if the scheme has categories.
   *
   * @return the category, or empty
   */
  public Optional<Category> findCategory() {
    return Optional.ofNullable(category);
  }
}
