package id.labinov.core.evaluation;

import id.labinov.core.error.LabinovException;
import id.labinov.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An evaluation scheme (or a rating-band table) could not be loaded. It lists <em>every</em>
 * problem found, each with its JSON path, so the author can fix them in one pass. Code
 * {@code INVALID_EVALUATION_SCHEME}.
 */
public class EvaluationSchemeValidationException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient List<SchemeProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source a name for the document's source (file, resource or id), for the message
   * @param problems the problems, at least one, not {@code null}
   */
  public EvaluationSchemeValidationException(String source, List<SchemeProblem> problems) {
    super("INVALID_EVALUATION_SCHEME", "error.evaluation.invalid",
        List.of(String.valueOf(source), problems.size(), render(problems, Locale.ENGLISH)), null);
    this.problems = List.copyOf(problems);
  }

  private static String render(List<SchemeProblem> problems, Locale locale) {
    return problems.stream().map(p -> "\n  - " + p.message(locale)).collect(Collectors.joining());
  }

  /** {@return every problem found, in document order; never {@code null}} */
  public List<SchemeProblem> problems() {
    return problems == null ? List.of() : problems;
  }

  @Override
  public String getMessage(Locale locale) {
    return Messages.format(locale, messageKey(), arguments().get(0), arguments().get(1), render(problems(), locale));
  }
}
