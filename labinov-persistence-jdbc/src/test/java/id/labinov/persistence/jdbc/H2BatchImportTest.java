package id.labinov.persistence.jdbc;

/** Batch import on H2 in memory. */
class H2BatchImportTest extends BatchImportContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
