package id.labinov.reporting.data;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import java.math.BigDecimal;
import java.util.List;

/**
 * One innovation with claims in the IID readiness report: its three scores, what fixing its gaps
 * would gain, and the mandatory indicators it has not claimed.
 *
 * @param ref the innovation
 * @param title its title, or {@code null} if the query port does not know it (renderers say so)
 * @param opd its unit, or {@code null}
 * @param opdName the unit's name from the report directory, or {@code null}
 * @param claims its claims of the year
 * @param claimsVerified those with a verification decision
 * @param claimedScore sum of weight x claimed level over its claims (0 to the scheme's maximum, 111)
 * @param supportedScore sum of weight x supported level
 * @param verifiedScore sum of weight x verified level over the claims with a decision (others count 0)
 * @param pointsToGain claimed score - supported score
 * @param gaps the gaps of all its claims
 * @param pointsPerGap points to gain / gaps, 2 decimals half up; {@code null} without gaps
 * @param missingMandatory the mandatory indicators it has not claimed, in scheme order
 */
public record ReadinessInnovation(InnovationRef ref, String title, OpdCode opd, String opdName, int claims,
    int claimsVerified, BigDecimal claimedScore, BigDecimal supportedScore, BigDecimal verifiedScore,
    BigDecimal pointsToGain, int gaps, BigDecimal pointsPerGap, List<CriterionInfo> missingMandatory) {
  /**
   * Validates and copies the parts.
   *
   * @param ref the innovation
   * @param title its title, or {@code null} if unknown
   * @param opd its unit, or {@code null}
   * @param opdName the unit's name, or {@code null}
   * @param claims its claims of the year
   * @param claimsVerified those with a verification decision
   * @param claimedScore the claimed score
   * @param supportedScore the supported score
   * @param verifiedScore the verified score
   * @param pointsToGain claimed - supported
   * @param gaps the gaps of all its claims
   * @param pointsPerGap points to gain / gaps, or {@code null} without gaps
   * @param missingMandatory the unclaimed mandatory indicators
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ReadinessInnovation {
    Checks.notNull(ref, "ref");
    Checks.notNull(claimedScore, "claimedScore");
    Checks.notNull(supportedScore, "supportedScore");
    Checks.notNull(verifiedScore, "verifiedScore");
    Checks.notNull(pointsToGain, "pointsToGain");
    missingMandatory = List.copyOf(Checks.notNull(missingMandatory, "missingMandatory"));
  }
}
