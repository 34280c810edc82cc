package id.labinov.reporting.data;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One innovation in an evaluation ranking.
 *
 * @param rank 1 for the highest score; equal scores share a rank and the next rank skips (1, 2, 2, 4)
 * @param ref the innovation
 * @param title its title
 * @param opd its unit, or {@code null}
 * @param opdName the unit's name from the report directory, or {@code null}
 * @param stage its current stage
 * @param stageLabel that stage's label
 * @param score the aggregated score ({@code EvaluationScheme.aggregate}), at the scheme's result scale
 * @param categoryCode the scheme's category of the score, or {@code null}
 * @param categoryLabel that category's label, or {@code null}
 * @param evaluatorCount how many evaluators' sheets were aggregated (trimmed ones included)
 * @param trimmed whether the highest and lowest sheet were left out
 * @param perCriterion mean score per criterion code, in the scheme's criterion order
 */
public record RankedInnovation(int rank, InnovationRef ref, String title, OpdCode opd, String opdName, String stage,
    LocalizedText stageLabel, BigDecimal score, String categoryCode, LocalizedText categoryLabel, int evaluatorCount,
    boolean trimmed, Map<String, BigDecimal> perCriterion) {
  /**
   * Validates and copies the parts.
   *
   * @param rank 1 for the highest score; equal scores share a rank and the next rank skips (1, 2, 2, 4)
   * @param ref the innovation
   * @param title its title
   * @param opd its unit, or {@code null}
   * @param opdName the unit's name from the report directory, or {@code null}
   * @param stage its current stage
   * @param stageLabel that stage's label
   * @param score the aggregated score ({@code EvaluationScheme.aggregate}), at the scheme's result scale
   * @param categoryCode the scheme's category of the score, or {@code null}
   * @param categoryLabel that category's label, or {@code null}
   * @param evaluatorCount how many evaluators' sheets were aggregated (trimmed ones included)
   * @param trimmed whether the highest and lowest sheet were left out
   * @param perCriterion mean score per criterion code, in the scheme's criterion order
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public RankedInnovation {
    Checks.notNull(ref, "ref");
    Checks.notNull(title, "title");
    Checks.notBlank(stage, "stage");
    Checks.notNull(stageLabel, "stageLabel");
    Checks.notNull(score, "score");
    perCriterion = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(perCriterion, "perCriterion")));
  }
}
