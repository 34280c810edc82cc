package id.labinov.persistence.jdbc;

import id.labinov.core.Labinov;
import id.labinov.core.spi.RefusalLog;
import id.labinov.core.spi.contract.RefusalLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The refusal log contract on the PostgreSQL server, the facade on the same storage's stores. */
class PostgresRefusalLogContractTest extends RefusalLogContract {
  private JdbcStorage storage;

  @BeforeEach
  void emptyTables() {
    storage = ClassBackends.fresh(getClass(), Backend.Kind.POSTGRESQL).storage();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresRefusalLogContractTest.class);
  }

  @Override
  protected RefusalLog log() {
    return storage.refusalLog();
  }

  @Override
  protected Labinov.Builder stores(Labinov.Builder builder) {
    return builder.innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore())
        .programmeStore(storage.programmeStore()).evaluationStore(storage.evaluationStore());
  }
}
