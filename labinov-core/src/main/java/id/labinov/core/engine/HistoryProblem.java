package id.labinov.core.engine;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import java.util.Locale;

/**
 * The first broken link of one innovation's stored history: which innovation, at which event, and
 * what is wrong.
 *
 * @param ref the innovation
 * @param sequence the sequence (version) of the first broken link; 0 when the stored state is
 *     missing while events exist
 * @param kind what is wrong
 */
public record HistoryProblem(InnovationRef ref, long sequence, HistoryProblemKind kind) {
  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param sequence the sequence of the first broken link, 0 or more
   * @param kind what is wrong
   * @throws InvalidValueException if a part is missing or the sequence is negative
   */
  public HistoryProblem {
    Checks.notNull(ref, "ref");
    Checks.notNull(kind, "kind");
    if (sequence < 0) {
      throw new InvalidValueException("NEGATIVE_COUNT", "sequence", sequence, "error.negativeCount");
    }
  }

  /**
   * Describes the problem in one sentence: the innovation, the event and what is wrong.
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Bahasa Indonesia
   * @return the text, never {@code null}
   */
  public String message(Locale locale) {
    return Messages.format(locale, "history.problem", ref.toString(), Long.toString(sequence), kind.label(locale));
  }
}
