package id.labinov.core.engine;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The dry run of migrating one innovation to another rulebook version: whether its stage exists
 * there, and which gate criteria of its next advance would fail under the new rules compared with
 * the old. Roles are left out of the comparison (the check uses an actor holding every role), so
 * the report shows the substance of the gates.
 *
 * @param ref the innovation
 * @param from the rulebook it follows ({@code id@version})
 * @param to the target rulebook
 * @param stage its stage
 * @param stageExists whether the stage exists in the target
 * @param nextTransition the target's first advance from the stage, or {@code null}
 * @param failingNow violation codes of that advance under the current rulebook's matching advance
 * @param failingAfter violation codes of that advance under the target rulebook
 */
public record MigrationReport(InnovationRef ref, String from, String to, String stage, boolean stageExists,
    String nextTransition, List<String> failingNow, List<String> failingAfter) {
  // working nationally, so that the region and ownership rules of the target judge no one out
  private static final Actor EVERY_ROLE = new Actor(PersonId.of("labinov-migration-check"), null, EnumSet.allOf(Role.class),
      id.labinov.core.model.Scope.national());

  /**
   * Copies the parts.
   *
   * @param ref the innovation
   * @param from the rulebook it follows ({@code id@version})
   * @param to the target rulebook
   * @param stage its stage
   * @param stageExists whether the stage exists in the target
   * @param nextTransition the target's first advance from the stage, or {@code null}
   * @param failingNow violation codes of that advance under the current rulebook's matching advance
   * @param failingAfter violation codes of that advance under the target rulebook
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public MigrationReport {
    Checks.notNull(ref, "ref");
    failingNow = List.copyOf(Checks.notNull(failingNow, "failingNow"));
    failingAfter = List.copyOf(Checks.notNull(failingAfter, "failingAfter"));
  }

  /** {@return the criteria that would newly fail after migrating} */
  public List<String> newlyFailing() {
    return failingAfter.stream().filter(c -> !failingNow.contains(c)).toList();
  }

  /** {@return whether migrating changes nothing for this innovation's next gate} */
  public boolean unchanged() {
    return stageExists && failingNow.equals(failingAfter);
  }

  /** {@return the next transition in the target, if any} */
  public Optional<String> findNextTransition() {
    return Optional.ofNullable(nextTransition);
  }

  /**
   * Plans the migration of one innovation (changes nothing).
   *
   * @param state the innovation
   * @param from its current rulebook
   * @param to the target rulebook
   * @param context the time and zone
   * @return the report
   */
  public static MigrationReport plan(InnovationState state, Rulebook from, Rulebook to, RuleContext context) {
    Checks.notNull(state, "state");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(context, "context");
    boolean exists = to.findStage(state.stage()).isPresent();
    Optional<Transition> next = exists ? nextAdvance(to, state.stage()) : Optional.empty();
    Optional<Transition> before = nextAdvance(from, state.stage());
    List<String> now = before.map(t -> codes(Decider.check(state, EVERY_ROLE, from, t.id(), context))).orElse(List.of());
    List<String> after = next.map(t -> codes(Decider.check(state, EVERY_ROLE, to, t.id(), context))).orElse(List.of());
    return new MigrationReport(state.ref(), from.reference(), to.reference(), state.stage(), exists,
        next.map(Transition::id).orElse(null), now, after);
  }

  private static Optional<Transition> nextAdvance(Rulebook r, String stage) {
    return r.transitionsFrom(stage).stream().filter(t -> t.kind() == TransitionKind.ADVANCE).findFirst();
  }

  private static List<String> codes(Verdict v) {
    return v.violations().stream().map(Violation::code).filter(c -> !c.equals("WRONG_STATUS")).toList();
  }
}
