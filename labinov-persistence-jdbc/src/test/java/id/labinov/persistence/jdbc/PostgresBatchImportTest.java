package id.labinov.persistence.jdbc;

/** Batch import on the PostgreSQL server. */
class PostgresBatchImportTest extends BatchImportContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
