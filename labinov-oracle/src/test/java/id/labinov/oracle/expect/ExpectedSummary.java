package id.labinov.oracle.expect;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.programme.ProgrammeStatus;
import id.labinov.reporting.data.PhaseState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the oracle expects of a programme (or scope) summary.
 *
 * @param zone the zone of the report's dates (the programme's, else the scope's)
 * @param total innovations in scope, every status
 * @param byStage per stage of the axis, in order
 * @param byStatus per status, every status
 * @param byOpd per current OPD, by code, "not set" ({@code null}) last
 * @param byBentuk per form, every form, then "not set"
 * @param byJenis per type, every type, then "not set"
 * @param funnel per stage of the axis, in order
 * @param schedule per stage of the programme's rulebook; empty without a programme
 * @param facts the programme's figures, or {@code null}
 * @param dropped the dropped innovations, by id
 */
public record ExpectedSummary(IndonesianTimeZone zone, long total, List<StageRow> byStage,
    Map<InnovationStatus, Long> byStatus, List<Keyed<OpdCode>> byOpd, List<Keyed<Bentuk>> byBentuk,
    List<Keyed<Jenis>> byJenis, List<FunnelRow> funnel, List<ScheduleRow> schedule, Facts facts,
    List<DroppedRow> dropped) {

  /** Innovations now in one stage, by status. */
  public record StageRow(String stage, long active, long onHold, long dropped) {}

  /** A count under a key ({@code null} = not set). */
  public record Keyed<K>(K key, long count) {}

  /** One funnel step. */
  public record FunnelRow(String stage, long reached, BigDecimal percentOfTotal, BigDecimal percentOfPrevious) {}

  /** One schedule step. */
  public record ScheduleRow(String stage, LocalDate windowStart, LocalDate windowEnd, PhaseState phase, long inStage,
      long reached, long late) {}

  /** The programme's figures. */
  public record Facts(String id, String name, int year, OpdCode organisingUnit, ProgrammeStatus status, int target,
      long achieved, BigDecimal achievedPercent, long late, String finalStage) {}

  /** One dropped innovation, from its last {@code Dropped} event. */
  public record DroppedRow(InnovationRef ref, String title, OpdCode opd, String stage, Instant droppedAt,
      String reason) {}
}
