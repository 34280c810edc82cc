/**
 * labinov's JDBC store: implements labinov-core's ports on a {@link javax.sql.DataSource} (H2,
 * PostgreSQL, MariaDB) and applies its own versioned schema scripts. Drivers and pools are the host's
 * choice.
 */
module id.labinov.persistence.jdbc {
  // Transitive: the stores implement core's ports and take and return core's types.
  requires transitive id.labinov.core;
  // Transitive: JdbcStorage.Builder takes a DataSource; the stores' inTransaction take a Connection,
  // a TransactionBinding returns one.
  requires transitive java.sql;

  exports id.labinov.persistence.jdbc;
}
