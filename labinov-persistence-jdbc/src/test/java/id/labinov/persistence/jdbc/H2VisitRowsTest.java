package id.labinov.persistence.jdbc;

/** The stage visit rows after generated command sequences on H2 in memory. */
class H2VisitRowsTest extends VisitRowsContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }

  @Override
  int sequences() {
    return 80;
  }
}
