package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the evidence register on H2 in memory. */
class H2EvidenceRegisterRaceTest extends EvidenceRegisterRaceContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2EvidenceRegisterRaceTest.class);
  }
}
