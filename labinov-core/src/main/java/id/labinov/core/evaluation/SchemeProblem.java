package id.labinov.core.evaluation;

import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong in an evaluation scheme or rating table, at a JSON path such as
 * {@code $.criteria[2].weight}.
 *
 * @param path where the problem is, in JSONPath notation rooted at {@code $}
 * @param code stable upper-snake code, e.g. {@code WEIGHTS_NOT_ONE}
 * @param messageKey message key in the bundles
 * @param arguments message arguments (texts and whole numbers; decimals as plain text)
 */
public record SchemeProblem(String path, String code, String messageKey, List<Object> arguments) {
  /**
   * Validates and copies the parts.
   *
   * @param path where the problem is, in JSONPath notation rooted at {@code $}
   * @param code stable upper-snake code, e.g. {@code WEIGHTS_NOT_ONE}
   * @param messageKey message key in the bundles
   * @param arguments message arguments (texts and whole numbers; decimals as plain text)
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if a part is missing
   */
  public SchemeProblem {
    Checks.notBlank(path, "path");
    Checks.notBlank(code, "code");
    Checks.notBlank(messageKey, "messageKey");
    arguments = List.copyOf(Checks.notNull(arguments, "arguments"));
  }

  /**
   * Returns the message, prefixed with the path.
   *
   * @param locale {@code en} for English, otherwise (also {@code null}) Indonesian
   * @return e.g. {@code $.criteria[1].weight: ...}
   */
  public String message(Locale locale) {
    return path + ": " + Messages.format(locale, messageKey, arguments);
  }
}
