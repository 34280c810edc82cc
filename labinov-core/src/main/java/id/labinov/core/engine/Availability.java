package id.labinov.core.engine;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.Verdict;

/**
 * A transition that starts from the innovation's current stage, with its verdict for one actor: a
 * screen shows what can be done and what is missing.
 *
 * @param transition the transition
 * @param verdict its verdict now
 */
public record Availability(Transition transition, Verdict verdict) {
  /**
   * Validates the parts.
   *
   * @param transition the transition
   * @param verdict its verdict now
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Availability {
    Checks.notNull(transition, "transition");
    Checks.notNull(verdict, "verdict");
  }

  /** {@return whether the transition is allowed now} */
  public boolean allowed() {
    return verdict.allowed();
  }
}
