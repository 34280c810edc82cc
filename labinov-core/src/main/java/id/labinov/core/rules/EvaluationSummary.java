package id.labinov.core.rules;

import id.labinov.core.internal.Checks;
import java.math.BigDecimal;

/**
 * What rules may know of an innovation's evaluation under one scheme: the aggregated score and how
 * many evaluators scored.
 *
 * @param schemeId the evaluation scheme
 * @param score the aggregated score
 * @param evaluatorCount the number of evaluators
 */
public record EvaluationSummary(String schemeId, BigDecimal score, int evaluatorCount) {
  /**
   * Validates the parts.
   *
   * @param schemeId the evaluation scheme
   * @param score the aggregated score
   * @param evaluatorCount the number of evaluators
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public EvaluationSummary {
    Checks.notBlank(schemeId, "schemeId");
    Checks.notNull(score, "score");
  }
}
