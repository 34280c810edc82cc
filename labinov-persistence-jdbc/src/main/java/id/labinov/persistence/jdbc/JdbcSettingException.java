package id.labinov.persistence.jdbc;

import id.labinov.core.error.InvalidValueException;
import java.util.Locale;

/**
 * A setting or argument given to the JDBC storage is wrong: a table prefix that is not a safe SQL
 * name, a database this module does not support, a caller's connection in auto-commit mode for a
 * write, a feed limit out of range, a text longer than its column holds ({@code VALUE_TOO_LONG},
 * e.g. an evidence document's subject). It is an {@link InvalidValueException}: {@link #field()}
 * names the setting and the message says how to fix it, in Bahasa Indonesia or English.
 */
public class JdbcSettingException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code stable upper-snake code, e.g. {@code INVALID_TABLE_PREFIX}
   * @param field the setting or parameter that is wrong
   * @param rejectedValue the value given, or {@code null}
   * @param messageKey a key in this module's message bundle
   * @param extraArguments further message arguments after the field and the value
   */
  public JdbcSettingException(String code, String field, Object rejectedValue, String messageKey,
      Object... extraArguments) {
    super(code, field, rejectedValue, messageKey, extraArguments);
  }

  /**
   * Returns the message in English, for logs.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return getMessage(Locale.ENGLISH);
  }

  /**
   * Returns the message in the given language: English for {@code en}, otherwise Indonesian.
   *
   * @param locale the caller's locale, or {@code null} for Indonesian
   * @return the message, never {@code null}
   */
  @Override
  public String getMessage(Locale locale) {
    return JdbcMessages.format(locale, messageKey(), arguments());
  }
}
