package id.labinov.persistence.jdbc;

/** The concurrency suite on H2 in memory. */
class H2ConcurrencyTest extends ConcurrencyContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
