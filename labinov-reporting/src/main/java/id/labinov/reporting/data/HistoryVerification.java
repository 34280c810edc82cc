package id.labinov.reporting.data;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * The outcome of a tamper check of one innovation's history, as a store that keeps a hash chain
 * reports it.
 *
 * @param intact {@code true} if every event matched its stored hash and chain
 * @param eventsChecked how many events were checked
 * @param firstBrokenSequence the sequence of the first event that failed, or {@code null} if intact
 * @param detail what the store says (e.g. the method or the mismatch), or {@code null}
 */
public record HistoryVerification(boolean intact, long eventsChecked, Long firstBrokenSequence, String detail) {
  /**
   * Validates the parts.
   *
   * @param intact {@code true} if every event matched its stored hash and chain
   * @param eventsChecked how many events were checked
   * @param firstBrokenSequence the sequence of the first event that failed, or {@code null} if intact
   * @param detail what the store says (e.g. the method or the mismatch), or {@code null}
   * @throws InvalidValueException if the count is negative, or a broken check names no sequence
   */
  public HistoryVerification {
    if (eventsChecked < 0) {
      throw new InvalidValueException("OUT_OF_RANGE", "eventsChecked", eventsChecked, "error.evaluation.outOfRange",
          0, Long.MAX_VALUE);
    }
    if (!intact) {
      Checks.notNull(firstBrokenSequence, "firstBrokenSequence");
    }
  }

  /**
   * Returns an intact outcome.
   *
   * @param eventsChecked how many events were checked
   * @return the outcome
   */
  public static HistoryVerification intact(long eventsChecked) {
    return new HistoryVerification(true, eventsChecked, null, null);
  }

  /**
   * Returns a broken outcome.
   *
   * @param eventsChecked how many events were checked
   * @param firstBrokenSequence the first event that failed
   * @param detail what failed, or {@code null}
   * @return the outcome
   */
  public static HistoryVerification broken(long eventsChecked, long firstBrokenSequence, String detail) {
    return new HistoryVerification(false, eventsChecked, firstBrokenSequence, detail);
  }

  /** {@return the first failing sequence, empty if intact} */
  public Optional<Long> findFirstBrokenSequence() {
    return Optional.ofNullable(firstBrokenSequence);
  }
}
