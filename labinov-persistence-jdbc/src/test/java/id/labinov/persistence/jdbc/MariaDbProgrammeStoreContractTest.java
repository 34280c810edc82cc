package id.labinov.persistence.jdbc;

import id.labinov.core.spi.ProgrammeStore;
import id.labinov.core.spi.contract.ProgrammeStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The programme store contract on the MariaDB server. */
class MariaDbProgrammeStoreContractTest extends ProgrammeStoreContract {
  private JdbcProgrammeStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.MARIADB).storage().programmeStore();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbProgrammeStoreContractTest.class);
  }

  @Override
  protected ProgrammeStore store() {
    return store;
  }
}
