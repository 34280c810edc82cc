package id.labinov.persistence.jdbc;

import id.labinov.core.spi.CycleStore;
import id.labinov.core.spi.contract.CycleStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The cycle store contract on the PostgreSQL server. */
class PostgresCycleStoreContractTest extends CycleStoreContract {
  private JdbcCycleStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.POSTGRESQL).storage().cycle();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresCycleStoreContractTest.class);
  }

  @Override
  protected CycleStore store() {
    return store;
  }
}
