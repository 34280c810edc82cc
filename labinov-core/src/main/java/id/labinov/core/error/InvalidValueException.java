package id.labinov.core.error;

import java.util.List;

/**
 * A value given to labinov is malformed: a region code, NIP, identifier, label or parameter that
 * fails validation. The exception names the {@link #field() field}, carries the rejected value and
 * a message that says how to fix it.
 */
public class InvalidValueException extends LabinovException {
  private static final long serialVersionUID = 1L;

  /** The name of the rejected field or parameter. */
  private final String field;
  /** The rejected value as text, shortened to 80 characters; {@code "null"} for null. */
  private final String rejectedValue;

  /**
   * Creates the exception.
   *
   * @param code stable code, e.g. {@code INVALID_NIP}
   * @param field the name of the field or parameter that is wrong
   * @param rejectedValue the value as given (shortened for display); {@code null} if absent
   * @param messageKey message key whose first argument is the field and second the value
   * @param extraArguments further message arguments
   */
  public InvalidValueException(
      String code, String field, Object rejectedValue, String messageKey, Object... extraArguments) {
    super(code, messageKey, args(field, rejectedValue, extraArguments), null);
    this.field = field;
    this.rejectedValue = display(rejectedValue);
  }

  private static List<Object> args(String field, Object value, Object... extra) {
    Object[] all = new Object[2 + extra.length];
    all[0] = field;
    all[1] = display(value);
    System.arraycopy(extra, 0, all, 2, extra.length);
    return java.util.Arrays.asList(all);
  }

  private static String display(Object value) {
    if (value == null) {
      return "null";
    }
    String s = String.valueOf(value);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /** {@return the name of the field or parameter that was rejected} */
  public String field() {
    return field;
  }

  /** {@return the rejected value as text (shortened to 80 characters), or {@code "null"}} */
  public String rejectedValue() {
    return rejectedValue;
  }
}
