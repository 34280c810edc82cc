package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** The history verification contract on H2 in memory. */
class H2HistoryVerificationContractTest extends JdbcHistoryVerificationContract {
  @AfterAll
  static void dropTables() {
    ClassBackends.close(H2HistoryVerificationContractTest.class);
  }

  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
