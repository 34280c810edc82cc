package id.labinov.portal.api;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.rules.Rulebook;

/**
 * labinov refused a command sent through the API (a refusal is a value in labinov; the API turns it
 * into this exception so that the problem advice answers it): {@code 403}, {@code 409} or {@code 422}
 * with every reason, as {@link ApiProblems} decides.
 */
public final class CommandRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient CommandResult result;
  private final transient Rulebook rulebook;

  /**
   * Creates the exception.
   *
   * @param result the refused result
   * @param rulebook the rulebook the innovation follows (for stage and transition labels), or {@code null}
   */
  public CommandRefusedException(CommandResult result, Rulebook rulebook) {
    super("refused: " + result.verdict().codes());
    this.result = result;
    this.rulebook = rulebook;
  }

  /** {@return the refused result} */
  public CommandResult result() {
    return result;
  }

  /** {@return the rulebook, or {@code null}} */
  public Rulebook rulebook() {
    return rulebook;
  }
}
