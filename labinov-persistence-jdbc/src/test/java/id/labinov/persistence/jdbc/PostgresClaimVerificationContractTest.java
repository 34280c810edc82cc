package id.labinov.persistence.jdbc;

import id.labinov.core.spi.ClaimVerificationStore;
import id.labinov.core.spi.contract.ClaimVerificationContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The claim verification contract on the PostgreSQL server. */
class PostgresClaimVerificationContractTest extends ClaimVerificationContract {
  private JdbcClaimVerificationStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.POSTGRESQL).storage().claimVerifications();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresClaimVerificationContractTest.class);
  }

  @Override
  protected ClaimVerificationStore store() {
    return store;
  }
}
