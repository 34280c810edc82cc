package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Kesiapan IID / IID readiness: where a region stands for one IID year, read from its evidence
 * register, the pre-flight and the verification decisions.
 *
 * <ul>
 *   <li>per innovation with claims in the year: its claimed, supported and verified scores (weight x
 *       level summed over its claims), the points its gaps keep it from, its gaps and the mandatory
 *       indicators it has not claimed ({@link #innovations()}, sorted like the fixes, on the
 *       innovation's points per gap; innovations without gaps last);
 *   <li>every claim with the pre-flight's sentence on it ({@link #claims()});
 *   <li>the fixes, cheapest gains first: each claim with gaps, by points per gap fixed
 *       ({@link #fixes()});
 *   <li>the estimated index on each basis with its rating band ({@link #index()}): the region-level
 *       score SPD and the innovation-count score are as entered (labinov ships no SPD indicator list
 *       or evidence rules);
 *   <li>how often the pre-flight predicted the verifier ({@link #agreement()}, {@link #overall()}).
 * </ul>
 *
 * @param info kind, language, time, zone and scope (the region)
 * @param year the IID year
 * @param schemeId the innovation indicator scheme the claims are checked against
 * @param schemeVersion its version
 * @param schemeMaximum the highest score an innovation can have under it (111 for the shipped one)
 * @param bandsYear the year of the rating bands used; differs from {@code year} when that year has no
 *     shipped bands (the latest shipped year before it is used)
 * @param bandsVerified whether every threshold of those bands was found in a source
 * @param spdGiven whether the caller entered the claimed SPD (else 0 is used)
 * @param spdVerifiedGiven whether the caller entered a verified SPD (else the claimed SPD is used)
 * @param countScoreGiven whether the caller entered the innovation-count score (else 0 is used)
 * @param innovations the innovations with claims, sorted as described above
 * @param claims every claim of those innovations, by innovation (in the order of {@code innovations})
 *     and scheme order of the indicators
 * @param fixes the claims with gaps, cheapest gains first
 * @param index the estimate on the claimed, supported and verified basis, in that order
 * @param agreement the agreement per indicator, by indicator code
 * @param overall the agreement over all indicators
 */
public record IidReadiness(ReportInfo info, int year, String schemeId, int schemeVersion, BigDecimal schemeMaximum,
    int bandsYear, boolean bandsVerified, boolean spdGiven, boolean spdVerifiedGiven, boolean countScoreGiven,
    List<ReadinessInnovation> innovations, List<ReadinessClaim> claims, List<ReadinessFix> fixes,
    List<ReadinessIndex> index, List<AgreementRow> agreement, AgreementRow overall) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param year the IID year
   * @param schemeId the indicator scheme
   * @param schemeVersion its version
   * @param schemeMaximum an innovation's highest score
   * @param bandsYear the year of the bands used
   * @param bandsVerified whether those bands are verified
   * @param spdGiven whether the claimed SPD was entered
   * @param spdVerifiedGiven whether a verified SPD was entered
   * @param countScoreGiven whether the count score was entered
   * @param innovations the innovations with claims
   * @param claims their claims
   * @param fixes the fixes, cheapest gains first
   * @param index the estimate on each basis (three rows, claimed, supported, verified)
   * @param agreement the agreement per indicator
   * @param overall the overall agreement
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing part, or
   *     {@code SIZE_MISMATCH} unless the index has one row per basis
   */
  public IidReadiness {
    Checks.notNull(info, "info");
    Checks.notBlank(schemeId, "schemeId");
    Checks.notNull(schemeMaximum, "schemeMaximum");
    innovations = List.copyOf(Checks.notNull(innovations, "innovations"));
    claims = List.copyOf(Checks.notNull(claims, "claims"));
    fixes = List.copyOf(Checks.notNull(fixes, "fixes"));
    index = List.copyOf(Checks.notNull(index, "index"));
    if (index.size() != ReadinessBasis.values().length) {
      throw new id.labinov.core.error.InvalidValueException("SIZE_MISMATCH", "index", Integer.toString(index.size()),
          "error.sizeMismatch", ReadinessBasis.values().length);
    }
    agreement = List.copyOf(Checks.notNull(agreement, "agreement"));
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

  /** {@return the innovations with claims} */
  public long innovationCount() {
    return innovations.size();
  }

  /** {@return the claims of those innovations} */
  public long claimCount() {
    return claims.size();
  }

  /** {@return the claims with a verification decision} */
  public long claimsVerified() {
    return claims.stream().filter(ReadinessClaim::verified).count();
  }

  /** {@return the sum of the innovations' claimed scores} */
  public BigDecimal claimedTotal() {
    return sum(ReadinessInnovation::claimedScore);
  }

  /** {@return the sum of the innovations' supported scores} */
  public BigDecimal supportedTotal() {
    return sum(ReadinessInnovation::supportedScore);
  }

  /** {@return the sum of the innovations' verified scores} */
  public BigDecimal verifiedTotal() {
    return sum(ReadinessInnovation::verifiedScore);
  }

  /** {@return claimed total - supported total: what fixing every gap would gain} */
  public BigDecimal pointsToGain() {
    return sum(ReadinessInnovation::pointsToGain);
  }

  /** {@return the gaps of all claims} */
  public long gaps() {
    return claims.stream().mapToLong(ReadinessClaim::gaps).sum();
  }

  /** {@return the innovations that have not claimed every mandatory indicator} */
  public long innovationsMissingMandatory() {
    return innovations.stream().filter(i -> !i.missingMandatory().isEmpty()).count();
  }

  private BigDecimal sum(Function<ReadinessInnovation, BigDecimal> f) {
    return innovations.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
