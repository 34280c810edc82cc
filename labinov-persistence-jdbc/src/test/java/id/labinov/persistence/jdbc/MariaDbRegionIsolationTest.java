package id.labinov.persistence.jdbc;

/** Region isolation on the MariaDB server. */
class MariaDbRegionIsolationTest extends RegionIsolationContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
