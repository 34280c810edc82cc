package id.labinov.core.engine;

import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Authorisation#byRoleAndScope()}: the default policy. In order:
 *
 * <ol>
 *   <li><b>Scope.</b> The actor must have one ({@code ACTOR_WITHOUT_SCOPE}) and the innovation's
 *       region must be inside it ({@code OUTSIDE_SCOPE}). A region's actors write in their region; of
 *       a province's actors only the lab administrator writes (in the province's regencies and
 *       cities), the others read; national actors read ({@code SCOPE_READ_ONLY}). One exception: a
 *       {@code VERIFIER} records index verifications ({@code verify-claim}) in every region of their
 *       scope, national and provincial scopes included, since the verifying body is national.
 *   <li><b>Ownership.</b> {@code COACH}, {@code LAB_ADMIN} and {@code REGIONAL_HEAD} act on any
 *       innovation in scope; {@code OPD_HEAD} on the innovations of their own OPD; {@code INNOVATOR} on
 *       the innovations of their own OPD that they proposed or that list them as a team member
 *       ({@link id.labinov.core.model.InnovationDetails#coInnovators()}). For a proposal the OPD is the
 *       one the details name; an innovator proposes for their own OPD (or for none yet). One role that
 *       allows the request is enough. {@code EVALUATOR} acts through the evaluation commands, and on
 *       an innovation only to record an approval in the evaluator role.
 * </ol>
 *
 * <p>Whether the role may do the command at all (e.g. only a coach approves a design) is the
 * rulebook's gate, checked after this.
 */
final class RoleAndScopeAuthorisation implements Authorisation {
  static final RoleAndScopeAuthorisation INSTANCE = new RoleAndScopeAuthorisation();

  /** Roles that act on any innovation of their scope. */
  private static final List<Role> ANY_IN_SCOPE = List.of(Role.COACH, Role.LAB_ADMIN, Role.REGIONAL_HEAD);

  private RoleAndScopeAuthorisation() {}

  @Override
  public List<Violation> check(Request request, InnovationState state) {
    Actor actor = request.actor();
    RegionCode region = request.target().region();
    Violation scoped = scope(actor, region);
    if (scoped != null) {
      return List.of(scoped);
    }
    Violation owned = ownership(actor, request.command(), state);
    return owned == null ? List.of() : List.of(owned);
  }

  @Override
  public List<Violation> checkOwner(Actor actor, InnovationState state, String action) {
    Violation scoped = scope(actor, state.region());
    if (scoped != null) {
      return List.of(scoped);
    }
    if ("monitoring".equals(action) && actor.has(Role.EVALUATOR)) {
      return List.of(); // evaluators monitor any displayed innovation of their scope
    }
    Violation owned = ownership(actor, null, state);
    return owned == null ? List.of() : List.of(owned);
  }

  @Override
  public List<Violation> checkRegion(Actor actor, RegionCode region, String action) {
    if ("verify-claim".equals(action) && actor.has(Role.VERIFIER) && actor.scope() != null
        && actor.scope().includes(region)) {
      return List.of(); // the verifying body is national: a verifier verifies anywhere in scope
    }
    Violation v = scope(actor, region);
    return v == null ? List.of() : List.of(v);
  }

  /**
   * Checks that an actor may write in a region: {@code null} if it may, else the reason. Shared with
   * the programme and evaluation services, whose commands have a region but no innovation owner.
   *
   * @param actor the actor
   * @param region the region written
   * @return the violation, or {@code null}
   */
  static Violation scope(Actor actor, RegionCode region) {
    Scope scope = actor.scope();
    if (scope == null) {
      return violation("ACTOR_WITHOUT_SCOPE", "violation.ACTOR_WITHOUT_SCOPE", actor.personId().value());
    }
    if (!scope.includes(region)) {
      return scope.level() == Scope.Level.PROVINCE
          ? violation("OUTSIDE_SCOPE", "violation.OUTSIDE_SCOPE.PROVINCE", provinceName(scope), region.value())
          : violation("OUTSIDE_SCOPE", "violation.OUTSIDE_SCOPE.REGION", scope.code(), region.value());
    }
    return switch (scope.level()) {
      case REGION -> null;
      case PROVINCE -> actor.has(Role.LAB_ADMIN) ? null
          : violation("SCOPE_READ_ONLY", "violation.SCOPE_READ_ONLY.PROVINCE", provinceName(scope));
      case NATIONAL -> violation("SCOPE_READ_ONLY", "violation.SCOPE_READ_ONLY.NATIONAL");
    };
  }

  private static String provinceName(Scope scope) {
    return Province.findByCode(scope.code()).map(Province::displayName).orElse(scope.code());
  }

  /** Whether one of the actor's roles lets it act on this innovation; the reason if none does. */
  private static Violation ownership(Actor actor, Command command, InnovationState state) {
    for (Role r : ANY_IN_SCOPE) {
      if (actor.has(r)) {
        return null;
      }
    }
    if (actor.has(Role.EVALUATOR) && command instanceof Command.Approve a && a.role() == Role.EVALUATOR) {
      return null; // a panel's approval is an evaluator's act
    }
    boolean head = actor.has(Role.OPD_HEAD);
    boolean innovator = actor.has(Role.INNOVATOR);
    if (!head && !innovator) {
      return violation("ROLE_NOT_PERMITTED", "violation.ROLE_NOT_PERMITTED.POLICY");
    }
    OpdCode innovationOpd = state != null ? state.details().opd()
        : command instanceof Command.Propose p ? p.details().opd() : null;
    OpdCode own = actor.opd();
    boolean ownOpd = innovationOpd == null ? innovator : own != null && own.equals(innovationOpd);
    if (state == null) {
      // a proposal: for the actor's own OPD, or (an innovator's) for none yet
      if (ownOpd) {
        return null;
      }
    } else {
      if (innovationOpd == null && command instanceof Command.UpdateDetails u && u.details().opd() != null
          && !u.details().opd().equals(own)) {
        // the first OPD an edit records is the editor's own, as for a proposal
        return own == null ? violation("NOT_OWN_OPD", "violation.NOT_OWN_OPD.ACTOR_WITHOUT_OPD")
            : violation("NOT_OWN_OPD", "violation.NOT_OWN_OPD", own.value(), u.details().opd().value());
      }
      if (head && own != null && own.equals(innovationOpd)) {
        return null;
      }
      if (innovator && ownOpd && onTeam(actor.personId(), state)) {
        return null;
      }
      if (ownOpd) {
        return violation("NOT_INNOVATION_TEAM", "violation.NOT_INNOVATION_TEAM");
      }
    }
    if (innovationOpd == null) {
      return violation("NOT_OWN_OPD", "violation.NOT_OWN_OPD.NONE");
    }
    if (own == null) {
      return violation("NOT_OWN_OPD", "violation.NOT_OWN_OPD.ACTOR_WITHOUT_OPD");
    }
    return violation("NOT_OWN_OPD", "violation.NOT_OWN_OPD", own.value(), innovationOpd.value());
  }

  private static boolean onTeam(PersonId person, InnovationState state) {
    return state.proposedBy().equals(person) || state.details().listsCoInnovator(person);
  }

  private static Violation violation(String code, String messageKey, Object... arguments) {
    List<Object> args = new ArrayList<>(arguments.length);
    for (Object a : arguments) {
      args.add(a);
    }
    return new Violation(code, Severity.MUST, "authorisation", messageKey, args);
  }
}
