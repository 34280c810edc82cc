package id.labinov.persistence.jdbc;

import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import id.labinov.core.spi.contract.AuthorisationContract;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs the authorisation contract on a database server: one table prefix per test class, emptied
 * before every test. A subclass names the server.
 */
abstract class ServerAuthorisationContract extends AuthorisationContract {
  private static final Map<Class<?>, Backend> BACKENDS = new ConcurrentHashMap<>();

  /** Returns the database this class runs on. */
  abstract Backend.Kind kind();

  private Backend backend() {
    return BACKENDS.computeIfAbsent(getClass(), k -> Backend.open(kind(), 4));
  }

  @BeforeEach
  void emptyTables() {
    Backend.assumeReachable(kind());
    backend().clear();
  }

  @AfterAll
  static void dropTables() {
    BACKENDS.values().forEach(Backend::close);
    BACKENDS.clear();
  }

  /** Each example is a round of commits on a server: fewer than in memory. */
  @Override
  protected int policyExamples() {
    return 80;
  }

  @Override
  protected InnovationStore store() {
    return backend().storage().innovationStore();
  }

  @Override
  protected InnovationQuery query() {
    return backend().storage().innovationStore();
  }

  @Override
  protected RulebookStore rulebookStore() {
    return backend().storage().rulebookStore();
  }
}
