package id.labinov.persistence.jdbc;

/** The cycle store's database behaviour on the PostgreSQL server. */
class PostgresCycleJdbcTest extends CycleJdbcContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
