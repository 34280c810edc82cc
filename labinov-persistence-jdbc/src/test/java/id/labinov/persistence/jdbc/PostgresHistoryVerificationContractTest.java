package id.labinov.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;

/** The history verification contract on the PostgreSQL server. */
class PostgresHistoryVerificationContractTest extends JdbcHistoryVerificationContract {
  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresHistoryVerificationContractTest.class);
  }

  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
