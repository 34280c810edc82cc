package id.labinov.persistence.jdbc;

import id.labinov.core.spi.CycleStore;
import id.labinov.core.spi.contract.CycleStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The cycle store contract on H2 in memory. */
class H2CycleStoreContractTest extends CycleStoreContract {
  private JdbcCycleStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.H2).storage().cycle();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2CycleStoreContractTest.class);
  }

  @Override
  protected CycleStore store() {
    return store;
  }
}
