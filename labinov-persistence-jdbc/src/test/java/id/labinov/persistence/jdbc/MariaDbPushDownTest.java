package id.labinov.persistence.jdbc;

/** Query push-down compared with the in-memory store on the MariaDB server. */
class MariaDbPushDownTest extends PushDownContract {
  @Override
  Backend openBackend() {
    return Backend.open(Backend.Kind.MARIADB, 6);
  }
}
