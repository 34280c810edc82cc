package id.labinov.core.evaluation;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.rules.Violation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A score sheet does not fit its scheme, so it cannot be scored. Code {@code INVALID_SCORE_SHEET};
 * {@link #violations()} lists every problem, as {@link EvaluationScheme#check(ScoreSheet)} does.
 */
public class InvalidScoreSheetException extends InvalidValueException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param field the parameter that held the sheet, e.g. {@code sheets[2]}
   * @param who the evaluator or innovation the sheet belongs to, for the message
   * @param schemeReference the scheme's {@code id@version}
   * @param violations what is wrong, at least one
   */
  public InvalidScoreSheetException(String field, String who, String schemeReference, List<Violation> violations) {
    super("INVALID_SCORE_SHEET", field, who, "error.evaluation.invalidSheet", schemeReference,
        render(violations, Locale.ENGLISH));
    this.violations = List.copyOf(violations);
  }

  private static String render(List<Violation> violations, Locale locale) {
    return violations.stream().map(v -> "\n  - " + v.message(locale)).collect(Collectors.joining());
  }

  /** {@return every violation found; never {@code null}} */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }

  @Override
  public String getMessage(Locale locale) {
    List<Object> args = arguments();
    return Messages.format(locale, messageKey(), args.get(0), args.get(1), args.get(2), render(violations(), locale));
  }
}
