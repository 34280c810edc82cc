package id.labinov.core;

import id.labinov.core.engine.HistoryProblem;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.ScopeVerification;
import id.labinov.core.engine.VerificationProgress;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Scope;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.spi.HistoryCheck;
import id.labinov.core.spi.HistorySource;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies stored histories, over any store: sequences without gaps, every event of its innovation
 * and able to follow the ones before it, the stored state equal to what the events fold to, and,
 * where the store keeps one (the JDBC store), the hash chain over the stored bytes (see
 * {@link HistoryCheck} for the checks and their order). One innovation, or every innovation of a
 * scope streamed one by one with a {@link VerificationProgress}. Reads only; obtained from
 * {@link Labinov#verifications()}; thread-safe.
 */
public final class VerificationService {
  private final HistorySource source;

  VerificationService(InnovationStore store, InnovationQuery query) {
    this.source = store instanceof HistorySource own ? own : HistorySource.of(store, query);
  }

  /**
   * Verifies one innovation's stored history.
   *
   * @param ref the innovation
   * @return intact, or the first broken link with its sequence and kind
   * @throws id.labinov.core.engine.NoSuchInnovationException if neither state nor events are stored
   * @throws id.labinov.core.engine.StorageException if the store fails
   * @throws id.labinov.core.error.InvalidValueException if the ref is missing
   */
  public HistoryVerification verify(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return HistoryCheck.verify(source, ref);
  }

  /**
   * Verifies every innovation of a scope, as {@link #verify(Scope, VerificationProgress)} does,
   * without a listener.
   *
   * @param scope a region, a province or the nation
   * @return the summary
   * @throws id.labinov.core.engine.StorageException if the store fails
   * @throws id.labinov.core.error.InvalidValueException if the scope is missing
   */
  public ScopeVerification verify(Scope scope) {
    return verify(scope, VerificationProgress.none());
  }

  /**
   * Verifies every innovation of a scope, one after another in ascending id order, reading a page of
   * innovation ids at a time (a scope is never loaded into memory; the summary keeps the problems
   * only), and tells {@code progress} each innovation's result as it comes.
   *
   * @param scope a region, a province or the nation
   * @param progress hears each result with the count done and the scope's total
   * @return the summary: innovations and events checked, the first broken link of each broken
   *     history
   * @throws id.labinov.core.engine.StorageException if the store fails
   * @throws id.labinov.core.error.InvalidValueException if the scope or the listener is missing
   */
  public ScopeVerification verify(Scope scope, VerificationProgress progress) {
    Checks.notNull(scope, "scope");
    Checks.notNull(progress, "progress");
    long total = source.countInnovations(scope);
    long done = 0;
    long events = 0;
    List<HistoryProblem> problems = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (page != null) {
      Page<InnovationRef> p = source.innovations(scope, page);
      for (InnovationRef ref : p.items()) {
        HistoryVerification v = HistoryCheck.verify(source, ref);
        done++;
        events += v.eventsChecked();
        v.findProblem().ifPresent(problems::add);
        progress.verified(v, done, total);
      }
      page = p.next();
    }
    return new ScopeVerification(scope, done, events, problems);
  }
}
