package id.labinov.core.spi;


import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores innovations: their current state (with its version) and their append-only history.
 * Implementations must be thread-safe, keep every key scoped by region, and make {@link #append}
 * atomic: all events, the new state and the idempotency record, or nothing.
 */
public interface InnovationStore {
  /**
   * Loads the current state, without replaying history.
   *
   * @param ref the innovation
   * @return the state (its {@code version()} is the event count), or empty if none exists in that region
   * @throws StorageException if the store fails
   */
  Optional<InnovationState> load(InnovationRef ref);

  /**
   * Appends events if the stored version still equals {@code append.expectedVersion()}.
   *
   * <p>If the append carries an idempotency record whose key is already stored for the region: with
   * the same request hash, nothing is written and the stored record is returned (a lost reply
   * retried); with a different hash, {@link IdempotencyKeyReusedException} is thrown. This check
   * comes before the version check.
   *
   * @param append what to write
   * @return the idempotency record that now stands for this command, if any: the given one, or the
   *     stored one when this was a retry (then nothing was written)
   * @throws VersionConflictException if another writer got there first
   * @throws IdempotencyKeyReusedException if the key was used for another request
   * @throws StorageException if the store fails; nothing is written
   */
  Optional<IdempotencyRecord> append(Append append);

  /**
   * Looks an idempotency key up (unexpired ones only).
   *
   * @param region the region the key belongs to
   * @param key the key
   * @param now the current time, to ignore expired keys
   * @return the record, or empty
   * @throws StorageException if the store fails
   */
  Optional<IdempotencyRecord> findIdempotency(RegionCode region, String key, Instant now);

  /**
   * Returns the whole history of an innovation, in sequence order.
   *
   * @param ref the innovation
   * @return the events; empty if none exists in that region
   * @throws StorageException if the store fails
   */
  List<InnovationEvent> history(InnovationRef ref);

  /**
   * Forgets idempotency keys that expired before {@code now}.
   *
   * @param now the current time
   * @return how many were removed
   * @throws StorageException if the store fails
   */
  int purgeExpiredIdempotencyKeys(Instant now);

  /**
   * Runs one command as one unit of work: everything {@code work} does through its
   * {@link StoreTransaction} (idempotency lookup, state read, append) happens in one store
   * transaction, committed when the work returns and rolled back when it throws (the exception
   * propagates). The command pipeline decides inside the work, so a command is decided on the state
   * its append follows. Listeners are the caller's business, after this returns.
   *
   * <p>The default runs the work on {@link StoreTransaction#direct}: right for stores whose
   * {@link #append} is atomic and version-checked. Stores with transactions override it.
   *
   * @param <R> what the work returns
   * @param ref the innovation
   * @param work the work
   * @return what the work returned
   * @throws StorageException if the store fails; nothing is written
   */
  default <R> R transact(InnovationRef ref, StoreTransaction.Work<R> work) {
    id.labinov.core.internal.Checks.notNull(work, "work");
    return work.run(StoreTransaction.direct(this, ref));
  }

  /**
   * Loads the current states of many innovations at once, without replaying history.
   *
   * <p>The default loads one after another; stores override it with one query.
   *
   * @param refs the innovations
   * @return the states of those that exist in their region, by ref, in the order given
   * @throws StorageException if the store fails
   */
  @id.labinov.core.annotation.Beta
  default java.util.Map<InnovationRef, InnovationState> loadAll(java.util.Collection<InnovationRef> refs) {
    id.labinov.core.internal.Checks.notNull(refs, "refs");
    java.util.Map<InnovationRef, InnovationState> out = new java.util.LinkedHashMap<>();
    for (InnovationRef ref : refs) {
      load(id.labinov.core.internal.Checks.notNull(ref, "refs[]")).ifPresent(s -> out.put(ref, s));
    }
    return out;
  }

  /**
   * Runs one chunk of a bulk command as one unit of work: everything {@code work} does through its
   * {@link BulkTransaction} (idempotency lookups, the states' read, the appends) happens in one
   * store transaction, committed when the work returns and rolled back when it throws (the
   * exception propagates). The command pipeline decides every item inside the work; an append that
   * conflicts or fails is reported in its outcome and leaves the chunk's other appends written.
   *
   * <p>The default runs the work on {@link BulkTransaction#direct}: right for stores whose
   * {@link #append} is atomic and version-checked. Stores with transactions override it and write
   * the chunk with few statements.
   *
   * @param <R> what the work returns
   * @param refs the chunk's innovations, each once
   * @param work the work
   * @return what the work returned
   * @throws id.labinov.core.error.InvalidValueException if an innovation repeats
   * @throws StorageException if the store fails as a whole; nothing of the chunk is written
   */
  @id.labinov.core.annotation.Beta
  default <R> R transactAll(List<InnovationRef> refs, BulkTransaction.Work<R> work) {
    id.labinov.core.internal.Checks.notNull(work, "work");
    return work.run(BulkTransaction.direct(this, refs));
  }

  /**
   * Writes many already decided appends (new innovations, e.g. an import), each with the semantics
   * of {@link #append}: one outcome per append, at its index. With {@code allOrNothing}, either
   * every append is written or none is (then each is {@link AppendOutcome.Status#ROLLED_BACK},
   * except those that failed).
   *
   * <p>The default writes one append after another and supports {@code allOrNothing} only by
   * refusing it with {@link UnsupportedOperationException}; stores override it with batches.
   *
   * @param appends what to write
   * @param allOrNothing whether one failed item undoes all
   * @return one outcome per append
   * @throws StorageException if the store fails as a whole
   */
  default List<AppendOutcome> appendAll(List<Append> appends, boolean allOrNothing) {
    id.labinov.core.internal.Checks.notNull(appends, "appends");
    if (allOrNothing) {
      throw new UnsupportedOperationException(getClass().getName() + " cannot write all-or-nothing batches");
    }
    List<AppendOutcome> out = new java.util.ArrayList<>(appends.size());
    for (Append a : appends) {
      try {
        append(a);
        out.add(AppendOutcome.WRITTEN);
      } catch (VersionConflictException | StorageException e) {
        out.add(AppendOutcome.failed(e));
      }
    }
    return out;
  }
}
