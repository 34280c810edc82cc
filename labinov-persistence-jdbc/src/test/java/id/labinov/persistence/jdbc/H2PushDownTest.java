package id.labinov.persistence.jdbc;

/** Query push-down compared with the in-memory store on H2 in memory (more aggregate cases than on a server). */
class H2PushDownTest extends PushDownContract {
  @Override
  Backend openBackend() {
    return Backend.open(Backend.Kind.H2, 6);
  }

  @Override
  int aggregateFilters() {
    return 10;
  }
}
