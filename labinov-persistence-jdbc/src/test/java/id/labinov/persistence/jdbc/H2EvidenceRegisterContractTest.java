package id.labinov.persistence.jdbc;

import id.labinov.core.spi.EvidenceRegisterStore;
import id.labinov.core.spi.contract.EvidenceRegisterContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The evidence register contract on H2 in memory. */
class H2EvidenceRegisterContractTest extends EvidenceRegisterContract {
  private JdbcEvidenceRegister store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.H2).storage().evidenceRegister();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2EvidenceRegisterContractTest.class);
  }

  @Override
  protected EvidenceRegisterStore store() {
    return store;
  }
}
