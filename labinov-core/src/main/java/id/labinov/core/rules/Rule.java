package id.labinov.core.rules;

/**
 * A compiled gate rule: a pure function of the facts and the rule context. Rules do no I/O, keep no
 * state and must be thread-safe; they are created by a {@link RuleType} from a rulebook's
 * parameters.
 */
@FunctionalInterface
public interface Rule {
  /**
   * Evaluates the rule.
   *
   * @param facts the innovation's facts (never {@code null})
   * @param context the time and zone (never {@code null})
   * @return the outcome, never {@code null}
   */
  RuleOutcome evaluate(Facts facts, RuleContext context);
}
