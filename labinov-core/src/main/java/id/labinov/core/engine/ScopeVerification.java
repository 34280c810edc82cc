package id.labinov.core.engine;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Scope;
import java.util.List;

/**
 * The summary of verifying every innovation of a scope (a region, a province or the nation): how
 * many histories and events were read and the first broken link of each broken history, in the
 * order verified (ascending innovation id).
 *
 * @param scope the scope verified
 * @param innovationsChecked how many innovations were verified
 * @param eventsChecked how many events were read in all
 * @param problems the first broken link of each broken history; empty when every history is intact
 */
public record ScopeVerification(Scope scope, long innovationsChecked, long eventsChecked,
    List<HistoryProblem> problems) {
  /**
   * Validates the parts and copies the list.
   *
   * @param scope the scope verified
   * @param innovationsChecked how many innovations were verified
   * @param eventsChecked how many events were read in all
   * @param problems one problem per broken history
   * @throws InvalidValueException if a part is missing, a count negative, or there are more
   *     problems than innovations
   */
  public ScopeVerification {
    Checks.notNull(scope, "scope");
    problems = List.copyOf(Checks.notNull(problems, "problems"));
    if (eventsChecked < 0) {
      throw new InvalidValueException("NEGATIVE_COUNT", "eventsChecked", eventsChecked, "error.negativeCount");
    }
    if (innovationsChecked < problems.size()) {
      throw new InvalidValueException("OUT_OF_RANGE", "innovationsChecked", innovationsChecked,
          "error.history.fewerThanProblems", problems.size());
    }
  }

  /** {@return whether every history of the scope is intact} */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** {@return how many histories are intact} */
  public long intact() {
    return innovationsChecked - problems.size();
  }

  /** {@return how many histories are broken} */
  public long broken() {
    return problems.size();
  }
}
