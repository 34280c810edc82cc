package id.labinov.persistence.jdbc;

/** The bulk-equivalence property (core's {@code BulkEquivalenceContract}) on the PostgreSQL server. */
class PostgresBulkEquivalenceTest extends JdbcBulkEquivalenceContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }

  @Override
  protected int examples() {
    return 25;
  }
}
