package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import java.math.BigDecimal;

/**
 * One choice of a submission what-if: add an innovation to the submission or take one out, and what the
 * estimated index would become.
 *
 * @param kind add or remove
 * @param innovation the innovation
 * @param title its name
 * @param score its score
 * @param after the estimate with the choice made
 * @param change the index after minus the index now (2 decimals; negative when it lowers the index)
 */
@Beta
public record SubmissionChoice(Kind kind, InnovationId innovation, String title, BigDecimal score,
    RegionalIndexEstimate after, BigDecimal change) {
  /** Whether the choice adds or removes. */
  public enum Kind implements id.labinov.core.model.Labelled {
    /** Kirimkan: add the innovation to the submission. */
    ADD,
    /** Jangan kirimkan: take the innovation out of the submission. */
    REMOVE
  }

  /**
   * Validates the parts.
   *
   * @param kind add or remove
   * @param innovation the innovation
   * @param title its name
   * @param score its score
   * @param after the estimate after
   * @param change the change of the index
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public SubmissionChoice {
    Checks.notNull(kind, "kind");
    Checks.notNull(innovation, "innovation");
    Checks.notBlank(title, "title");
    Checks.notNull(score, "score");
    Checks.notNull(after, "after");
    Checks.notNull(change, "change");
  }
}
