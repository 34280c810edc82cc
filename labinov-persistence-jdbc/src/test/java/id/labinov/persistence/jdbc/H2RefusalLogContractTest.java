package id.labinov.persistence.jdbc;

import id.labinov.core.Labinov;
import id.labinov.core.spi.RefusalLog;
import id.labinov.core.spi.contract.RefusalLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The refusal log contract on H2 in memory, the facade on the same storage's stores. */
class H2RefusalLogContractTest extends RefusalLogContract {
  private JdbcStorage storage;

  @BeforeEach
  void emptyTables() {
    storage = ClassBackends.fresh(getClass(), Backend.Kind.H2).storage();
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2RefusalLogContractTest.class);
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
