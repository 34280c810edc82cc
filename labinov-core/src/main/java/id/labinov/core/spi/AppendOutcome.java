package id.labinov.core.spi;


import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * What became of one {@link Append} of {@link InnovationStore#appendAll} or
 * {@link BulkTransaction#appendEach}.
 *
 * @param status written, failed on its own, rolled back because another item of an all-or-nothing
 *     batch could not be written, or not written because its key already stood for it
 * @param error for {@link Status#FAILED}: the typed error ({@link StorageException} with its cause,
 *     or {@link VersionConflictException} when the innovation exists already); otherwise {@code null}
 */
public record AppendOutcome(Status status, RuntimeException error) {
  /** Outcome of one item. */
  public enum Status {
    /** Stored. */
    WRITTEN,
    /** Not stored: this item failed. */
    FAILED,
    /** Not stored: another item of an all-or-nothing batch failed. */
    ROLLED_BACK,
    /**
     * Not stored, because the append's idempotency key is already stored for the same request (a
     * retry whose first attempt was written): the stored record stands for it
     * ({@link BulkTransaction#appendEach}).
     */
    @id.labinov.core.annotation.Beta
    ALREADY_STORED
  }

  /** The outcome of an item that was stored. */
  public static final AppendOutcome WRITTEN = new AppendOutcome(Status.WRITTEN, null);
  /** The outcome of an item undone with its all-or-nothing batch. */
  public static final AppendOutcome ROLLED_BACK = new AppendOutcome(Status.ROLLED_BACK, null);
  /** The outcome of an item whose idempotency key was already stored for the same request. */
  public static final AppendOutcome ALREADY_STORED = new AppendOutcome(Status.ALREADY_STORED, null);

  /**
   * Checks the parts: an error exactly when failed.
   *
   * @param status written, failed on its own, rolled back because another item of an all-or-nothing
   *     batch could not be written, or not written because its key already stood for it
   * @param error for {@link Status#FAILED}: the typed error ({@link StorageException} with its cause,
   *     or {@link VersionConflictException} when the innovation exists already); otherwise {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming the inconsistency
   */
  public AppendOutcome {
    Checks.notNull(status, "status");
    if ((status == Status.FAILED) != (error != null)) {
      throw new id.labinov.core.error.InvalidValueException("INCONSISTENT_OUTCOME", "error", String.valueOf(error),
          "error.inconsistentOutcome");
    }
  }

  /**
   * Returns the outcome of a failed item.
   *
   * @param error why it failed
   * @return the outcome
   */
  public static AppendOutcome failed(RuntimeException error) {
    return new AppendOutcome(Status.FAILED, Checks.notNull(error, "error"));
  }

  /** {@return the error of a failed item} */
  public Optional<RuntimeException> findError() {
    return Optional.ofNullable(error);
  }
}
