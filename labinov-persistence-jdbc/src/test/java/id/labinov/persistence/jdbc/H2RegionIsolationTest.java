package id.labinov.persistence.jdbc;

/** Region isolation on H2 in memory. */
class H2RegionIsolationTest extends RegionIsolationContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
