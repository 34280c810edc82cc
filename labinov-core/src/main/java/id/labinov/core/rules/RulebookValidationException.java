package id.labinov.core.rules;

import id.labinov.core.error.LabinovException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rulebook could not be loaded: it lists <em>every</em> problem found, each with its JSON path,
 * so the author can fix them in one pass. Code {@code INVALID_RULEBOOK}.
 */
public class RulebookValidationException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient List<RulebookProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source a name for the rulebook's source (file or id), for the message
   * @param problems the problems, at least one
   */
  public RulebookValidationException(String source, List<RulebookProblem> problems) {
    super("INVALID_RULEBOOK", "error.rulebook.invalid",
        List.of(source, problems.size(), render(problems, Locale.ENGLISH)), null);
    this.problems = List.copyOf(problems);
  }

  private static String render(List<RulebookProblem> problems, Locale locale) {
    return problems.stream().map(p -> "\n  - " + p.message(locale)).collect(Collectors.joining());
  }

  /** {@return every problem found, in document order} */
  public List<RulebookProblem> problems() {
    return problems == null ? List.of() : problems;
  }

  @Override
  public String getMessage(Locale locale) {
    return id.labinov.core.i18n.Messages.format(
        locale, messageKey(), arguments().get(0), arguments().get(1), render(problems(), locale));
  }
}
