package id.labinov.core.engine;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * One item of a bulk command ({@code InnovationService.advanceAll}, {@code approveAll},
 * {@code attachEvidenceAll}, {@code updateDetailsAll}): the innovation, the item's own argument
 * where the command takes one per innovation (the evidence, the new details), and the item's own
 * expected version and idempotency key, with the single command's meaning: the key is looked up
 * before anything else (a retried item gets its first result), a stale expected version makes the
 * item a conflict (never a refusal) and leaves the others alone.
 *
 * @param <A> the argument's type ({@link Void} for commands whose argument is shared by all items)
 * @param ref the innovation
 * @param argument the item's own argument, or {@code null} when the command's argument is shared
 * @param expectedVersion the version the user saw, or {@code null} (then a lost race is retried)
 * @param idempotencyKey the item's key (1-200 visible characters, unique per region), or {@code null}
 */
@Beta
public record BulkItem<A>(InnovationRef ref, A argument, Long expectedVersion, String idempotencyKey) {
  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param argument the item's own argument, or {@code null} when the command's argument is shared
   * @param expectedVersion the version the user saw, or {@code null} (then a lost race is retried)
   * @param idempotencyKey the item's key (1-200 visible characters, unique per region), or {@code null}
   * @throws InvalidValueException if {@code ref} is missing, the version negative or the key malformed
   */
  public BulkItem {
    Checks.notNull(ref, "ref");
    Request.checkVersionAndKey(expectedVersion, idempotencyKey);
  }

  /**
   * Returns an item for a command whose argument all items share (advance, approve), without
   * expected version or key.
   *
   * @param ref the innovation
   * @return the item
   * @throws InvalidValueException if {@code ref} is {@code null}
   */
  public static BulkItem<Void> of(InnovationRef ref) {
    return new BulkItem<>(ref, null, null, null);
  }

  /**
   * Returns an item with its own argument (the evidence to attach, the new details), without
   * expected version or key.
   *
   * @param <A> the argument's type
   * @param ref the innovation
   * @param argument the item's argument
   * @return the item
   * @throws InvalidValueException if an argument is {@code null}
   */
  public static <A> BulkItem<A> of(InnovationRef ref, A argument) {
    return new BulkItem<>(ref, Checks.notNull(argument, "argument"), null, null);
  }

  /**
   * Returns a copy that expects a version: if the innovation has another one when the item's
   * chunk runs, the item is a conflict and nothing of it is written.
   *
   * @param version the version the user saw, 0 or more
   * @return the copy
   * @throws InvalidValueException if {@code version} is negative
   */
  public BulkItem<A> expectingVersion(long version) {
    return new BulkItem<>(ref, argument, version, idempotencyKey);
  }

  /**
   * Returns a copy with an idempotency key.
   *
   * @param key the key, 1-200 visible characters
   * @return the copy
   * @throws InvalidValueException if the key is malformed
   */
  public BulkItem<A> withIdempotencyKey(String key) {
    return new BulkItem<>(ref, argument, expectedVersion, Checks.notNull(key, "idempotencyKey"));
  }

  /** {@return the item's key and expected version as single-command options} */
  public Options options() {
    return new Options(idempotencyKey, expectedVersion);
  }

  /** {@return the argument, if the item carries one} */
  public Optional<A> findArgument() {
    return Optional.ofNullable(argument);
  }

  /** {@return the expected version, if the item carries one} */
  public Optional<Long> findExpectedVersion() {
    return Optional.ofNullable(expectedVersion);
  }

  /** {@return the idempotency key, if the item carries one} */
  public Optional<String> findIdempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }
}
