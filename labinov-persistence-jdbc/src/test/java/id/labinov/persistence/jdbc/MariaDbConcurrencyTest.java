package id.labinov.persistence.jdbc;

/** The concurrency suite on the MariaDB server at 127.0.0.1:3306. */
class MariaDbConcurrencyTest extends ConcurrencyContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
