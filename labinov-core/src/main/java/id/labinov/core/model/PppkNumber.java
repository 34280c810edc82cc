package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;

/**
 * The registration number (NI PPPK) of a contract civil servant (PPPK). Its digits encode other
 * data than a NIP's, so it is kept exactly as given and never decoded.
 *
 * @param value the number as given, digits only (spaces removed by {@link #parse(String)})
 */
public record PppkNumber(String value) implements IdentityNumber {
  /**
   * Validates that the number consists of 8 to 30 digits.
   *
   * @param value the number as given, digits only (spaces removed by {@link #parse(String)})
   * @throws InvalidValueException with code {@code INVALID_PPPK_NUMBER}
   */
  public PppkNumber {
    if (value == null || !value.matches("\\d{8,30}")) {
      throw new InvalidValueException("INVALID_PPPK_NUMBER", "pppkNumber", value, "error.pppk");
    }
  }

  /**
   * Parses a PPPK number, ignoring spaces.
   *
   * @param text the number
   * @return the number
   */
  public static PppkNumber parse(String text) {
    return new PppkNumber(text == null ? null : text.replace(" ", ""));
  }
}
