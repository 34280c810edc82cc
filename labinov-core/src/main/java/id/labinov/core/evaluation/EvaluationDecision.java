package id.labinov.core.evaluation;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.Verdict;
import java.util.Optional;

/**
 * The outcome of an evaluation command (a score sheet or a monitoring entry): accepted with the
 * entry appended to the evaluation stream, or refused with every reason and nothing stored.
 *
 * @param verdict the verdict
 * @param entry the appended entry ({@link id.labinov.core.evaluation.ScoreEntry} or
 *     {@link id.labinov.core.evaluation.MonitoringEntry}), or {@code null} when refused
 */
public record EvaluationDecision(Verdict verdict, Object entry) {
  /**
   * Validates the parts.
   *
   * @param verdict the verdict
   * @param entry the appended entry ({@link id.labinov.core.evaluation.ScoreEntry} or
   *     {@link id.labinov.core.evaluation.MonitoringEntry}), or {@code null} when refused
   * @throws id.labinov.core.error.InvalidValueException if the verdict is missing
   */
  public EvaluationDecision {
    Checks.notNull(verdict, "verdict");
  }

  /** {@return whether the command was accepted} */
  public boolean accepted() {
    return verdict.allowed();
  }

  /**
   * Returns the appended entry as the given type, if accepted.
   *
   * @param type the entry type
   * @param <T> the entry type
   * @return the entry, or empty
   */
  public <T> Optional<T> findEntry(Class<T> type) {
    return type.isInstance(entry) ? Optional.of(type.cast(entry)) : Optional.empty();
  }
}
