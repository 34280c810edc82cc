package id.labinov.persistence.jdbc;

/** The SQL day arithmetic of the report aggregates on the PostgreSQL server. */
class PostgresSqlDaysTest extends SqlDaysContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
