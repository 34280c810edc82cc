package id.labinov.persistence.jdbc;

import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.contract.EvaluationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The evaluation store contract on H2 in memory. */
class H2EvaluationStoreContractTest extends EvaluationStoreContract {
  private JdbcEvaluationStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.H2).storage().evaluationStore();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2EvaluationStoreContractTest.class);
  }

  @Override
  protected EvaluationStore store() {
    return store;
  }
}
