package id.labinov.portal.api;

import java.util.List;

/**
 * A request the API cannot take as it is: a missing or malformed field of the body, a header in the
 * wrong form, an unknown value. Answered {@code 400} as a problem naming the field and saying how to
 * put it right, in the caller's language.
 */
public final class ApiBadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String field;
  private final String messageKey;
  private final transient List<Object> arguments;

  /**
   * Creates the exception.
   *
   * @param code a labinov-style code, e.g. {@code FIELD_MISSING}
   * @param field the field (JSON path, header or parameter name) that is wrong
   * @param messageKey the key in the API bundle of what is wrong; {@code <key>.fix} says how to fix it
   * @param arguments the message's arguments (the field first)
   */
  public ApiBadRequestException(String code, String field, String messageKey, Object... arguments) {
    super(code + " at " + field);
    this.code = code;
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** {@return the code} */
  public String code() {
    return code;
  }

  /** {@return the field that is wrong} */
  public String field() {
    return field;
  }

  /** {@return the bundle key of the message} */
  public String messageKey() {
    return messageKey;
  }

  /** {@return the message's arguments} */
  public List<Object> arguments() {
    return arguments == null ? List.of() : arguments;
  }
}
