package id.labinov.core.programme;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme's progress: innovations per stage against the target, and which are late against the
 * schedule.
 *
 * @param programme the programme
 * @param asOf the day progress is measured on (in the programme's zone)
 * @param total the programme's innovations (all statuses)
 * @param perStage active and on-hold innovations per stage code, in rulebook order (every stage listed)
 * @param dropped dropped innovations
 * @param reachedFinalStage innovations in the rulebook's last stage (not dropped): what the target counts
 * @param target the target
 * @param late innovations behind the schedule, longest in their stage first: still in a stage, active or
 *     on hold (not dropped), on or after the end of that stage's window (windows are half-open, days in
 *     the programme's zone); none in the rulebook's last stage, where innovations arrive
 */
public record ProgrammeProgress(Programme programme, LocalDate asOf, long total, Map<String, Long> perStage,
    long dropped, long reachedFinalStage, int target, List<Late> late) {
  /**
   * Copies the parts.
   *
   * @param programme the programme
   * @param asOf the day progress is measured on (in the programme's zone)
   * @param total the programme's innovations (all statuses)
   * @param perStage active and on-hold innovations per stage code, in rulebook order (every stage listed)
   * @param dropped dropped innovations
   * @param reachedFinalStage innovations in the rulebook's last stage (not dropped): what the target counts
   * @param target the target
   * @param late innovations behind the schedule, longest in their stage first: still in a stage, active or
   *     on hold (not dropped), on or after the end of that stage's window (windows are half-open, days in
   *     the programme's zone); none in the rulebook's last stage, where innovations arrive
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ProgrammeProgress {
    Checks.notNull(programme, "programme");
    Checks.notNull(asOf, "asOf");
    perStage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(perStage, "perStage")));
    late = List.copyOf(Checks.notNull(late, "late"));
  }

  /**
   * An innovation behind the schedule.
   *
   * @param innovation the innovation
   * @param stage the stage it is still in
   * @param deadline the last day of that stage's window
   */
  public record Late(InnovationSummary innovation, String stage, LocalDate deadline) {}

  /** {@return how far the programme is towards its target, as a percentage (0 or more; may pass 100)} */
  public java.math.BigDecimal targetPercent() {
    return java.math.BigDecimal.valueOf(reachedFinalStage * 100L)
        .divide(java.math.BigDecimal.valueOf(target), 2, java.math.RoundingMode.HALF_UP);
  }

  /**
   * Computes progress from the programme's innovations.
   *
   * @param programme the programme
   * @param rulebook its rulebook
   * @param members its innovations
   * @param asOf the day to measure on
   * @return the progress
   */
  public static ProgrammeProgress of(Programme programme, Rulebook rulebook, List<InnovationSummary> members, LocalDate asOf) {
    Checks.notNull(programme, "programme");
    Checks.notNull(rulebook, "rulebook");
    Checks.notNull(members, "members");
    Checks.notNull(asOf, "asOf");
    Map<String, Long> perStage = new LinkedHashMap<>();
    rulebook.stages().forEach(s -> perStage.put(s.code(), 0L));
    long dropped = 0;
    List<Late> late = new ArrayList<>();
    List<Stage> stages = rulebook.stages();
    String last = stages.get(stages.size() - 1).code();
    long finalStage = 0;
    for (InnovationSummary m : members) {
      if (m.status() == InnovationStatus.DROPPED) {
        dropped++;
        continue;
      }
      perStage.merge(m.stage(), 1L, Long::sum);
      if (m.stage().equals(last)) {
        finalStage++;
      }
      int idx = indexOf(stages, m.stage());
      if (idx >= 0 && idx + 1 < stages.size()) {
        PhaseWindow w = programme.schedule().get(m.stage());
        if (w != null && !asOf.isBefore(w.end())) {
          late.add(new Late(m, m.stage(), w.end().minusDays(1)));
        }
      }
    }
    late.sort(java.util.Comparator.comparing((Late l) -> l.innovation().stageEnteredAt()));
    return new ProgrammeProgress(programme, asOf, members.size(), perStage, dropped, finalStage, programme.target(), late);
  }

  private static int indexOf(List<Stage> stages, String code) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
