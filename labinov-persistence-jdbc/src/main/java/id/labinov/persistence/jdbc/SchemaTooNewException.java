package id.labinov.persistence.jdbc;

/**
 * The database holds a newer labinov schema than this library knows (another server already runs a
 * newer release). Code {@code SCHEMA_TOO_NEW}. Nothing was changed; upgrade
 * labinov-persistence-jdbc to a release that knows {@link #found()}.
 */
public final class SchemaTooNewException extends SchemaVersionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param found the version in the database
   * @param supported the newest version this library knows
   * @param tablePrefix the table prefix in use
   */
  public SchemaTooNewException(int found, int supported, String tablePrefix) {
    super("SCHEMA_TOO_NEW", "jdbc.schemaTooNew", found, supported, tablePrefix);
  }
}
