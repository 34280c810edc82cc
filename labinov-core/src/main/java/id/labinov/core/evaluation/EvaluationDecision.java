package id.labinov.core.evaluation;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.Verdict;
import java.util.Optional;

/**
 * The outcome of an evaluation command: {@link Accepted} with the entry appended to the evaluation
 * stream (a {@link ScoreEntry} for a score sheet, a {@link MonitoringEntry} for a monitoring
 * observation), or {@link Refused} with every reason and nothing stored. Either way the verdict is
 * kept: an accepted command may carry should-meet warnings.
 *
 * @param <E> the entry the command appends: {@link ScoreEntry} or {@link MonitoringEntry}
 */
public sealed interface EvaluationDecision<E> permits EvaluationDecision.Accepted, EvaluationDecision.Refused {
  /** {@return the verdict: allowed when accepted, listing every violated rule when refused} */
  Verdict verdict();

  /** {@return whether the command was accepted (and its entry appended)} */
  boolean accepted();

  /** {@return the appended entry, empty when refused} */
  Optional<E> findEntry();

  /**
   * Returns an accepted decision.
   *
   * @param <E> the entry type
   * @param verdict the verdict, allowed
   * @param entry the appended entry
   * @return the decision
   * @throws InvalidValueException if a part is missing or the verdict refuses
   */
  static <E> EvaluationDecision<E> accepted(Verdict verdict, E entry) {
    return new Accepted<>(verdict, entry);
  }

  /**
   * Returns a refusal.
   *
   * @param <E> the entry type the command would have appended
   * @param verdict the verdict, not allowed
   * @return the decision
   * @throws InvalidValueException if the verdict is missing or allows the command
   */
  static <E> EvaluationDecision<E> refused(Verdict verdict) {
    return new Refused<>(verdict);
  }

  /**
   * The command was accepted and its entry appended.
   *
   * @param verdict the verdict (allowed; may list should-meet warnings)
   * @param entry the appended entry
   * @param <E> the entry type
   */
  record Accepted<E>(Verdict verdict, E entry) implements EvaluationDecision<E> {
    /**
     * Validates the parts.
     *
     * @param verdict the verdict, allowed
     * @param entry the appended entry
     * @throws InvalidValueException if a part is missing or the verdict refuses
     */
    public Accepted {
      Checks.notNull(verdict, "verdict");
      Checks.notNull(entry, "entry");
      if (!verdict.allowed()) {
        throw new InvalidValueException("INCONSISTENT_DECISION", "verdict", verdict.transitionId(),
            "error.decision.acceptedRefusal");
      }
    }

    /** {@return {@code true}} */
    @Override
    public boolean accepted() {
      return true;
    }

    /** {@return the appended entry} */
    @Override
    public Optional<E> findEntry() {
      return Optional.of(entry);
    }
  }

  /**
   * The command was refused; nothing was stored.
   *
   * @param verdict the verdict, listing every violated rule
   * @param <E> the entry type the command would have appended
   */
  record Refused<E>(Verdict verdict) implements EvaluationDecision<E> {
    /**
     * Validates the verdict.
     *
     * @param verdict the verdict, not allowed
     * @throws InvalidValueException if the verdict is missing or allows the command
     */
    public Refused {
      Checks.notNull(verdict, "verdict");
      if (verdict.allowed()) {
        throw new InvalidValueException("INCONSISTENT_DECISION", "verdict", verdict.transitionId(),
            "error.decision.allowedRefusal");
      }
    }

    /** {@return {@code false}} */
    @Override
    public boolean accepted() {
      return false;
    }

    /** {@return empty: nothing was appended} */
    @Override
    public Optional<E> findEntry() {
      return Optional.empty();
    }
  }
}
