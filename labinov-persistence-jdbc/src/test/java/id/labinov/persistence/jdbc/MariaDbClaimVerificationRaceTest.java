package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Races on the verification stream on the MariaDB server. */
class MariaDbClaimVerificationRaceTest extends ClaimVerificationRaceContract {
  @Override
  JdbcClaimVerificationStore freshStore() {
    return ClassBackends.fresh(getClass(), Backend.Kind.MARIADB).storage().claimVerifications();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbClaimVerificationRaceTest.class);
  }
}
