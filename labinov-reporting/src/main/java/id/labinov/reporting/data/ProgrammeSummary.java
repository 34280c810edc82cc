package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import java.util.List;
import java.util.Optional;

/**
 * Ringkasan Program: a programme's (or any scope's) innovations in aggregate. Everything except
 * {@link #dropped()} is counted by the store; the report holds no per-innovation data in memory.
 *
 * @param info kind, language, time, zone and scope
 * @param programme the programme's figures, or {@code null} for a summary of a scope without a programme
 * @param total all innovations counted, every status
 * @param byStage per stage of the rulebook(s), in stage order, every stage listed (stages no
 *     rulebook names come last, by code)
 * @param byStatus per status, every status listed
 * @param byOpd per unit, by code, "not set" last
 * @param byBentuk per form, every form listed, then "not set"
 * @param byJenis per type, every type listed, then "not set"
 * @param funnel how many reached each stage, in stage order
 * @param schedule progress against the programme's schedule, in stage order; empty without a programme
 * @param dropped the dropped innovations with their reasons, in id order, read page by page when
 *     iterated (each iteration reads the store and the histories again)
 */
public record ProgrammeSummary(ReportInfo info, ProgrammeFacts programme, long total, List<StageCount> byStage,
    List<Count<InnovationStatus>> byStatus, List<OpdCount> byOpd, List<Count<Bentuk>> byBentuk,
    List<Count<Jenis>> byJenis, List<FunnelStep> funnel, List<ScheduleStep> schedule,
    Iterable<DroppedInnovation> dropped) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param programme the programme's figures, or {@code null} for a summary of a scope without a programme
   * @param total all innovations counted, every status
   * @param byStage per stage of the rulebook(s), in stage order, every stage listed (stages no
   *     rulebook names come last, by code)
   * @param byStatus per status, every status listed
   * @param byOpd per unit, by code, "not set" last
   * @param byBentuk per form, every form listed, then "not set"
   * @param byJenis per type, every type listed, then "not set"
   * @param funnel how many reached each stage, in stage order
   * @param schedule progress against the programme's schedule, in stage order; empty without a programme
   * @param dropped the dropped innovations with their reasons, in id order, read page by page when
   *     iterated (each iteration reads the store and the histories again)
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ProgrammeSummary {
    Checks.notNull(info, "info");
    byStage = List.copyOf(Checks.notNull(byStage, "byStage"));
    byStatus = List.copyOf(Checks.notNull(byStatus, "byStatus"));
    byOpd = List.copyOf(Checks.notNull(byOpd, "byOpd"));
    byBentuk = List.copyOf(Checks.notNull(byBentuk, "byBentuk"));
    byJenis = List.copyOf(Checks.notNull(byJenis, "byJenis"));
    funnel = List.copyOf(Checks.notNull(funnel, "funnel"));
    schedule = List.copyOf(Checks.notNull(schedule, "schedule"));
    Checks.notNull(dropped, "dropped");
  }

  /** {@return the programme's figures, empty for a scope summary} */
  public Optional<ProgrammeFacts> findProgramme() {
    return Optional.ofNullable(programme);
  }
}
