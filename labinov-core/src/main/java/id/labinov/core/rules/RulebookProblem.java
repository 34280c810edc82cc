package id.labinov.core.rules;

import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong in a rulebook, at a JSON path such as {@code $.transitions[2].rules[0].params.min}.
 *
 * @param path where the problem is, in JSONPath notation rooted at {@code $}
 * @param code stable upper-snake code, e.g. {@code UNKNOWN_RULE_TYPE}
 * @param messageKey message key in the bundles
 * @param arguments message arguments
 */
public record RulebookProblem(String path, String code, String messageKey, List<Object> arguments) {
  /**
   * Validates and copies the parts.
   *
   * @param path where the problem is, in JSONPath notation rooted at {@code $}
   * @param code stable upper-snake code, e.g. {@code UNKNOWN_RULE_TYPE}
   * @param messageKey message key in the bundles
   * @param arguments message arguments
   * @throws id.labinov.core.error.InvalidValueException if a part is missing
   */
  public RulebookProblem {
    if (path == null || path.isBlank()) {
      throw new id.labinov.core.error.InvalidValueException("REQUIRED", "path", path, "error.required");
    }
    path = Checks.printable(path);
    Checks.notBlank(code, "code");
    Checks.notBlank(messageKey, "messageKey");
    arguments = List.copyOf(Checks.notNull(arguments, "arguments"));
  }

  /**
   * Returns the message, prefixed with the path.
   *
   * @param locale {@code en} for English, otherwise Indonesian
   * @return e.g. {@code $.stages[1].code: ...}
   */
  public String message(Locale locale) {
    return path + ": " + Messages.format(locale, messageKey, arguments);
  }
}
