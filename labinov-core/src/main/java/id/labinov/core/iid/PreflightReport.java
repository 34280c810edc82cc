package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pre-flight's findings for one IID year: a result per claim, in the order the claims were
 * given, and the mandatory indicators left unclaimed.
 *
 * @param year the IID year (T-0)
 * @param schemeId the id of the scheme checked against
 * @param results one per claim
 * @param missingMandatory mandatory indicators without a claim, per innovation (or region) that has
 *     claims
 */
@Beta
public record PreflightReport(int year, String schemeId, List<ClaimResult> results,
    List<MissingIndicator> missingMandatory) {
  /**
   * Validates and copies the parts.
   *
   * @param year the IID year
   * @param schemeId the scheme's id
   * @param results one per claim
   * @param missingMandatory the unclaimed mandatory indicators
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing
   *     part
   */
  public PreflightReport {
    Checks.notBlank(schemeId, "schemeId");
    results = List.copyOf(EvidenceDocument.noNulls(results, "results"));
    missingMandatory = List.copyOf(EvidenceDocument.noNulls(missingMandatory, "missingMandatory"));
  }

  /** {@return the points claimed over all claims} */
  public BigDecimal claimedPoints() {
    return results.stream().map(ClaimResult::claimedPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** {@return the points the evidence carries over all claims} */
  public BigDecimal supportedPoints() {
    return results.stream().map(ClaimResult::supportedPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** {@return whether every claim is carried as made and no mandatory indicator is missing} */
  public boolean isReady() {
    return missingMandatory.isEmpty() && results.stream().allMatch(r -> r.isSupported() && r.gaps().isEmpty());
  }
}
