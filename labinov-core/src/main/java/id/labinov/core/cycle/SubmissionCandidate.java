package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import java.math.BigDecimal;

/**
 * An innovation a region could send for the index, with the score it would bring.
 *
 * @param innovation the innovation
 * @param title its name
 * @param score its indicator score (e.g. the supported or verified points of the readiness report), 0 or more
 * @param submitted whether it is in the submission now
 */
@Beta
public record SubmissionCandidate(InnovationId innovation, String title, BigDecimal score, boolean submitted) {
  /**
   * Validates the parts.
   *
   * @param innovation the innovation
   * @param title its name
   * @param score its score
   * @param submitted whether it is submitted
   * @throws id.labinov.core.error.InvalidValueException naming a missing part, or with code
   *     {@code OUT_OF_RANGE} for a negative score
   */
  public SubmissionCandidate {
    Checks.notNull(innovation, "innovation");
    title = Checks.notBlank(title, "title");
    Checks.notNull(score, "score");
    if (score.signum() < 0) {
      throw new id.labinov.core.error.InvalidValueException("OUT_OF_RANGE", "score", score.toPlainString(),
          "error.cycle.range", 0, "-");
    }
  }
}
