package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.util.Optional;

/**
 * What identifies a claim in the evidence register: a region holds at most one claim per subject
 * (an innovation, or the region itself for an SPD indicator), IID year and indicator.
 *
 * @param region the region that claims
 * @param innovation the innovation; empty for a region-level claim
 * @param year the IID year
 * @param indicator the indicator's code
 */
@Beta
public record ClaimKey(RegionCode region, Optional<InnovationId> innovation, int year, String indicator) {
  /**
   * Validates the parts.
   *
   * @param region the region
   * @param innovation the innovation, or empty
   * @param year the IID year
   * @param indicator the indicator's code
   * @throws InvalidValueException with code {@code REQUIRED}, {@code INVALID_YEAR} or
   *     {@code INVALID_INDICATOR_CODE}
   */
  public ClaimKey {
    Checks.notNull(region, "region");
    Checks.notNull(innovation, "innovation");
    IndicatorClaim.year(year, "year");
    indicator = EvidenceDocument.indicatorCode(indicator, "indicator");
  }

  /**
   * Returns the key of a claim.
   *
   * @param claim the claim
   * @return its key
   */
  public static ClaimKey of(IndicatorClaim claim) {
    Checks.notNull(claim, "claim");
    return new ClaimKey(claim.region(), claim.innovation(), claim.year(), claim.indicator());
  }

  /**
   * Returns the key of an innovation's claim.
   *
   * @param region the region
   * @param innovation the innovation
   * @param year the IID year
   * @param indicator the indicator's code
   * @return the key
   */
  public static ClaimKey forInnovation(RegionCode region, InnovationId innovation, int year, String indicator) {
    return new ClaimKey(region, Optional.of(Checks.notNull(innovation, "innovation")), year, indicator);
  }

  /**
   * Returns the key of a region-level claim.
   *
   * @param region the region
   * @param year the IID year
   * @param indicator the indicator's code
   * @return the key
   */
  public static ClaimKey forRegion(RegionCode region, int year, String indicator) {
    return new ClaimKey(region, Optional.empty(), year, indicator);
  }

  /**
   * Returns the key as text, as the change log names it: the subject (the innovation's id, or
   * {@code region:} and the region code), the year and the indicator, e.g.
   * {@code region:36.02/2025/REGULATION}.
   *
   * @return the text
   */
  public String text() {
    return innovation.map(InnovationId::toString).orElseGet(() -> "region:" + region.value()) + "/" + year + "/"
        + indicator;
  }

  @Override
  public String toString() {
    return text();
  }
}
