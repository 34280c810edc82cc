package id.labinov.persistence.jdbc;

/** Runs the authorisation contract on the MariaDB server at 127.0.0.1:3306 (database {@code test}). */
class MariaDbAuthorisationContractTest extends ServerAuthorisationContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
