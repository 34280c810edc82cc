package id.labinov.persistence.jdbc;

/** The concurrency suite on the PostgreSQL server at 127.0.0.1:5432. */
class PostgresConcurrencyTest extends ConcurrencyContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
