package id.labinov.persistence.jdbc;

import id.labinov.core.error.LabinovException;
import java.util.List;
import java.util.Locale;

/**
 * The database's labinov schema is not the version this library works with. Thrown when the
 * storage is built, before anything is read or written; see the subclasses for the two cases.
 */
public abstract class SchemaVersionException extends LabinovException {
  private static final long serialVersionUID = 1L;
  /** The schema version found in the database (0 if it has no labinov schema). */
  private final int found;
  /** The schema version this library works with. */
  private final int supported;

  /**
   * Creates the exception.
   *
   * @param code the stable code
   * @param messageKey a key in this module's message bundle
   * @param found the version recorded in the database's history table (0 if none)
   * @param supported the version this library knows
   * @param tablePrefix the table prefix in use
   */
  protected SchemaVersionException(String code, String messageKey, int found, int supported, String tablePrefix) {
    super(code, messageKey, List.of(found, supported, String.valueOf(tablePrefix)), null);
    this.found = found;
    this.supported = supported;
  }

  /** {@return the version recorded in the database (0 if it has no labinov schema)} */
  public int found() {
    return found;
  }

  /** {@return the newest schema version this library knows} */
  public int supported() {
    return supported;
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
