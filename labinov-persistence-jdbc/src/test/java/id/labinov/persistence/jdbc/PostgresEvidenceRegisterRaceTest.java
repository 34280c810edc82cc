package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the evidence register on the PostgreSQL server. */
class PostgresEvidenceRegisterRaceTest extends EvidenceRegisterRaceContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresEvidenceRegisterRaceTest.class);
  }
}
