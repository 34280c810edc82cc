package id.labinov.persistence.jdbc;

/** Query push-down compared with the in-memory store on the PostgreSQL server. */
class PostgresPushDownTest extends PushDownContract {
  @Override
  Backend openBackend() {
    return Backend.open(Backend.Kind.POSTGRESQL, 6);
  }
}
