package id.labinov.persistence.jdbc;

/**
 * Query push-down compared with the in-memory store on H2 in memory: every scope with every filter
 * and more aggregate cases than on a server, where the same properties run on a covering sample.
 */
class H2PushDownTest extends PushDownContract {
  @Override
  Backend openBackend() {
    return Backend.open(Backend.Kind.H2, 6);
  }

  @Override
  boolean everyPairing() {
    return true;
  }

  @Override
  int aggregateFilters() {
    return 10;
  }
}
