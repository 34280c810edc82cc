package id.labinov.persistence.jdbc;

/** Runs the authorisation contract on the PostgreSQL server at 127.0.0.1:5432 (database {@code test}). */
class PostgresAuthorisationContractTest extends ServerAuthorisationContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
