package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the evidence register on the MariaDB server. */
class MariaDbEvidenceRegisterRaceTest extends EvidenceRegisterRaceContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbEvidenceRegisterRaceTest.class);
  }
}
