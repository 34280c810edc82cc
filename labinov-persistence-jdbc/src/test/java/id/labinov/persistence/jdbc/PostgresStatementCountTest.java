package id.labinov.persistence.jdbc;

/** The statements per command on the PostgreSQL server. */
class PostgresStatementCountTest extends StatementCountContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
