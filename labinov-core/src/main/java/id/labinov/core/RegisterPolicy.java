package id.labinov.core;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.InnovationStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may change the evidence register, checked before any write. Not API. In order:
 *
 * <ol>
 *   <li>The host's {@link id.labinov.core.engine.Authorisation#checkRegion} for the region (by
 *       default: the actor has a scope that includes it and may write there).
 *   <li>The register's own role rule: {@code LAB_ADMIN} changes everything of the region;
 *       {@code OPD_HEAD} and {@code INNOVATOR} change only documents and claims tied to innovations,
 *       each of which the host's {@link id.labinov.core.engine.Authorisation#checkOwner} lets them act
 *       on (by default: their OPD's, and for an innovator one they proposed or are on the team of);
 *       every other role only reads.
 * </ol>
 */
final class RegisterPolicy {
  private final CommandPipeline pipeline;
  private final InnovationStore innovations;

  RegisterPolicy(CommandPipeline pipeline, InnovationStore innovations) {
    this.pipeline = pipeline;
    this.innovations = innovations;
  }

  /**
   * Allows a change or throws.
   *
   * @param actor who changes
   * @param region the register's region
   * @param action the action's verdict id
   * @param subjects the innovations the change touches; empty for a region-level change
   * @throws RegisterRefusedException with every reason if not allowed
   * @throws NoSuchInnovationException if a subject does not exist in the region (checked only for
   *     actors whose right depends on it)
   */
  void allow(Actor actor, RegionCode region, String action, Set<InnovationId> subjects) {
    Verdict denied = pipeline.authoriseRegion(actor, region, action);
    if (denied != null) {
      throw new RegisterRefusedException(denied);
    }
    if (actor.has(Role.LAB_ADMIN)) {
      return;
    }
    if (!actor.has(Role.OPD_HEAD) && !actor.has(Role.INNOVATOR)) {
      throw refused(action, List.of(violation("ROLE_NOT_PERMITTED", "violation.register.role")));
    }
    if (subjects.isEmpty()) {
      throw refused(action, List.of(violation("ROLE_NOT_PERMITTED", "violation.register.regionLevel")));
    }
    Set<Violation> reasons = new LinkedHashSet<>();
    for (InnovationId id : new TreeSet<>(subjects)) {
      InnovationRef ref = new InnovationRef(region, id);
      InnovationState state = innovations.load(ref).orElseThrow(() -> new NoSuchInnovationException(ref));
      reasons.addAll(pipeline.authoriseOwner(actor, state, action));
    }
    if (!reasons.isEmpty()) {
      throw refused(action, new ArrayList<>(reasons));
    }
  }

  private static RegisterRefusedException refused(String action, List<Violation> reasons) {
    return new RegisterRefusedException(new Verdict(action, reasons, List.of()));
  }

  private static Violation violation(String code, String key) {
    return new Violation(code, Severity.MUST, "authorisation", key, List.of());
  }
}
