package id.labinov.persistence.jdbc;

/** The stage visit rows after generated command sequences on the MariaDB server. */
class MariaDbVisitRowsTest extends VisitRowsContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }

  @Override
  int sequences() {
    return 15;
  }
}
