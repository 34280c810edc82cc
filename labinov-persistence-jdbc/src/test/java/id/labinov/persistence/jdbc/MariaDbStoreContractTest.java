package id.labinov.persistence.jdbc;

/** Runs the storage contract on the MariaDB server at 127.0.0.1:3306 (database {@code test}). */
class MariaDbStoreContractTest extends ServerStoreContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
