package id.labinov.persistence.jdbc;

/** Connection faults on the MariaDB server (KILL). */
class MariaDbConnectionFaultTest extends ConnectionFaultContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
