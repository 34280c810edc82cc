package id.labinov.reporting.data;

import id.labinov.core.annotation.Beta;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Apa yang paling menaikkan indeks / what raises the index most: the estimated regional innovation index
 * of the region's submission for an IID year, and every single choice — send one more innovation, or do
 * not send one that is in — ranked by how much it raises the index. The per-innovation part of the index
 * divides the sum of the innovations' scores by max(10, n), so below ten innovations each one added only
 * adds, and from ten on an innovation scoring below the submission's mean lowers the index.
 *
 * <p>The candidates are the region's innovations with index claims in the year (their scores on the
 * report's basis, as in the IID readiness report), and, when asked, its displayed innovations without
 * claims at score 0.
 *
 * @param info kind, language, time, zone and scope (the region)
 * @param year the IID year (and the IGA year whose eligibility is shown)
 * @param basis what each claim counts: claimed, supported (by the pre-flight) or verified level
 * @param schemeMaximum the highest score of one innovation (111 with the shipped scheme)
 * @param bandsYear the year of the rating bands used
 * @param bandsVerified whether those bands are verified
 * @param spdGiven whether the region-level score was entered (else 0)
 * @param spdVerifiedGiven whether a verified region-level score was entered (used on the verified basis)
 * @param countScoreGiven whether the innovation-count score was entered (else 0)
 * @param submittedNamed whether the options named the submitted innovations (else every innovation with
 *     claims is taken as submitted)
 * @param unclaimedIncluded whether displayed innovations without claims are candidates (at score 0)
 * @param scoreSum the sum of the submitted innovations' scores
 * @param current the estimate of the submission as it is
 * @param choices every single choice, the largest rise first, then by name
 */
@Beta
public record IndexWhatIf(ReportInfo info, int year, ReadinessBasis basis, BigDecimal schemeMaximum, int bandsYear,
    boolean bandsVerified, boolean spdGiven, boolean spdVerifiedGiven, boolean countScoreGiven,
    boolean submittedNamed, boolean unclaimedIncluded, BigDecimal scoreSum, RegionalIndexEstimate current,
    List<WhatIfChoice> choices) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param year the IID year
   * @param basis the basis
   * @param schemeMaximum an innovation's highest score
   * @param bandsYear the bands' year
   * @param bandsVerified whether they are verified
   * @param spdGiven whether the SPD was entered
   * @param spdVerifiedGiven whether a verified SPD was entered
   * @param countScoreGiven whether the count score was entered
   * @param submittedNamed whether the submitted set was named
   * @param unclaimedIncluded whether innovations without claims are candidates
   * @param scoreSum the submitted scores' sum
   * @param current the estimate now
   * @param choices the choices
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public IndexWhatIf {
    Checks.notNull(info, "info");
    Checks.notNull(basis, "basis");
    Checks.notNull(schemeMaximum, "schemeMaximum");
    Checks.notNull(scoreSum, "scoreSum");
    Checks.notNull(current, "current");
    choices = List.copyOf(Checks.notNull(choices, "choices"));
  }

  /** {@return the innovations submitted now (n)} */
  public long submitted() {
    return current.innovations();
  }

  /** {@return the divisor of the innovations' part: max(10, n)} */
  public long divisor() {
    return Math.max(RegionalIndex.MIN_DIVISOR, current.innovations());
  }

  /** {@return the submitted innovations' mean score, 2 decimals half up, or {@code null} with none submitted} */
  public BigDecimal meanScore() {
    return current.innovations() == 0 ? null
        : scoreSum.divide(BigDecimal.valueOf(current.innovations()), 2, RoundingMode.HALF_UP);
  }

  /** {@return whether the bands used are of another year than {@link #year()}} */
  public boolean bandsFromOtherYear() {
    return bandsYear != year;
  }
}
