package id.labinov.persistence.jdbc;

/** Batch import on the MariaDB server. */
class MariaDbBatchImportTest extends BatchImportContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
