package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the cycle's streams on H2 in memory, with more rounds than on a server. */
class H2CycleRaceTest extends CycleRaceContract {
  @Override
  JdbcCycleStore freshStore() {
    return ClassBackends.fresh(getClass(), Backend.Kind.H2).storage().cycle();
  }

  @Override
  int rounds() {
    return 12;
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2CycleRaceTest.class);
  }
}
