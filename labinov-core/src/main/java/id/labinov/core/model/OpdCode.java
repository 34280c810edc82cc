package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The code a region gives one of its work units (OPD, Organisasi Perangkat Daerah). No national
 * OPD code exists, so the region chooses: e.g. {@code DINKES}, {@code BAPPEDA}, {@code KEC-RANGKASBITUNG}.
 *
 * @param value 1-40 characters: upper-case letters, digits, {@code .}, {@code _} or {@code -},
 *     starting with a letter or digit
 */
public record OpdCode(String value) implements Comparable<OpdCode> {
  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

  /**
   * Validates the code.
   *
   * @param value 1-40 characters: upper-case letters, digits, {@code .}, {@code _} or {@code -},
   *     starting with a letter or digit
   * @throws InvalidValueException with code {@code INVALID_OPD_CODE}
   */
  public OpdCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidValueException("INVALID_OPD_CODE", "opdCode", value, "error.opdCode");
    }
  }

  /**
   * Creates an OPD code.
   *
   * @param value e.g. {@code "DINKES"}
   * @return the code
   */
  public static OpdCode of(String value) {
    return new OpdCode(value);
  }

  @Override
  public int compareTo(OpdCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
