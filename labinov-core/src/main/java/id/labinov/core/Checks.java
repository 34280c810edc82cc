package id.labinov.core;

/**
 * Argument checks used at labinov's public boundary. They throw {@link InvalidValueException}
 * naming the parameter, never a bare {@link NullPointerException}.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} if it is not {@code null}.
   *
   * @param value the argument
   * @param name the parameter's name, used in the message
   * @param <T> the argument's type
   * @return the value
   * @throws InvalidValueException with code {@code REQUIRED} if {@code value} is {@code null}
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidValueException("REQUIRED", name, null, "error.required");
    }
    return value;
  }

  /**
   * Returns {@code value} stripped of surrounding white space and in Unicode NFC (the form every
   * canonical JSON and hash uses), if it is neither {@code null} nor blank.
   *
   * @param value the argument
   * @param name the parameter's name, used in the message
   * @return the stripped, NFC-normalised value
   * @throws InvalidValueException with code {@code REQUIRED} if {@code value} is {@code null} or blank
   */
  public static String notBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("REQUIRED", name, value, "error.required");
    }
    return java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
  }
}
