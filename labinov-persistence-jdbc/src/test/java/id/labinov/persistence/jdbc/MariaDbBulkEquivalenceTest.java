package id.labinov.persistence.jdbc;

/** The bulk-equivalence property (core's {@code BulkEquivalenceContract}) on the MariaDB server. */
class MariaDbBulkEquivalenceTest extends JdbcBulkEquivalenceContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }

  @Override
  protected int examples() {
    return 25;
  }
}
