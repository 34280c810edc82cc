package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;

/**
 * How often the pre-flight predicted the verifier's level, for one indicator or overall, as core's
 * {@code VerificationAgreement} counts it over the latest decision on each verified claim.
 *
 * @param indicator the indicator's code, or {@code *} for the overall row
 * @param label the indicator's label from the innovation indicator scheme; {@code null} for the overall
 *     row and for an indicator the scheme does not hold (a region-level one)
 * @param compared decisions with a prediction
 * @param agreed those whose predicted level equals the verified level
 * @param predictedHigher those where the pre-flight supported more than the verifier accepted
 * @param predictedLower those where it supported less
 * @param unpredicted decisions without a prediction (region-level claims), left out of the agreement
 * @param percent agreed / compared x 100, 1 decimal half up; {@code null} when nothing was compared
 */
public record AgreementRow(String indicator, LocalizedText label, int compared, int agreed, int predictedHigher,
    int predictedLower, int unpredicted, BigDecimal percent) {
  /** The indicator code of the overall row. */
  public static final String OVERALL = "*";

  /**
   * Validates the parts.
   *
   * @param indicator the indicator's code, or {@code *}
   * @param label its label, or {@code null}
   * @param compared decisions with a prediction
   * @param agreed agreed
   * @param predictedHigher pre-flight higher
   * @param predictedLower pre-flight lower
   * @param unpredicted without a prediction
   * @param percent the agreement, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public AgreementRow {
    Checks.notBlank(indicator, "indicator");
  }

  /** {@return whether this is the overall row} */
  public boolean overall() {
    return OVERALL.equals(indicator);
  }
}
