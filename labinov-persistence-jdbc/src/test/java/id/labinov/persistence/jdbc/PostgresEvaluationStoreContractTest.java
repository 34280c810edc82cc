package id.labinov.persistence.jdbc;

import id.labinov.core.contract.EvaluationStoreContract;
import id.labinov.core.port.EvaluationStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The evaluation store contract on the PostgreSQL server. */
class PostgresEvaluationStoreContractTest extends EvaluationStoreContract {
  private JdbcEvaluationStore store;

  @BeforeEach
  void emptyTables() {
    store = ClassBackends.fresh(getClass(), Backend.Kind.POSTGRESQL).storage().evaluationStore();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresEvaluationStoreContractTest.class);
  }

  @Override
  protected EvaluationStore store() {
    return store;
  }
}
