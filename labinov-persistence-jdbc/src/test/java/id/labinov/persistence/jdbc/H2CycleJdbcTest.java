package id.labinov.persistence.jdbc;

/** The cycle store's database behaviour on H2 in memory. */
class H2CycleJdbcTest extends CycleJdbcContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
