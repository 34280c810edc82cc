package id.labinov.persistence.jdbc;

import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.contract.EvaluationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The evaluation store contract on the MariaDB server. */
class MariaDbEvaluationStoreContractTest extends EvaluationStoreContract {
  private JdbcEvaluationStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.MARIADB).storage().evaluationStore();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbEvaluationStoreContractTest.class);
  }

  @Override
  protected EvaluationStore store() {
    return store;
  }
}
