package id.labinov.persistence.jdbc;

import id.labinov.core.spi.CycleStore;
import id.labinov.core.spi.contract.CycleStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The cycle store contract on the MariaDB server. */
class MariaDbCycleStoreContractTest extends CycleStoreContract {
  private JdbcCycleStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.MARIADB).storage().cycle();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbCycleStoreContractTest.class);
  }

  @Override
  protected CycleStore store() {
    return store;
  }
}
