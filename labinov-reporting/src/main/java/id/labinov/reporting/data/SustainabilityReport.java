package id.labinov.reporting.data;

import id.labinov.core.annotation.Beta;
import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * Keberlanjutan / sustainability: the region's displayed innovations (not dropped) after the innovation
 * week, as core's sustainability watch sees them on the report day: monitoring state, last entry, next
 * due day and days overdue, legal basis, owner, latest development version and eligibility for the
 * coming competitions. The rows needing attention come first: lapsed, then at risk, then without a legal
 * basis in force, each by name ({@link SustainabilityRow#attention()}).
 *
 * @param info kind, language, time, zone and scope (the region); the report day is {@code info.asOf()}
 * @param flaggedOnly whether only the innovations needing attention are listed (the totals count all)
 * @param settings the watch settings of the innovations' rulebooks, each once, in the order of the rows
 *     (the defaults when there is no innovation)
 * @param innovations the displayed innovations under watch
 * @param watched those whose monitoring is on time (overdue no longer than the at-risk threshold)
 * @param atRisk those whose next entry is overdue by more than the at-risk threshold
 * @param lapsed those whose next entry is overdue by more than the lapsed threshold
 * @param withoutValidLegalBasis those without a decree or regulation in force (expired or missing)
 * @param igaYear the coming IGA year, or {@code null} when no IGA rules cover it
 * @param eligibleIga the innovations eligible for that IGA year, or {@code null} with no rules
 * @param rows the innovations listed, needing attention first
 */
@Beta
public record SustainabilityReport(ReportInfo info, boolean flaggedOnly, List<SustainabilitySettings> settings,
    long innovations, long watched, long atRisk, long lapsed, long withoutValidLegalBasis, Integer igaYear,
    Long eligibleIga, List<SustainabilityRow> rows) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param flaggedOnly whether only flagged innovations are listed
   * @param settings the settings in use
   * @param innovations the innovations under watch
   * @param watched the watched ones
   * @param atRisk the ones at risk
   * @param lapsed the lapsed ones
   * @param withoutValidLegalBasis the ones without a legal basis in force
   * @param igaYear the coming IGA year, or {@code null}
   * @param eligibleIga the ones eligible for it, or {@code null}
   * @param rows the rows
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public SustainabilityReport {
    Checks.notNull(info, "info");
    settings = List.copyOf(Checks.notNull(settings, "settings"));
    rows = List.copyOf(Checks.notNull(rows, "rows"));
  }

  /** {@return the innovations that need attention: at risk, lapsed, or without a legal basis in force} */
  public long flagged() {
    return rows.stream().filter(SustainabilityRow::flagged).count();
  }
}
