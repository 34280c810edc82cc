package id.labinov.persistence.jdbc;

/** The bulk-equivalence property (core's {@code BulkEquivalenceContract}) on H2 in memory, with the most sequences. */
class H2BulkEquivalenceTest extends JdbcBulkEquivalenceContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }

  @Override
  protected int examples() {
    return 150;
  }
}
