package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the verification stream on H2 in memory. */
class H2ClaimVerificationRaceTest extends ClaimVerificationRaceContract {
  @Override
  JdbcClaimVerificationStore freshStore() {
    return ClassBackends.fresh(getClass(), Backend.Kind.H2).storage().claimVerifications();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2ClaimVerificationRaceTest.class);
  }
}
