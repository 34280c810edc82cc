package id.labinov.persistence.jdbc;

/** The cycle store's database behaviour on the MariaDB server. */
class MariaDbCycleJdbcTest extends CycleJdbcContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
