package id.labinov.persistence.jdbc;

/** Region isolation on the PostgreSQL server. */
class PostgresRegionIsolationTest extends RegionIsolationContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
