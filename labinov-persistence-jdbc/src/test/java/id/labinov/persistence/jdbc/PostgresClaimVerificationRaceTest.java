package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the verification stream on the PostgreSQL server. */
class PostgresClaimVerificationRaceTest extends ClaimVerificationRaceContract {
  @Override
  JdbcClaimVerificationStore freshStore() {
    return ClassBackends.fresh(getClass(), Backend.Kind.POSTGRESQL).storage().claimVerifications();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresClaimVerificationRaceTest.class);
  }
}
