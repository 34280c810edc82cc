package id.labinov.core.engine;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * The outcome for one item of a bulk operation: a command result (accepted, refused or replayed),
 * or the error that prevented deciding or writing it (a stale expected version, no such innovation,
 * a key reused for another request). Exactly one of the two is set; {@link #outcome()} names which
 * of the five cases it is.
 *
 * @param ref the innovation
 * @param result the result, or {@code null} on error
 * @param error the error, or {@code null}
 */
public record BulkResult(InnovationRef ref, CommandResult result, LabinovException error) {
  /** What became of one item. */
  @Beta
  public enum Outcome {
    /** Decided and written: {@link #result()} carries the events and the new state. */
    ACCEPTED,
    /** Refused by the authorisation step or the rulebook: nothing written; the result's verdict says why. */
    REFUSED,
    /**
     * Not written because the innovation changed: the item's expected version was stale, or the
     * innovation was changed concurrently and retries ran out; {@link #error()} is a
     * {@link VersionConflictException} carrying the stored version.
     */
    CONFLICT,
    /** The item's idempotency key was seen before with the same request: the first result, nothing written. */
    REPLAYED,
    /**
     * Not decided or not written for another reason: no such innovation, the key reused for another
     * request ({@link IdempotencyKeyReusedException}), an unknown rulebook, a storage failure.
     */
    FAILED
  }

  /**
   * Validates that exactly one outcome is set.
   *
   * @param ref the innovation
   * @param result the result, or {@code null} on error
   * @param error the error, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException otherwise
   */
  public BulkResult {
    Checks.notNull(ref, "ref");
    if ((result == null) == (error == null)) {
      throw new id.labinov.core.error.InvalidValueException("INVALID_BULK_RESULT", "result", result, "error.bulkResult");
    }
  }

  /** {@return whether the item was accepted (written now, or replayed from an earlier attempt)} */
  public boolean accepted() {
    return result != null && result.accepted();
  }

  /** {@return which of the five cases this item is} */
  @Beta
  public Outcome outcome() {
    if (result != null) {
      return result.replayed() ? Outcome.REPLAYED : result.accepted() ? Outcome.ACCEPTED : Outcome.REFUSED;
    }
    return error instanceof VersionConflictException ? Outcome.CONFLICT : Outcome.FAILED;
  }

  /** {@return the result, if the item was decided} */
  public Optional<CommandResult> findResult() {
    return Optional.ofNullable(result);
  }

  /** {@return the error, if the item could not be decided or written} */
  public Optional<LabinovException> findError() {
    return Optional.ofNullable(error);
  }
}
