package id.labinov.reporting.data;

import id.labinov.core.evaluation.Band;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;

/**
 * The estimated regional innovation index (IID) on one basis, with the arithmetic of
 * {@code RegionalIndex}: IID = (SPD + sum / max(10, n) + count score) / (63 + 111 + 76) x 100, rounded
 * once, half up to 2 decimals.
 *
 * @param basis what each claim counts: claimed, supported or verified level
 * @param innovationSum the sum of the innovations' scores on this basis
 * @param sid the innovations' part of SID: the sum divided by max(10, n), 2 decimals half up (shown;
 *     the index uses the exact quotient)
 * @param spd the region-level score used, as entered in the report options
 * @param countScore the innovation-count score used, as entered in the report options
 * @param index the estimated index, 2 decimals
 * @param rating the rating band of the index in the bands the report uses
 */
public record ReadinessIndex(ReadinessBasis basis, BigDecimal innovationSum, BigDecimal sid, BigDecimal spd,
    BigDecimal countScore, BigDecimal index, Band rating) {
  /**
   * Validates the parts.
   *
   * @param basis the basis
   * @param innovationSum the innovations' sum
   * @param sid the innovations' part of SID
   * @param spd the SPD used
   * @param countScore the count score used
   * @param index the index
   * @param rating its band
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ReadinessIndex {
    Checks.notNull(basis, "basis");
    Checks.notNull(innovationSum, "innovationSum");
    Checks.notNull(sid, "sid");
    Checks.notNull(spd, "spd");
    Checks.notNull(countScore, "countScore");
    Checks.notNull(index, "index");
    Checks.notNull(rating, "rating");
  }
}
