package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the cycle's streams on the MariaDB server. */
class MariaDbCycleRaceTest extends CycleRaceContract {
  @Override
  JdbcCycleStore freshStore() {
    return ClassBackends.fresh(getClass(), Backend.Kind.MARIADB).storage().cycle();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbCycleRaceTest.class);
  }
}
