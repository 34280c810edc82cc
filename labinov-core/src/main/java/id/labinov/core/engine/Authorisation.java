package id.labinov.core.engine;

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
   * Allows every request: the decider's own rules (roles in gates, approvals by role and OPD) still
   * apply.
   *
   * @return the policy
   */
  static Authorisation gatesOnly() {
    return (request, state) -> List.of();
  }
}
