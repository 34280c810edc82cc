package id.labinov.cli;

import id.labinov.core.memory.InMemoryCycleStore;
import id.labinov.core.spi.CycleStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TODO(cycle store): interim only — delete when {@code JdbcStorage.cycle()} is on main (see
 * {@code Session#cycleStore}). Keeps the yearly cycle's streams in this JVM, one in-memory store per
 * database, so that in-process runs of several commands see each other's entries.
 */
final class InterimCycleStores {
  private static final Map<String, CycleStore> STORES = new ConcurrentHashMap<>();

  private InterimCycleStores() {}

  static CycleStore of(String database) {
    return STORES.computeIfAbsent(database, k -> new InMemoryCycleStore());
  }
}
