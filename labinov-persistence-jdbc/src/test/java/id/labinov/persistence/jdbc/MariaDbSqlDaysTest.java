package id.labinov.persistence.jdbc;

/** The SQL day arithmetic of the report aggregates on the MariaDB server. */
class MariaDbSqlDaysTest extends SqlDaysContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
