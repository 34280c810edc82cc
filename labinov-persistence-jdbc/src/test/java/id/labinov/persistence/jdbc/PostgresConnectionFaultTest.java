package id.labinov.persistence.jdbc;

/** Connection faults on the PostgreSQL server (pg_terminate_backend). */
class PostgresConnectionFaultTest extends ConnectionFaultContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
