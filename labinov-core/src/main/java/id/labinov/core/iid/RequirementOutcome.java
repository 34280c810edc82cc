package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * What one evidence requirement found: met (no gaps), with the ids of the documents that counted,
 * or unmet, with at least one gap.
 *
 * @param counted ids of the documents that counted toward the requirement (may be empty, e.g. for a
 *     stated value)
 * @param gaps why the requirement is not met; empty when it is
 */
@Beta
public record RequirementOutcome(List<String> counted, List<Gap> gaps) {
  /**
   * Validates and copies the parts.
   *
   * @param counted ids of the documents that counted
   * @param gaps the gaps; empty when met
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing part
   */
  public RequirementOutcome {
    counted = List.copyOf(EvidenceDocument.noNulls(counted, "counted"));
    gaps = List.copyOf(EvidenceDocument.noNulls(gaps, "gaps"));
  }

  /**
   * Returns a met outcome.
   *
   * @param counted ids of the documents that counted
   * @return the outcome
   */
  public static RequirementOutcome met(List<String> counted) {
    return new RequirementOutcome(counted, List.of());
  }

  /**
   * Returns an unmet outcome.
   *
   * @param gaps the gaps, at least one
   * @return the outcome
   * @throws InvalidValueException with code {@code REQUIRED} if {@code gaps} is empty
   */
  public static RequirementOutcome unmet(List<Gap> gaps) {
    if (Checks.notNull(gaps, "gaps").isEmpty()) {
      throw new InvalidValueException("REQUIRED", "gaps", "[]", "error.required");
    }
    return new RequirementOutcome(List.of(), gaps);
  }

  /** {@return whether the requirement is met} */
  public boolean isMet() {
    return gaps.isEmpty();
  }
}
