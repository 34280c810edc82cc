package id.labinov.persistence.jdbc;

/**
 * Automatic migration is switched off and the database does not yet hold the schema version this
 * library needs. Code {@code SCHEMA_NOT_APPLIED}. Apply the published scripts up to
 * {@link #supported()} (see {@link JdbcStorage#schemaScript}), or let the storage migrate.
 */
public final class SchemaNotAppliedException extends SchemaVersionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param found the version in the database (0 if none)
   * @param supported the version this library needs
   * @param tablePrefix the table prefix in use
   */
  public SchemaNotAppliedException(int found, int supported, String tablePrefix) {
    super("SCHEMA_NOT_APPLIED", "jdbc.schemaNotApplied", found, supported, tablePrefix);
  }
}
