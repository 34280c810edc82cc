package id.labinov.persistence.jdbc;

import id.labinov.core.spi.ClaimVerificationStore;
import id.labinov.core.spi.contract.ClaimVerificationContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The claim verification contract on the MariaDB server. */
class MariaDbClaimVerificationContractTest extends ClaimVerificationContract {
  private JdbcClaimVerificationStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.MARIADB).storage().claimVerifications();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbClaimVerificationContractTest.class);
  }

  @Override
  protected ClaimVerificationStore store() {
    return store;
  }
}
