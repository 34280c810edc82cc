package id.labinov.persistence.jdbc;

import id.labinov.core.spi.ProgrammeStore;
import id.labinov.core.spi.contract.ProgrammeStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The programme store contract on H2 in memory. */
class H2ProgrammeStoreContractTest extends ProgrammeStoreContract {
  private JdbcProgrammeStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.H2).storage().programmeStore();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2ProgrammeStoreContractTest.class);
  }

  @Override
  protected ProgrammeStore store() {
    return store;
  }
}
