package id.labinov.core.spi;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One chunk of a bulk command as one unit of work, handed to the work given to
 * {@link InnovationStore#transactAll}: the idempotency lookups, the reading of every target's state
 * and the appends run in the same store transaction, so the pipeline decides each item on the
 * state its append follows. Each append stands on its own: one that conflicts or fails writes
 * nothing of itself and leaves the others as they are. Valid only while that work runs; not
 * thread-safe.
 *
 * <p>A store with row locks may lock every target at {@link #loadAll()} (then a concurrent writer
 * waits and no append of the chunk conflicts unless its expected version was stale); one without
 * relies on the version check of each append.
 */
@Beta
public interface BulkTransaction {
  /**
   * Returns the innovations of this chunk, each once, in the order given.
   *
   * @return the targets
   */
  List<InnovationRef> targets();

  /**
   * Looks unexpired idempotency keys of one region up.
   *
   * @param region the region the keys belong to
   * @param keys the keys
   * @param now the current time, to ignore expired keys
   * @return the records found, by key
   * @throws StorageException if the store fails
   */
  Map<String, IdempotencyRecord> findIdempotency(RegionCode region, Collection<String> keys, Instant now);

  /**
   * Reads the current state of every target inside the transaction.
   *
   * @return the states of the targets that exist in their region, by ref
   * @throws StorageException if the store fails
   */
  Map<InnovationRef, InnovationState> loadAll();

  /**
   * Appends each of {@code appends} with the semantics of {@link InnovationStore#append}, each on
   * its own: one outcome per append, at its index. {@link AppendOutcome#WRITTEN}; failed with a
   * {@link VersionConflictException} (stale expected version, or the id belongs to another region)
   * or an {@link IdempotencyKeyReusedException} (the key stands for another request), or with a
   * {@link StorageException} when the store refuses that append's rows; or
   * {@link AppendOutcome#ALREADY_STORED} when its key is already stored for the same request (a
   * retry; nothing written). Called at most once per unit of work.
   *
   * @param appends at most one per target, each to a target
   * @return one outcome per append
   * @throws InvalidValueException if an append is not to a target, or two are to the same one
   * @throws StorageException if the store fails as a whole (then nothing of the chunk is written)
   */
  List<AppendOutcome> appendEach(List<Append> appends);

  /**
   * What runs inside {@link InnovationStore#transactAll}.
   *
   * @param <R> what the work returns
   */
  @FunctionalInterface
  interface Work<R> {
    /**
     * Runs the work.
     *
     * @param tx the unit of work
     * @return the work's result, returned by {@code transactAll} after the commit
     */
    R run(BulkTransaction tx);
  }

  /**
   * A unit of work without a transaction of its own: the keys are looked up one by one, the states
   * read through {@link InnovationStore#loadAll}, and each append goes to
   * {@link InnovationStore#append}, whose version check decides races. Right for stores whose
   * {@code append} is atomic and version-checked (the in-memory store); the default of
   * {@link InnovationStore#transactAll}.
   *
   * @param store the store
   * @param targets the chunk's innovations, each once
   * @return the unit of work
   * @throws InvalidValueException if an argument is {@code null} or a target repeats
   */
  static BulkTransaction direct(InnovationStore store, List<InnovationRef> targets) {
    Checks.notNull(store, "store");
    List<InnovationRef> chunk = checkTargets(targets);
    return new BulkTransaction() {
      @Override
      public List<InnovationRef> targets() {
        return chunk;
      }

      @Override
      public Map<String, IdempotencyRecord> findIdempotency(RegionCode region, Collection<String> keys, Instant now) {
        Checks.notNull(region, "region");
        Checks.notNull(now, "now");
        Map<String, IdempotencyRecord> out = new LinkedHashMap<>();
        for (String key : Checks.notNull(keys, "keys")) {
          store.findIdempotency(region, key, now).ifPresent(r -> out.put(key, r));
        }
        return out;
      }

      @Override
      public Map<InnovationRef, InnovationState> loadAll() {
        return store.loadAll(chunk);
      }

      @Override
      public List<AppendOutcome> appendEach(List<Append> appends) {
        checkAppends(chunk, appends);
        List<AppendOutcome> out = new ArrayList<>(appends.size());
        for (Append a : appends) {
          try {
            Optional<IdempotencyRecord> stood = store.append(a);
            // identity, not equality: a stored record equal to ours is still not ours
            out.add(a.idempotency() != null && stood.isPresent() && stood.get() != a.idempotency()
                ? AppendOutcome.ALREADY_STORED : AppendOutcome.WRITTEN);
          } catch (VersionConflictException | IdempotencyKeyReusedException | StorageException e) {
            out.add(AppendOutcome.failed(e));
          }
        }
        return out;
      }
    };
  }

  /**
   * Checks a chunk's targets: none {@code null}, none twice.
   *
   * @param targets the targets
   * @return an unmodifiable copy
   * @throws InvalidValueException naming the problem
   */
  static List<InnovationRef> checkTargets(List<InnovationRef> targets) {
    Checks.notNull(targets, "targets");
    Set<InnovationRef> seen = new HashSet<>();
    for (InnovationRef r : targets) {
      if (!seen.add(Checks.notNull(r, "targets[]"))) {
        throw new InvalidValueException("REPEATED_TARGET", "targets", r, "error.repeatedTarget");
      }
    }
    return List.copyOf(targets);
  }

  /**
   * Checks the appends of {@link #appendEach}: each to a target, none twice to one.
   *
   * @param targets the chunk's targets
   * @param appends the appends
   * @throws InvalidValueException naming the problem
   */
  static void checkAppends(List<InnovationRef> targets, List<Append> appends) {
    Checks.notNull(appends, "appends");
    Set<InnovationRef> allowed = new HashSet<>(targets);
    for (Append a : appends) {
      InnovationRef target = Checks.notNull(a, "appends[]").target();
      if (!allowed.remove(target)) {
        throw new InvalidValueException("REPEATED_TARGET", "appends", target, "error.repeatedTarget");
      }
    }
  }
}
