package id.labinov.persistence.jdbc;

import id.labinov.core.spi.EvidenceRegisterStore;
import id.labinov.core.spi.contract.EvidenceRegisterContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The evidence register contract on the MariaDB server. */
class MariaDbEvidenceRegisterContractTest extends EvidenceRegisterContract {
  private JdbcEvidenceRegister store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.MARIADB).storage().evidenceRegister();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbEvidenceRegisterContractTest.class);
  }

  @Override
  protected EvidenceRegisterStore store() {
    return store;
  }
}
