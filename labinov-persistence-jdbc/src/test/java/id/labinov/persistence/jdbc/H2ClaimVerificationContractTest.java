package id.labinov.persistence.jdbc;

import id.labinov.core.spi.ClaimVerificationStore;
import id.labinov.core.spi.contract.ClaimVerificationContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The claim verification contract on H2 in memory. */
class H2ClaimVerificationContractTest extends ClaimVerificationContract {
  private JdbcClaimVerificationStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.H2).storage().claimVerifications();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2ClaimVerificationContractTest.class);
  }

  @Override
  protected ClaimVerificationStore store() {
    return store;
  }
}
