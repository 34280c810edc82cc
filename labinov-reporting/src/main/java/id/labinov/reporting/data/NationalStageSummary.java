package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * Counts by national stage (inisiatif, uji coba, penerapan, not yet set) per unit, and the regional
 * index estimate of each region in scope with indicator data for the year.
 *
 * @param info kind, language, time, zone and scope
 * @param byOpd one row per unit, by code, "not set" last
 * @param total the sum of all rows
 * @param indexYear the year (evaluation round) of the estimate, or 0 when none was asked for
 * @param regionalIndex one row per region with indicator data, by region code; empty when none
 */
public record NationalStageSummary(ReportInfo info, List<NationalStageRow> byOpd, NationalStageRow total,
    int indexYear, List<RegionalIndexRow> regionalIndex) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param byOpd one row per unit, by code, "not set" last
   * @param total the sum of all rows
   * @param indexYear the year (evaluation round) of the estimate, or 0 when none was asked for
   * @param regionalIndex one row per region with indicator data, by region code; empty when none
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public NationalStageSummary {
    Checks.notNull(info, "info");
    byOpd = List.copyOf(Checks.notNull(byOpd, "byOpd"));
    Checks.notNull(total, "total");
    regionalIndex = List.copyOf(Checks.notNull(regionalIndex, "regionalIndex"));
  }
}
