package id.labinov.persistence.jdbc;

/** The stage visit rows after generated command sequences on the PostgreSQL server. */
class PostgresVisitRowsTest extends VisitRowsContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }

  @Override
  int sequences() {
    return 15;
  }
}
