package id.labinov.core.engine;

import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Violation;
import java.util.List;

/**
 * Decides whether an actor may send a command, before the decider looks at the gate: the command
 * pipeline's authorisation step. The host application authenticates; labinov authorises through
 * this step, which a host may replace on the builder ({@code Labinov.Builder#authorisation}).
 *
 * <p>It runs after the caller's expected version has been checked and before the rule context is
 * loaded, for every innovation command (proposals included, with {@code state == null}).
 * Implementations must be thread-safe and do no writes.
 */
@FunctionalInterface
public interface Authorisation {
  /**
   * Tells why the request is not allowed.
   *
   * @param request the request (actor, command, target)
   * @param state the innovation's current state, or {@code null} for a proposal
   * @return every reason the request is not allowed (must-meet violations); empty if allowed
   */
  List<Violation> check(Request request, InnovationState state);

  /**
   * Tells why an actor may not write in a region outside an innovation command: opening, adjusting
   * or closing a programme ({@code action} {@code open-programme}, {@code adjust-schedule},
   * {@code close-programme}), scoring ({@code score}) or recording monitoring ({@code monitoring}).
   * Whether the role may do it is the programme's or scheme's own rule, checked after this.
   *
   * @param actor the actor
   * @param region the region written
   * @param action the action's verdict id
   * @return every reason it is not allowed; empty if allowed (the default)
   */
  default List<Violation> checkRegion(Actor actor, RegionCode region, String action) {
    return List.of();
  }

  /**
   * Tells why an actor may not act on an innovation apart from a particular command: recording
   * monitoring, asking which transitions are available or checking one, and a move the rulebook has
   * no transition for. The default allows everything.
   *
   * <p>A host policy that only implements {@link #check} (a lambda, or {@link #gatesOnly()}) keeps
   * this default and the permissive {@link #checkRegion} default: then programme, score and
   * monitoring writes are checked by the programme's and scheme's own rules alone.
   *
   * @param actor the actor
   * @param state the innovation's current state
   * @param action the action's verdict id (a transition id, {@code monitoring}, ...)
   * @return every reason it is not allowed; empty if allowed (the default)
   */
  default List<Violation> checkOwner(Actor actor, InnovationState state, String action) {
    return List.of();
  }

  /**
   * The default policy: the actor acts only inside its scope (a region's actors write there, a
   * province's lab administrator writes in its regencies and cities, other province and national
   * actors only read), an {@code INNOVATOR} only on innovations of their own OPD that they proposed or
   * that list them as a team member, an {@code OPD_HEAD} only on their own OPD's innovations, and
   * {@code COACH}, {@code LAB_ADMIN} and {@code REGIONAL_HEAD} on any innovation of their scope;
   * {@code EVALUATOR} only through the evaluation commands and approvals in the evaluator role. Refusals carry the codes
   * {@code ACTOR_WITHOUT_SCOPE}, {@code OUTSIDE_SCOPE}, {@code SCOPE_READ_ONLY}, {@code NOT_OWN_OPD},
   * {@code NOT_INNOVATION_TEAM} and {@code ROLE_NOT_PERMITTED}.
   *
   * @return the policy
   */
  static Authorisation byRoleAndScope() {
    return RoleAndScopeAuthorisation.INSTANCE;
  }

  /**
   * Allows every request: the decider's own rules (roles in gates, approvals by role and OPD) still
   * apply.
   *
   * @return the policy
   */
  static Authorisation gatesOnly() {
    return (request, state) -> List.of();
  }
}
