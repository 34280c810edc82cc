package id.labinov.persistence.jdbc;

/** The statements per command on the MariaDB server. */
class MariaDbStatementCountTest extends StatementCountContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
