package id.labinov.portal.web;

/**
 * A form or link sent a value the page cannot use (a target stage the rulebook does not know, a round
 * outside the years labinov scores): answered with a readable 400 page naming the field in words
 * ({@code field-name.*} in the pages' bundle), never a 404 or the raw value.
 */
public final class BadFormValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the form field's name (e.g. {@code to}, {@code round}); shown by its words, never as is
   */
  public BadFormValueException(String field) {
    super("bad value of form field " + field);
    this.field = field;
  }

  /** {@return the form field's name} */
  public String field() {
    return field;
  }
}
