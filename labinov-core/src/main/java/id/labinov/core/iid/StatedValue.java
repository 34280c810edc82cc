package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number a claim states instead of (or beside) a document: how many people run the innovation,
 * how many months it took to create, how many people it benefits. The unit is a code the evidence
 * rules name ({@code PEOPLE}, {@code MONTHS}, {@code BENEFICIARIES}, ...); a rule accepts a value
 * only in its own unit.
 *
 * @param amount the number, 0 or more
 * @param unit the unit's code: 2-40 upper-case letters, digits or {@code _}, starting with a letter
 */
@Beta
public record StatedValue(BigDecimal amount, String unit) {
  private static final Pattern UNIT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /**
   * Validates the parts.
   *
   * @param amount the number, 0 or more
   * @param unit the unit's code, e.g. {@code PEOPLE}
   * @throws InvalidValueException with code {@code REQUIRED} for a missing part,
   *     {@code NEGATIVE_VALUE} for a negative amount, {@code INVALID_UNIT} for a malformed unit
   */
  public StatedValue {
    Checks.notNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new InvalidValueException("NEGATIVE_VALUE", "amount", amount.toPlainString(), "error.iid.negativeValue");
    }
    if (unit == null || !UNIT.matcher(unit).matches()) {
      throw new InvalidValueException("INVALID_UNIT", "unit", unit, "error.iid.unit");
    }
  }

  /**
   * Creates a stated value.
   *
   * @param amount the number, 0 or more
   * @param unit the unit's code, e.g. {@code PEOPLE}
   * @return the value
   * @throws InvalidValueException as the constructor
   */
  public static StatedValue of(long amount, String unit) {
    return new StatedValue(BigDecimal.valueOf(amount), unit);
  }

  /**
   * Returns the unit's label ("orang", "bulan"... / "people", "months"...), or its code for a unit
   * labinov does not know.
   *
   * @param unit the unit's code
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @return the label
   */
  static String unitLabel(String unit, Locale locale) {
    String key = "label.iidUnit." + unit;
    return Messages.isDefined(key) ? Messages.format(locale, key) : unit;
  }
}
