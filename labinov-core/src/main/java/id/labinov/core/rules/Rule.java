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

  /**
   * Names the evaluation schemes whose results this rule reads from
   * {@link RuleContext#evaluation(String)}, so the command pipeline loads exactly those (and a
   * plug-in rule receives evaluation results as the built-in ones do).
   *
   * @return the scheme ids; empty (the default) if the rule reads no evaluation
   */
  default java.util.Set<String> evaluationSchemes() {
    return java.util.Set.of();
  }
}
