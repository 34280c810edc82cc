package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * What an {@link EvidenceRule} checks: the claim, the documents it links (found in the register and
 * of the claim's region; the pre-flight reports the others itself) and the level being checked.
 *
 * @param claim the claim
 * @param documents the linked documents, in the claim's order
 * @param level the level whose requirement is checked (1 to the claimed level)
 */
@Beta
public record EvidenceInput(IndicatorClaim claim, List<EvidenceDocument> documents, int level) {
  /**
   * Validates and copies the parts.
   *
   * @param claim the claim
   * @param documents the linked documents
   * @param level the level checked
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing
   *     part
   */
  public EvidenceInput {
    Checks.notNull(claim, "claim");
    documents = List.copyOf(EvidenceDocument.noNulls(documents, "documents"));
  }

  /** {@return the IID year (T-0) of the claim} */
  public int year() {
    return claim.year();
  }
}
