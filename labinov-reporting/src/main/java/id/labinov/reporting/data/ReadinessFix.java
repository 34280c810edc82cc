package id.labinov.reporting.data;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import java.math.BigDecimal;

/**
 * One fix in the IID readiness report's ranking, "cheapest gains first": a claim whose evidence has
 * gaps, with the points fixing them would gain and the points per gap fixed.
 *
 * @param rank the place in the ranking, 1 first
 * @param ref the innovation
 * @param title its title, or {@code null} if the query port does not know it
 * @param opd its unit, or {@code null}
 * @param opdName the unit's name from the report directory, or {@code null}
 * @param indicator the claimed indicator
 * @param claimedLevel the level claimed
 * @param supportedLevel the level the evidence carries
 * @param pointsToGain weight x (claimed level - supported level)
 * @param gaps the claim's gaps to fix, 1 or more
 * @param pointsPerGap points to gain / gaps, 2 decimals half up (the ranking compares the exact ratio)
 */
public record ReadinessFix(int rank, InnovationRef ref, String title, OpdCode opd, String opdName,
    CriterionInfo indicator, int claimedLevel, int supportedLevel, BigDecimal pointsToGain, int gaps,
    BigDecimal pointsPerGap) {
  /**
   * Validates the parts.
   *
   * @param rank the place, 1 first
   * @param ref the innovation
   * @param title its title, or {@code null}
   * @param opd its unit, or {@code null}
   * @param opdName the unit's name, or {@code null}
   * @param indicator the claimed indicator
   * @param claimedLevel the level claimed
   * @param supportedLevel the level the evidence carries
   * @param pointsToGain the points to gain
   * @param gaps the gaps, 1 or more
   * @param pointsPerGap the points per gap
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing part, or
   *     {@code OUT_OF_RANGE} for a rank or gap count below 1
   */
  public ReadinessFix {
    Checks.notNull(ref, "ref");
    Checks.notNull(indicator, "indicator");
    Checks.notNull(pointsToGain, "pointsToGain");
    Checks.notNull(pointsPerGap, "pointsPerGap");
    if (rank < 1 || gaps < 1) {
      throw new id.labinov.core.error.InvalidValueException("OUT_OF_RANGE", rank < 1 ? "rank" : "gaps",
          Integer.toString(rank < 1 ? rank : gaps), "error.evaluation.outOfRange", 1, Integer.MAX_VALUE);
    }
  }
}
