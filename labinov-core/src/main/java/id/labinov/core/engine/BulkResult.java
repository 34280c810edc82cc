package id.labinov.core.engine;

import id.labinov.core.error.LabinovException;
import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * The outcome for one item of a bulk operation: a command result (accepted or refused), or the
 * error that prevented deciding it (e.g. no such innovation). Exactly one of the two is set.
 *
 * @param ref the innovation
 * @param result the result, or {@code null} on error
 * @param error the error, or {@code null}
 */
public record BulkResult(InnovationRef ref, CommandResult result, LabinovException error) {
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

  /** {@return whether the item was accepted} */
  public boolean accepted() {
    return result != null && result.accepted();
  }

  /** {@return the result, if the item was decided} */
  public Optional<CommandResult> findResult() {
    return Optional.ofNullable(result);
  }

  /** {@return the error, if the item could not be decided} */
  public Optional<LabinovException> findError() {
    return Optional.ofNullable(error);
  }
}
