package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * The outcome of checking one innovation's stored history: either every link holds, or the first
 * broken one, by sequence and reason.
 *
 * @param ref the innovation
 * @param eventsChecked how many events were read
 * @param brokenAt the sequence of the first broken link, or 0 when the history is intact
 * @param reason why that link is broken, or {@code null} when the history is intact
 */
public record HistoryVerification(InnovationRef ref, long eventsChecked, long brokenAt, Reason reason) {
  /** Why a link is broken. */
  public enum Reason {
    /** An event with this sequence is missing (deleted), or the state row names a later version. */
    MISSING_EVENT,
    /** The stored hash is not SHA-256 of the previous hash and the stored payload: payload or hash changed. */
    HASH_MISMATCH,
    /** The payload does not decode, or names another innovation or sequence, or cannot follow the events before it. */
    INVALID_PAYLOAD,
    /** The state row's last hash is not the last event's hash. */
    LAST_HASH_MISMATCH,
    /** The state row does not equal the state the events fold to (or is missing). */
    STATE_MISMATCH,
    /** The last hash differs from the one the caller held (an exported {@link LatestHash}). */
    EXPORTED_HASH_MISMATCH
  }

  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param eventsChecked how many events were read
   * @param brokenAt the sequence of the first broken link, or 0 when the history is intact
   * @param reason why that link is broken, or {@code null} when the history is intact
   * @throws id.labinov.core.error.InvalidValueException if the ref is missing
   */
  public HistoryVerification {
    Checks.notNull(ref, "ref");
  }

  /**
   * Returns an intact result.
   *
   * @param ref the innovation
   * @param eventsChecked how many events were read
   * @return the result
   */
  public static HistoryVerification intact(InnovationRef ref, long eventsChecked) {
    return new HistoryVerification(ref, eventsChecked, 0, null);
  }

  /**
   * Returns a broken result.
   *
   * @param ref the innovation
   * @param eventsChecked how many events were read
   * @param sequence the first broken link
   * @param reason why
   * @return the result
   */
  public static HistoryVerification broken(InnovationRef ref, long eventsChecked, long sequence, Reason reason) {
    return new HistoryVerification(ref, eventsChecked, sequence, Checks.notNull(reason, "reason"));
  }

  /** {@return whether every link holds} */
  public boolean ok() {
    return reason == null;
  }

  /** {@return the reason of the first broken link, if any} */
  public Optional<Reason> findReason() {
    return Optional.ofNullable(reason);
  }
}
