package id.labinov.core.spi;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StorageException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The stored histories of a store, as history verification reads them: which innovations a scope
 * holds, and each one's history as stored, handed to a {@link HistoryCheck}. A store implements it to
 * let verification see what only the store sees (the stored bytes and the hash chain of the JDBC
 * store) and to read state and events consistently; for any other store the facade uses
 * {@link #of(InnovationStore, InnovationQuery)}. Implementations must be thread-safe.
 */
public interface HistorySource {
  /**
   * Counts the innovations whose state is stored in a scope.
   *
   * @param scope which regions
   * @return the count
   * @throws StorageException if the store fails
   */
  long countInnovations(Scope scope);

  /**
   * Lists the innovations whose state is stored in a scope, one page at a time, in ascending id
   * order, reading as little as possible of each (so a damaged row is still listed).
   *
   * @param scope which regions
   * @param page the page wanted
   * @return the page
   * @throws StorageException if the store fails
   */
  Page<InnovationRef> innovations(Scope scope, PageRequest page);

  /**
   * Reads one innovation's history as stored and hands it to {@code check}: each stored event by
   * {@link HistoryCheck#event}, in ascending stored sequence, stopping when it returns
   * {@code false}; then, unless stopped, the stored state by {@link HistoryCheck#state}. Events that
   * do not decode are handed over as {@code null}, never skipped. Implementations read state and
   * events as of one moment where they can.
   *
   * @param ref the innovation
   * @param check the check to feed
   * @throws id.labinov.core.engine.NoSuchInnovationException if neither state nor events are stored
   *     (thrown by the check)
   * @throws StorageException if the store fails
   */
  void readStoredHistory(InnovationRef ref, HistoryCheck check);

  /**
   * Returns the stored histories of any store, read through its ports: innovations listed and
   * counted by the query port, each history read by {@link InnovationStore#history} and its state by
   * {@link InnovationStore#load} (two reads, so a command committed between them shows as a broken
   * link; stores that can read both at once implement this interface themselves).
   *
   * @param store the innovation store
   * @param query the query port over the same innovations
   * @return the source
   * @throws id.labinov.core.error.InvalidValueException if a port is missing
   */
  static HistorySource of(InnovationStore store, InnovationQuery query) {
    Checks.notNull(store, "store");
    Checks.notNull(query, "query");
    return new HistorySource() {
      @Override
      public long countInnovations(Scope scope) {
        long n = 0;
        for (CountRow row : query.count(scope, InnovationFilter.all(), Dimension.STATUS)) {
          n += row.count();
        }
        return n;
      }

      @Override
      public Page<InnovationRef> innovations(Scope scope, PageRequest page) {
        Page<InnovationSummary> p = query.find(scope, InnovationFilter.all(), page);
        return new Page<>(p.items().stream().map(InnovationSummary::ref).toList(), p.next());
      }

      @Override
      public void readStoredHistory(InnovationRef ref, HistoryCheck check) {
        Checks.notNull(check, "check");
        List<InnovationEvent> events = store.history(ref);
        for (InnovationEvent e : events) {
          if (!check.event(e.metadata().sequence(), e, true)) {
            return;
          }
        }
        Optional<InnovationState> state = store.load(ref);
        check.state(state.map(InnovationState::version).orElse(-1L), state.orElse(null), true);
      }
    };
  }
}
