package id.labinov.core.spi;


import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import java.time.Instant;
import java.util.Optional;

/**
 * One command's unit of work on one innovation, handed to the work given to
 * {@link InnovationStore#transact}: the idempotency lookup, the state read and the append all run
 * in the same store transaction, so nothing another writer commits in between can be read as the
 * state a command was decided on. Valid only while that work runs; not thread-safe.
 *
 * <p>A store that holds row locks may lock the innovation at {@link #load()} (a second writer then
 * waits and reads the first writer's state); one that does not relies on the version check of
 * {@link #append}. Either way a lost race is a {@link VersionConflictException}.
 */
public interface StoreTransaction {
  /**
   * Returns the innovation this unit of work is about.
   *
   * @return the innovation
   */
  InnovationRef target();

  /**
   * Looks an unexpired idempotency key of the innovation's region up.
   *
   * @param key the key
   * @param now the current time, to ignore expired keys
   * @return the record, or empty
   * @throws StorageException if the store fails
   */
  Optional<IdempotencyRecord> findIdempotency(String key, Instant now);

  /**
   * Reads the innovation's current state inside the transaction.
   *
   * @return the state, or empty if none exists in that region
   * @throws StorageException if the store fails
   */
  Optional<InnovationState> load();

  /**
   * Appends as {@link InnovationStore#append} does, inside the transaction; called at most once.
   *
   * @param append what to write; its target is {@link #target()}
   * @return the idempotency record that now stands for the command, if any
   * @throws VersionConflictException if the stored version is not the expected one
   * @throws IdempotencyKeyReusedException if the key was used for another request
   * @throws StorageException if the store fails
   */
  Optional<IdempotencyRecord> append(Append append);

  /**
   * What runs inside {@link InnovationStore#transact}.
   *
   * @param <R> what the work returns
   */
  @FunctionalInterface
  interface Work<R> {
    /**
     * Runs the work.
     *
     * @param tx the unit of work
     * @return the work's result, returned by {@code transact} after the commit
     */
    R run(StoreTransaction tx);
  }

  /**
   * A unit of work without a transaction of its own: each call goes straight to the store. Right for
   * stores whose {@link InnovationStore#append} is atomic and version-checked (the in-memory store);
   * the default of {@link InnovationStore#transact}.
   *
   * @param store the store
   * @param target the innovation
   * @return the unit of work
   */
  static StoreTransaction direct(InnovationStore store, InnovationRef target) {
    id.labinov.core.internal.Checks.notNull(store, "store");
    id.labinov.core.internal.Checks.notNull(target, "target");
    return new StoreTransaction() {
      @Override
      public InnovationRef target() {
        return target;
      }

      @Override
      public Optional<IdempotencyRecord> findIdempotency(String key, Instant now) {
        return store.findIdempotency(target.region(), key, now);
      }

      @Override
      public Optional<InnovationState> load() {
        return store.load(target);
      }

      @Override
      public Optional<IdempotencyRecord> append(Append append) {
        return store.append(append);
      }
    };
  }
}
