package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;

/**
 * A criterion of the scheme a ranking uses.
 *
 * @param code the criterion code
 * @param label its label in both languages
 * @param weight its weight
 */
public record CriterionInfo(String code, LocalizedText label, BigDecimal weight) {
  /**
   * Validates the parts.
   *
   * @param code the criterion code
   * @param label its label in both languages
   * @param weight its weight
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public CriterionInfo {
    Checks.notBlank(code, "code");
    Checks.notNull(label, "label");
    Checks.notNull(weight, "weight");
  }
}
