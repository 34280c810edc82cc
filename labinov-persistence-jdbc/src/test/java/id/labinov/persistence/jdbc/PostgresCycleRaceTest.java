package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the cycle's streams on the PostgreSQL server. */
class PostgresCycleRaceTest extends CycleRaceContract {
  @Override
  JdbcCycleStore freshStore() {
    return ClassBackends.fresh(getClass(), Backend.Kind.POSTGRESQL).storage().cycle();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresCycleRaceTest.class);
  }
}
