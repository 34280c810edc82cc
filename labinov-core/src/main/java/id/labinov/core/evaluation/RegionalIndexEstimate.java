package id.labinov.core.evaluation;

import id.labinov.core.internal.Checks;
import java.math.BigDecimal;

/**
 * An estimate of a region's innovation index (IID), see {@link RegionalIndex}.
 *
 * @param year the year estimated
 * @param innovations how many innovations were counted (n)
 * @param sidInnovations the innovation part of SID: the sum of the innovations' indicator scores
 *     divided by {@code max(10, n)}, rounded half up to 2 decimals for display (the index uses the
 *     exact value)
 * @param spd the region-level score SPD (indicators 1-15), as given
 * @param countScore the innovation-count score, as given
 * @param index {@code (spd + sid + count) / maximum x 100}, rounded half up to 2 decimals
 * @param rating the band of {@code index}
 */
public record RegionalIndexEstimate(int year, int innovations, BigDecimal sidInnovations, BigDecimal spd,
    BigDecimal countScore, BigDecimal index, Band rating) {
  /**
   * Validates the parts.
   *
   * @param year the year estimated
   * @param innovations how many innovations were counted (n)
   * @param sidInnovations the innovation part of SID: the sum of the innovations' indicator scores
   *     divided by {@code max(10, n)}, rounded half up to 2 decimals for display (the index uses the
   *     exact value)
   * @param spd the region-level score SPD (indicators 1-15), as given
   * @param countScore the innovation-count score, as given
   * @param index {@code (spd + sid + count) / maximum x 100}, rounded half up to 2 decimals
   * @param rating the band of {@code index}
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing part
   */
  public RegionalIndexEstimate {
    Checks.notNull(sidInnovations, "sidInnovations");
    Checks.notNull(spd, "spd");
    Checks.notNull(countScore, "countScore");
    Checks.notNull(index, "index");
    Checks.notNull(rating, "rating");
  }
}
