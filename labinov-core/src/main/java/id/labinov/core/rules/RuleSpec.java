package id.labinov.core.rules;

import id.labinov.core.internal.Checks;
import java.util.Map;

/**
 * A gate rule as written in a rulebook: its type, severity and parameters.
 *
 * @param type the rule type's name, e.g. {@code min-length}
 * @param severity must-meet or should-meet
 * @param parameters the parameters as JSON values: {@link String}, {@link java.math.BigDecimal},
 *     {@link Boolean}, {@link java.util.List} or {@link Map} of those; never {@code null}
 */
public record RuleSpec(String type, Severity severity, Map<String, Object> parameters) {
  /**
   * Validates and copies the parts.
   *
   * @param type the rule type's name, e.g. {@code min-length}
   * @param severity must-meet or should-meet
   * @param parameters the parameters as JSON values: {@link String}, {@link java.math.BigDecimal},
   *     {@link Boolean}, {@link java.util.List} or {@link Map} of those; never {@code null}
   * @throws id.labinov.core.error.InvalidValueException if a part is missing
   */
  public RuleSpec {
    Checks.notBlank(type, "type");
    Checks.notNull(severity, "severity");
    parameters = Map.copyOf(Checks.notNull(parameters, "parameters"));
  }
}
