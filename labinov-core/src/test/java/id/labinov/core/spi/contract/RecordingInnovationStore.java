package id.labinov.core.spi.contract;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passes every call to the store under test and remembers each innovation a call named, so that
 * {@link EventLogInvariantsExtension} can re-check their event logs after the test. Thread-safe.
 */
public final class RecordingInnovationStore implements InnovationStore {
  private final InnovationStore delegate;
  private final Set<InnovationRef> touched = ConcurrentHashMap.newKeySet();

  /**
   * Wraps a store.
   *
   * @param delegate the store under test
   */
  public RecordingInnovationStore(InnovationStore delegate) {
    this.delegate = delegate;
  }

  /** Returns the store under test. */
  public InnovationStore delegate() {
    return delegate;
  }

  /** Returns every innovation a call named so far (a live, thread-safe view). */
  public Set<InnovationRef> touched() {
    return touched;
  }

  @Override
  public Optional<InnovationState> load(InnovationRef ref) {
    touched.add(ref);
    return delegate.load(ref);
  }

  @Override
  public Optional<IdempotencyRecord> append(Append append) {
    touched.add(append.target());
    return delegate.append(append);
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotency(RegionCode region, String key, Instant now) {
    return delegate.findIdempotency(region, key, now);
  }

  @Override
  public List<InnovationEvent> history(InnovationRef ref) {
    touched.add(ref);
    return delegate.history(ref);
  }

  @Override
  public int purgeExpiredIdempotencyKeys(Instant now) {
    return delegate.purgeExpiredIdempotencyKeys(now);
  }

  @Override
  public <R> R transact(InnovationRef ref, id.labinov.core.spi.StoreTransaction.Work<R> work) {
    touched.add(ref);
    return delegate.transact(ref, work);
  }

  @Override
  public List<id.labinov.core.spi.AppendOutcome> appendAll(List<Append> appends, boolean allOrNothing) {
    appends.forEach(a -> touched.add(a.target()));
    return delegate.appendAll(appends, allOrNothing);
  }
}
