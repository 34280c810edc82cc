package id.labinov.core.rules;

import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * What one rule found: passed, violated (with a stable code, message key and arguments), or not
 * applicable (the rule needs data this context lacks, e.g. a programme rule on an innovation
 * without a programme).
 *
 * @param result the kind of outcome
 * @param code the stable upper-snake code of a violation or non-applicability, else {@code null}
 * @param messageKey the message key, else {@code null}
 * @param arguments message arguments (never {@code null})
 */
public record RuleOutcome(Result result, String code, String messageKey, List<Object> arguments) {
  private static final RuleOutcome PASSED = new RuleOutcome(Result.PASSED, null, null, List.of());

  /** The kinds of outcome. */
  public enum Result {
    /** The rule is met. */
    PASSED,
    /** The rule is not met. */
    VIOLATED,
    /** The rule cannot be evaluated here and is skipped. */
    NOT_APPLICABLE
  }

  /**
   * Validates the parts.
   *
   * @param result the kind of outcome
   * @param code the stable upper-snake code of a violation or non-applicability, else {@code null}
   * @param messageKey the message key, else {@code null}
   * @param arguments message arguments (never {@code null})
   * @throws id.labinov.core.error.InvalidValueException if a violation lacks its code or key
   */
  public RuleOutcome {
    Checks.notNull(result, "result");
    if (result != Result.PASSED) {
      Checks.notBlank(code, "code");
      Checks.notBlank(messageKey, "messageKey");
    }
    arguments = List.copyOf(Checks.notNull(arguments, "arguments"));
  }

  /** {@return the passed outcome} */
  public static RuleOutcome passed() {
    return PASSED;
  }

  /**
   * Returns a violation.
   *
   * @param code stable upper-snake code, e.g. {@code EVIDENCE_MISSING}
   * @param messageKey message key in the bundles
   * @param arguments message arguments (strings or numbers; no {@code null})
   * @return the outcome
   */
  public static RuleOutcome violated(String code, String messageKey, Object... arguments) {
    return new RuleOutcome(Result.VIOLATED, code, messageKey, List.of(arguments));
  }

  /**
   * Returns a not-applicable outcome.
   *
   * @param code stable upper-snake code, e.g. {@code NO_PROGRAMME}
   * @param messageKey message key in the bundles
   * @param arguments message arguments
   * @return the outcome
   */
  public static RuleOutcome notApplicable(String code, String messageKey, Object... arguments) {
    return new RuleOutcome(Result.NOT_APPLICABLE, code, messageKey, List.of(arguments));
  }
}
