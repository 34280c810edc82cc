package id.labinov.reporting.data;

import id.labinov.core.annotation.Beta;
import id.labinov.core.cycle.SubmissionChoice;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import java.math.BigDecimal;

/**
 * One single choice of the index what-if: send one more innovation, or do not send one that is in, and
 * what the estimated index would become.
 *
 * @param rank the place in the ranking, from 1: the largest rise of the index first
 * @param kind add (send it) or remove (do not send it)
 * @param ref the innovation
 * @param title its name, or {@code null} if the query port does not know it (renderers say so)
 * @param opd its unit, or {@code null}
 * @param opdName the unit's name, or {@code null}
 * @param score its indicator score on the report's basis (0 for an innovation without claims)
 * @param after the estimate with the choice made
 * @param change the index after minus the index now (2 decimals; negative when it lowers the index)
 * @param iga the innovation's IGA eligibility for the year, or {@code null} when no IGA rules cover it
 * @param possible whether the choice can be made: sending an innovation that is not eligible for the IGA
 *     year cannot
 */
@Beta
public record WhatIfChoice(int rank, SubmissionChoice.Kind kind, InnovationRef ref, String title, OpdCode opd,
    String opdName, BigDecimal score, RegionalIndexEstimate after, BigDecimal change, CompetitionVerdict iga,
    boolean possible) {
  /**
   * Validates the parts.
   *
   * @param rank the rank
   * @param kind add or remove
   * @param ref the innovation
   * @param title its name
   * @param opd its unit, or {@code null}
   * @param opdName the unit's name, or {@code null}
   * @param score its score
   * @param after the estimate after
   * @param change the change of the index
   * @param iga the IGA verdict, or {@code null}
   * @param possible whether the choice can be made
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public WhatIfChoice {
    Checks.notNull(kind, "kind");
    Checks.notNull(ref, "ref");
    Checks.notNull(score, "score");
    Checks.notNull(after, "after");
    Checks.notNull(change, "change");
  }
}
