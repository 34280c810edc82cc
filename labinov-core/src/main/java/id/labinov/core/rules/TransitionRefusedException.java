package id.labinov.core.rules;

import id.labinov.core.error.LabinovException;
import java.util.List;
import java.util.Locale;

/**
 * A transition's gate refused it; carries the full {@link Verdict}. Code {@code TRANSITION_REFUSED}.
 * Thrown only by {@link Verdict#orThrow()} and by callers who ask to fail fast: refusals are
 * normally returned as values.
 */
public class TransitionRefusedException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient Verdict verdict;

  /**
   * Creates the exception.
   *
   * @param verdict the refusing verdict
   */
  public TransitionRefusedException(Verdict verdict) {
    super("TRANSITION_REFUSED", "error.transitionRefused", List.of(verdict.describe(Locale.ENGLISH)), null);
    this.verdict = verdict;
  }

  /** {@return the verdict} */
  public Verdict verdict() {
    return verdict;
  }

  @Override
  public String getMessage(Locale locale) {
    return verdict == null ? super.getMessage(locale) : verdict.describe(locale);
  }
}
