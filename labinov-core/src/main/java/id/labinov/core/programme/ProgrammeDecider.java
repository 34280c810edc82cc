package id.labinov.core.programme;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Role;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pure decisions on programmes: open, adjust the schedule, close. Only a {@code LAB_ADMIN} may do
 * them. Refusals list every reason with stable codes: {@code ALREADY_EXISTS},
 * {@code ROLE_NOT_PERMITTED}, {@code PROGRAMME_CLOSED}, {@code UNKNOWN_STAGE_IN_SCHEDULE},
 * {@code SCHEDULE_OUT_OF_ORDER} (a later stage's window starts before an earlier one's; windows may
 * overlap, as when Drum-up and Diagnose share a workshop), {@code WOULD_STRAND} (an adjustment
 * that would leave innovations already in a stage outside its new window, naming them).
 */
public final class ProgrammeDecider {
  private final Rulebook rulebook;

  private ProgrammeDecider(Rulebook rulebook) {
    this.rulebook = rulebook;
  }

  /**
   * Returns the decider of programmes that follow a rulebook: a value, immutable and thread-safe,
   * in the shape of the innovation decider ({@code Decider.of(rulebook)}); the time comes with
   * each decision.
   *
   * @param rulebook the rulebook the programmes follow
   * @return the decider
   */
  public static ProgrammeDecider of(Rulebook rulebook) {
    return new ProgrammeDecider(Checks.notNull(rulebook, "rulebook"));
  }

  /** {@return the rulebook this decider checks schedules against} */
  public Rulebook rulebook() {
    return rulebook;
  }

  /**
   * Decides a programme command under this decider's rulebook; the same as
   * {@link #decide(Programme, ProgrammeCommand, Actor, Rulebook, List, Instant)}.
   *
   * @param current the programme, or {@code null} if it does not exist (open only)
   * @param command the command
   * @param actor who asks
   * @param members the programme's innovations (used to refuse stranding adjustments)
   * @param now the current time
   * @return the decision
   * @throws NoSuchProgrammeException if {@code current} is {@code null} for a command other than open
   */
  public ProgrammeDecision decide(Programme current, ProgrammeCommand command, Actor actor,
      List<InnovationSummary> members, Instant now) {
    return decide(current, command, actor, rulebook, members, now);
  }

  /**
   * Decides a programme command.
   *
   * @param current the programme, or {@code null} if it does not exist (open only)
   * @param command the command
   * @param actor who asks
   * @param rulebook the programme's rulebook
   * @param members the programme's innovations (used to refuse stranding adjustments)
   * @param now the current time
   * @return the decision
   * @throws NoSuchProgrammeException if {@code current} is {@code null} for a command other than open
   */
  public static ProgrammeDecision decide(Programme current, ProgrammeCommand command, Actor actor, Rulebook rulebook,
      List<InnovationSummary> members, Instant now) {
    Checks.notNull(command, "command");
    Checks.notNull(actor, "actor");
    Checks.notNull(rulebook, "rulebook");
    Checks.notNull(members, "members");
    Checks.notNull(now, "now");
    List<Violation> reasons = new ArrayList<>();
    if (!actor.has(Role.LAB_ADMIN)) {
      reasons.add(v("ROLE_NOT_PERMITTED", "violation.ROLE_NOT_PERMITTED", "LAB_ADMIN"));
    }
    if (command instanceof ProgrammeCommand.Open o) {
      Programme spec = o.spec();
      if (current != null) {
        reasons.add(v("ALREADY_EXISTS", "violation.PROGRAMME_EXISTS", spec.id(), spec.region().value()));
      }
      checkSchedule(spec.schedule(), rulebook, reasons);
      Verdict verdict = new Verdict("open-programme", reasons, List.of());
      if (!verdict.allowed()) {
        return new ProgrammeDecision(verdict, current);
      }
      Programme opened = new Programme(spec.region(), spec.id(), spec.year(), spec.name(), spec.organisingUnit(),
          spec.participatingOpds(), spec.coaches(), spec.target(), spec.timeZone(), spec.rulebookId(),
          spec.rulebookVersion(), spec.schedule(), ProgrammeStatus.OPEN, now, null, 1);
      return new ProgrammeDecision(verdict, opened);
    }
    if (current == null) {
      throw new NoSuchProgrammeException("?", "?");
    }
    if (current.status() == ProgrammeStatus.CLOSED) {
      reasons.add(v("PROGRAMME_CLOSED", "violation.PROGRAMME_CLOSED", current.id()));
    }
    if (command instanceof ProgrammeCommand.AdjustSchedule a) {
      checkSchedule(a.schedule(), rulebook, reasons);
      List<String> stranded = stranded(current, a.schedule(), members);
      if (!stranded.isEmpty()) {
        reasons.add(v("WOULD_STRAND", "violation.WOULD_STRAND", stranded.size(), String.join("; ", stranded)));
      }
      Verdict verdict = new Verdict("adjust-schedule", reasons, List.of());
      return new ProgrammeDecision(verdict, verdict.allowed() ? current.withSchedule(a.schedule()) : current);
    }
    Verdict verdict = new Verdict("close-programme", reasons, List.of());
    return new ProgrammeDecision(verdict, verdict.allowed() ? current.closed(now) : current);
  }

  private static void checkSchedule(Map<String, PhaseWindow> schedule, Rulebook rulebook, List<Violation> reasons) {
    PhaseWindow previous = null;
    String previousStage = null;
    for (Stage s : rulebook.stages()) {
      PhaseWindow w = schedule.get(s.code());
      if (w == null) {
        continue;
      }
      if (previous != null && w.start().isBefore(previous.start())) {
        reasons.add(v("SCHEDULE_OUT_OF_ORDER", "violation.SCHEDULE_OUT_OF_ORDER", s.code(), w.start().toString(),
            previousStage, previous.start().toString()));
      }
      previous = w;
      previousStage = s.code();
    }
    for (String stage : schedule.keySet()) {
      if (rulebook.findStage(stage).isEmpty()) {
        reasons.add(v("UNKNOWN_STAGE_IN_SCHEDULE", "violation.UNKNOWN_STAGE_IN_SCHEDULE", stage, rulebook.reference()));
      }
    }
  }

  /** Innovations in a stage whose entry day would lie before that stage's new window, or whose window is removed. */
  private static List<String> stranded(Programme p, Map<String, PhaseWindow> next, List<InnovationSummary> members) {
    ZoneId zone = p.timeZone().zoneId();
    List<String> out = new ArrayList<>();
    for (InnovationSummary m : members) {
      if (m.status() == InnovationStatus.DROPPED || !p.id().equals(m.programmeId())) {
        continue;
      }
      PhaseWindow before = p.schedule().get(m.stage());
      PhaseWindow after = next.get(m.stage());
      LocalDate entered = m.stageEnteredAt().atZone(zone).toLocalDate();
      boolean removed = before != null && after == null;
      boolean early = after != null && entered.isBefore(after.start());
      if (removed || early) {
        out.add(m.title() + " (" + m.ref().id() + ", " + m.stage() + " " + entered + ")");
      }
    }
    return out;
  }

  private static Violation v(String code, String key, Object... args) {
    return new Violation(code, Severity.MUST, "programme", key, List.of(args));
  }
}
