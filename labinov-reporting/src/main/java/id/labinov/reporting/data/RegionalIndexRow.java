package id.labinov.reporting.data;

import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;

/**
 * The regional innovation index (IID) estimate of one region, from the indicator levels recorded for
 * its innovations.
 *
 * @param region the region
 * @param sheetsRejected innovations left out because their latest sheet does not fit the indicator
 *     scheme
 * @param inputsGiven whether the caller gave the region's SPD and count scores; if not, both are 0 and
 *     the index is a lower bound
 * @param estimate the estimate ({@code RegionalIndex.estimate}); its {@code innovations} counts the
 *     innovations used
 */
public record RegionalIndexRow(RegionCode region, int sheetsRejected, boolean inputsGiven,
    RegionalIndexEstimate estimate) {
  /**
   * Validates the parts.
   *
   * @param region the region
   * @param sheetsRejected innovations left out because their latest sheet does not fit the indicator
   *     scheme
   * @param inputsGiven whether the caller gave the region's SPD and count scores; if not, both are 0 and
   *     the index is a lower bound
   * @param estimate the estimate ({@code RegionalIndex.estimate}); its {@code innovations} counts the
   *     innovations used
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public RegionalIndexRow {
    Checks.notNull(region, "region");
    Checks.notNull(estimate, "estimate");
  }
}
