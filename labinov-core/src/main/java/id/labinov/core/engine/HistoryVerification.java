package id.labinov.core.engine;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * The outcome of verifying one innovation's stored history: either every link holds, or the first
 * broken one. Verifying means reading the history as stored: sequences from 1 without gaps, each
 * event of this innovation and able to follow the ones before it, the stored state equal to what
 * the events fold to, and, in stores that keep one, the hash chain over the stored bytes.
 *
 * @param ref the innovation
 * @param eventsChecked how many events were read
 * @param problem the first broken link, or {@code null} when the history is intact
 */
public record HistoryVerification(InnovationRef ref, long eventsChecked, HistoryProblem problem) {
  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param eventsChecked how many events were read, 0 or more
   * @param problem the first broken link (of the same innovation), or {@code null} when intact
   * @throws InvalidValueException if the ref is missing, the count negative or the problem of
   *     another innovation
   */
  public HistoryVerification {
    Checks.notNull(ref, "ref");
    if (eventsChecked < 0) {
      throw new InvalidValueException("NEGATIVE_COUNT", "eventsChecked", eventsChecked, "error.negativeCount");
    }
    if (problem != null && !problem.ref().equals(ref)) {
      throw new InvalidValueException("INCONSISTENT_VERIFICATION", "problem", problem.ref(),
          "error.history.otherInnovation", ref.toString());
    }
  }

  /**
   * Returns an intact result.
   *
   * @param ref the innovation
   * @param eventsChecked how many events were read
   * @return the result
   * @throws InvalidValueException if the ref is missing or the count negative
   */
  public static HistoryVerification intact(InnovationRef ref, long eventsChecked) {
    return new HistoryVerification(ref, eventsChecked, null);
  }

  /**
   * Returns a broken result.
   *
   * @param ref the innovation
   * @param eventsChecked how many events were read
   * @param sequence the sequence of the first broken link
   * @param kind what is wrong there
   * @return the result
   * @throws InvalidValueException if a part is missing or a number negative
   */
  public static HistoryVerification broken(InnovationRef ref, long eventsChecked, long sequence,
      HistoryProblemKind kind) {
    return new HistoryVerification(ref, eventsChecked, new HistoryProblem(ref, sequence, kind));
  }

  /** {@return whether every link holds} */
  public boolean ok() {
    return problem == null;
  }

  /** {@return the first broken link, empty if the history is intact} */
  public Optional<HistoryProblem> findProblem() {
    return Optional.ofNullable(problem);
  }
}
