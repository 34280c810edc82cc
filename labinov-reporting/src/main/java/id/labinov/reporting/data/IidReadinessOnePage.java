package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;

/**
 * Kesiapan IID satu halaman / IID readiness on one page, for the regional head (kepala daerah): the
 * estimated index and its band on the claimed, supported and verified basis, the totals, the
 * cheapest gains, how many innovations miss a mandatory indicator, and the pre-flight's agreement
 * with the verifier. Every figure is taken from the {@link IidReadiness} report computed at the same
 * time, so it equals that report's figure and keeps its definition.
 *
 * @param info kind, language, time, zone and scope (the region)
 * @param year the IID year
 * @param bandsYear the year of the rating bands used
 * @param bandsVerified whether those bands are verified
 * @param spdGiven whether the claimed SPD was entered
 * @param spdVerifiedGiven whether a verified SPD was entered
 * @param countScoreGiven whether the count score was entered
 * @param innovations the innovations with claims
 * @param claims their claims
 * @param claimsVerified the claims with a verification decision
 * @param claimedTotal the sum of the claimed scores
 * @param supportedTotal the sum of the supported scores
 * @param verifiedTotal the sum of the verified scores
 * @param pointsToGain claimed total - supported total
 * @param gaps the gaps of all claims
 * @param index the estimate on the claimed, supported and verified basis
 * @param fixes how many claims have gaps (the length of the full ranking of fixes)
 * @param top the first fixes of the ranking, at most {@link #TOP}
 * @param innovationsMissingMandatory innovations that have not claimed every mandatory indicator
 * @param overall the pre-flight's agreement with the verifier over all indicators
 */
public record IidReadinessOnePage(ReportInfo info, int year, int bandsYear, boolean bandsVerified, boolean spdGiven,
    boolean spdVerifiedGiven, boolean countScoreGiven, long innovations, long claims, long claimsVerified,
    BigDecimal claimedTotal, BigDecimal supportedTotal, BigDecimal verifiedTotal, BigDecimal pointsToGain, long gaps,
    List<ReadinessIndex> index, long fixes, List<ReadinessFix> top, long innovationsMissingMandatory,
    AgreementRow overall) implements Report {
  /** How many fixes the page lists. */
  public static final int TOP = 5;

  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param year the IID year
   * @param bandsYear the year of the bands used
   * @param bandsVerified whether those bands are verified
   * @param spdGiven whether the claimed SPD was entered
   * @param spdVerifiedGiven whether a verified SPD was entered
   * @param countScoreGiven whether the count score was entered
   * @param innovations the innovations with claims
   * @param claims their claims
   * @param claimsVerified the claims with a decision
   * @param claimedTotal the claimed total
   * @param supportedTotal the supported total
   * @param verifiedTotal the verified total
   * @param pointsToGain the points to gain
   * @param gaps the gaps
   * @param index the estimate on each basis
   * @param fixes the claims with gaps
   * @param top the first fixes
   * @param innovationsMissingMandatory innovations missing a mandatory indicator
   * @param overall the overall agreement
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing part, or
   *     {@code SIZE_MISMATCH} unless the index has one row per basis
   */
  public IidReadinessOnePage {
    Checks.notNull(info, "info");
    Checks.notNull(claimedTotal, "claimedTotal");
    Checks.notNull(supportedTotal, "supportedTotal");
    Checks.notNull(verifiedTotal, "verifiedTotal");
    Checks.notNull(pointsToGain, "pointsToGain");
    index = List.copyOf(Checks.notNull(index, "index"));
    if (index.size() != ReadinessBasis.values().length) {
      throw new id.labinov.core.error.InvalidValueException("SIZE_MISMATCH", "index", Integer.toString(index.size()),
          "error.sizeMismatch", ReadinessBasis.values().length);
    }
    top = List.copyOf(Checks.notNull(top, "top"));
    Checks.notNull(overall, "overall");
  }

  /** {@return whether the bands used are of another year than {@link #year()} (it has no shipped bands)} */
  public boolean bandsFromOtherYear() {
    return bandsYear != year;
  }

  /**
   * Returns the estimate on a basis.
   *
   * @param basis claimed, supported or verified
   * @return its row
   */
  public ReadinessIndex index(ReadinessBasis basis) {
    return index.get(Checks.notNull(basis, "basis").ordinal());
  }
}
