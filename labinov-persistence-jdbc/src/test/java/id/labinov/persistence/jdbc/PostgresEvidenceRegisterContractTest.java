package id.labinov.persistence.jdbc;

import id.labinov.core.spi.EvidenceRegisterStore;
import id.labinov.core.spi.contract.EvidenceRegisterContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The evidence register contract on the PostgreSQL server. */
class PostgresEvidenceRegisterContractTest extends EvidenceRegisterContract {
  private JdbcEvidenceRegister store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.POSTGRESQL).storage().evidenceRegister();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresEvidenceRegisterContractTest.class);
  }

  @Override
  protected EvidenceRegisterStore store() {
    return store;
  }
}
