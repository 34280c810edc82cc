package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** The history verification contract on the MariaDB server. */
class MariaDbHistoryVerificationContractTest extends JdbcHistoryVerificationContract {
  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbHistoryVerificationContractTest.class);
  }

  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
