package id.labinov.oracle.expect;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the oracle expects of the stage-duration report.
 *
 * @param stalledAfterDays the threshold
 * @param stages per stage of the axis, in order
 * @param stalledTotal how many innovations are stalled
 * @param stalled the stalled innovations, longest first, then earliest entered, then id
 */
public record ExpectedDurations(int stalledAfterDays, List<StageStats> stages, long stalledTotal,
    List<StalledRow> stalled) {

  /** Statistics of one stage's stays; figures {@code null} without stays. */
  public record StageStats(String stage, long stays, long ongoing, Long min, BigDecimal q1, BigDecimal median,
      BigDecimal q3, Long max, BigDecimal mean) {}

  /** One stalled innovation. */
  public record StalledRow(InnovationRef ref, String title, OpdCode opd, String stage, InnovationStatus status,
      Instant enteredAt, long days) {}
}
