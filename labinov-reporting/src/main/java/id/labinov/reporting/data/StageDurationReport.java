package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * Days in each stage, and the innovations stalled in one.
 *
 * @param info kind, language, time, zone and scope
 * @param stalledAfterDays the threshold: an innovation, not dropped, is stalled when longer than this
 *     many days in its current stage, unless that is its rulebook's last stage
 * @param stages statistics per stage, in stage order, every stage of the rulebook(s) listed
 * @param stalledTotal how many innovations are stalled
 * @param stalled the stalled innovations, longest first (then earliest entered, then id), at most
 *     the report's row limit
 */
public record StageDurationReport(ReportInfo info, int stalledAfterDays, List<StageStatistics> stages,
    long stalledTotal, List<StalledInnovation> stalled) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param stalledAfterDays the threshold: an innovation, not dropped, is stalled when longer than this
   *     many days in its current stage, unless that is its rulebook's last stage
   * @param stages statistics per stage, in stage order, every stage of the rulebook(s) listed
   * @param stalledTotal how many innovations are stalled
   * @param stalled the stalled innovations, longest first (then earliest entered, then id), at most
   *     the report's row limit
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public StageDurationReport {
    Checks.notNull(info, "info");
    stages = List.copyOf(Checks.notNull(stages, "stages"));
    stalled = List.copyOf(Checks.notNull(stalled, "stalled"));
  }

  /** {@return whether {@link #stalled()} was cut at the row limit} */
  public boolean truncated() {
    return stalled.size() < stalledTotal;
  }
}
