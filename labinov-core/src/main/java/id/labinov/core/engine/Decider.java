package id.labinov.core.engine;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.Condition;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.EventPayload;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Facts;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The decider: pure functions from state, command and context to events or a refusal
 * ({@link #decide}), and from state and event to the next state ({@link #evolve}). No I/O, no
 * clock, no global state; thread-safe.
 *
 * <p>Who may propose, update details, attach evidence and approve, and in which status, is data:
 * the rulebook's {@code commands} section or the shipped defaults ({@code command-rules.json}: an
 * editor role for the first three and a status other than dropped for editing; for an approval, an
 * active innovation, a role the actor holds other than {@code INNOVATOR}, and an {@code OPD_HEAD} of
 * the innovation's own unit), checked with {@link Rulebooks#checkCommand}. What stays in Java are
 * the integrity checks of the commands themselves (stable codes, ruleType {@code command}):
 * {@code NOTHING_CHANGED}, {@code DUPLICATE_EVIDENCE}, {@code ALREADY_APPROVED} (the same person in
 * the same role twice in a stage), {@code REPLICATES_OWN_REGION}; for a handover (a lab
 * administrator's, like a move to another OPD) {@code SAME_OWNER}, and a new owner the lab's directory
 * does not know ({@code NO_SUCH_PERSON}) or whose name was erased ({@code PERSON_ERASED}), as the rule
 * context tells ({@link RuleContext#findPersonStatus}); and for a proposal naming a
 * programme: that programme in the rule context ({@code NO_SUCH_PROGRAMME}), open
 * ({@code PROGRAMME_CLOSED}), with the innovation's unit among its participants when it lists any
 * ({@code OPD_NOT_PARTICIPATING}).
 */
public final class Decider {
  private final Rulebook rulebook;

  private Decider(Rulebook rulebook) {
    this.rulebook = rulebook;
  }

  /**
   * Returns the decider of a rulebook: a value, immutable and thread-safe, that rules on requests
   * without an id generator or clock (the time comes in the rule context). The command pipeline
   * keeps one per rulebook.
   *
   * @param rulebook the rulebook the innovations follow
   * @return the decider
   */
  public static Decider of(Rulebook rulebook) {
    return new Decider(Checks.notNull(rulebook, "rulebook"));
  }

  /** {@return the rulebook this decider applies} */
  public Rulebook rulebook() {
    return rulebook;
  }

  /**
   * Rules on a request: the verdict and, when allowed, the event payloads (not yet stamped).
   * Deterministic.
   *
   * @param state the current state, or {@code null} if the innovation does not exist (proposals only)
   * @param request the request (its command must not be a {@code MigrateRulebook}; see {@link #decideMigration(InnovationState, Request, Rulebook, RuleContext)})
   * @param context the time, zone, programme and evaluation results
   * @return the ruling
   * @throws NoSuchInnovationException if {@code state} is {@code null} for a command other than a proposal
   * @throws InvalidValueException with code {@code RULEBOOK_MISMATCH} if the state follows another rulebook,
   *     or {@code UNKNOWN_TRANSITION} if a command names a transition the rulebook lacks
   */
  public Ruling decide(InnovationState state, Request request, RuleContext context) {
    return rule(state, request, rulebook, context);
  }

  /**
   * Rules on a migration of the innovation from this decider's rulebook to {@code to}.
   *
   * @param state the current state
   * @param request the request (its command must be a {@code MigrateRulebook} naming {@code to})
   * @param to the target rulebook
   * @param context the time and zone
   * @return the ruling; its events are recorded under {@code to}
   */
  public Ruling decideMigration(InnovationState state, Request request, Rulebook to, RuleContext context) {
    return ruleMigration(state, request, rulebook, to, context);
  }

  /**
   * Decides a request.
   *
   * @param state the current state, or {@code null} if the innovation does not exist (proposals only)
   * @param request the request
   * @param rulebook the rulebook the innovation follows (for a proposal: the one it will follow)
   * @param context the time and zone
   * @param ids makes event ids
   * @return accepted events and the new state, or a refusal
   * @throws NoSuchInnovationException if {@code state} is {@code null} for a command other than a proposal
   * @throws InvalidValueException with code {@code RULEBOOK_MISMATCH} if the state follows another rulebook,
   *     or {@code UNKNOWN_TRANSITION} if a command names a transition the rulebook lacks
   */
  public static Decision decide(InnovationState state, Request request, Rulebook rulebook, RuleContext context, IdGenerator ids) {
    Checks.notNull(ids, "ids");
    // what rule(...).stamp(...) gives, without the ruling and its payload in between
    Verdict verdict = judge(state, request, rulebook, context);
    if (!verdict.allowed()) {
      return new Decision(verdict, List.of(), state);
    }
    InnovationEvent e = eventOf(state, request.command(), rulebook,
        Ruling.metadata(state, request, rulebook, context.now(), ids, 1));
    return new Decision(verdict, List.of(e), evolve(state, e));
  }

  private static Ruling rule(InnovationState state, Request request, Rulebook rulebook, RuleContext context) {
    Verdict verdict = judge(state, request, rulebook, context);
    Command command = request.command();
    return new Ruling(verdict, verdict.allowed() ? List.of(m -> eventOf(state, command, rulebook, m)) : List.of(),
        rulebook);
  }

  /**
   * The event an allowed command leads to (the one payload of its ruling), stamped with {@code m}.
   * The transition is looked up again: the checks in {@link #judge} found it.
   */
  private static InnovationEvent eventOf(InnovationState state, Command command, Rulebook rulebook, EventMetadata m) {
    if (command instanceof Command.Advance a) {
      Transition t = rulebook.getTransition(a.transitionId());
      if (t.kind() == TransitionKind.CONDITIONAL_ADVANCE) {
        List<Condition> cs = new ArrayList<>();
        for (int i = 0; i < a.conditions().size(); i++) {
          cs.add(new Condition("c" + m.sequence() + "-" + (i + 1), a.conditions().get(i)));
        }
        return new StageAdvancedConditionally(m, t.id(), state.stage(), t.to(), cs);
      }
      return new StageAdvanced(m, t.id(), state.stage(), t.to());
    } else if (command instanceof Command.UpdateDetails u) {
      return new DetailsUpdated(m, u.details());
    } else if (command instanceof Command.Propose p) {
      return new InnovationProposed(m, p.details(), p.programmeId(), rulebook.entryStage());
    } else if (command instanceof Command.AttachEvidence a) {
      return new EvidenceAttached(m, a.evidence());
    } else if (command instanceof Command.Approve a) {
      return new ApprovalRecorded(m, a.role(), a.note());
    } else if (command instanceof Command.ReturnForRework r) {
      Transition t = rulebook.getTransition(r.transitionId());
      return new ReturnedForRework(m, t.id(), state.stage(), t.to(), r.reason());
    } else if (command instanceof Command.ClearCondition c) {
      return new ConditionCleared(m, c.conditionId(), c.note());
    } else if (command instanceof Command.Hold h) {
      return new PutOnHold(m, h.reason());
    } else if (command instanceof Command.Resume r) {
      return new Resumed(m, r.note());
    } else if (command instanceof Command.Drop d) {
      return new Dropped(m, d.reason());
    } else if (command instanceof Command.Reopen r) {
      return new Reopened(m, r.reason());
    } else if (command instanceof Command.ChangeOpd c) {
      return new OpdChanged(m, state.details().opd(), c.opd(), c.reason());
    } else if (command instanceof Command.HandOver h) {
      OpdCode from = state.details().opd();
      return new OwnerHandedOver(m, state.proposedBy(), h.newOwner(), from,
          h.opd() == null || h.opd().equals(from) ? null : h.opd(), h.reason());
    }
    throw new IllegalStateException("no event for " + command.name());
  }

  /** Checks a request (not a migration) and returns the verdict: every reason, in order. */
  private static Verdict judge(InnovationState state, Request request, Rulebook rulebook, RuleContext context) {
    Checks.notNull(request, "request");
    Checks.notNull(rulebook, "rulebook");
    Checks.notNull(context, "context");
    Command command = request.command();
    if (command instanceof Command.MigrateRulebook) {
      throw new InvalidValueException("USE_DECIDE_MIGRATION", "command", command.name(), "error.useDecideMigration");
    }
    if (command instanceof Command.Propose p) {
      return propose(state, request, p, rulebook, context);
    }
    if (state == null) {
      throw new NoSuchInnovationException(request.target());
    }
    if (!state.id().equals(request.target().id()) || !state.region().equals(request.target().region())) {
      throw new NoSuchInnovationException(request.target());
    }
    if (!state.rulebookId().equals(rulebook.id()) || state.rulebookVersion() != rulebook.version()) {
      throw new InvalidValueException("RULEBOOK_MISMATCH", "rulebook", rulebook.reference(),
          "error.rulebookMismatch", state.rulebookReference());
    }
    // Reasons the command itself gives are collected only when there are any (null otherwise):
    // "before" comes ahead of the gate's violations, "after" behind them. Without either, the
    // gate's own verdict is the verdict.
    List<Violation> before = null;
    List<Violation> after = null;
    Verdict gate;
    String verdictId;
    if (command instanceof Command.UpdateDetails u) {
      verdictId = "update-details";
      gate = Rulebooks.checkCommand(rulebook, verdictId, new StateFacts(state, request.actor()), context);
      if (u.details().equals(state.details())) {
        after = add(after, commandViolation("NOTHING_CHANGED"));
      }
      // the OPD is set once by an edit (while none is recorded) and changed only by its own command
      if (state.details().opd() != null && !state.details().opd().equals(u.details().opd())) {
        after = add(after, commandViolation("OPD_CHANGE_NEEDS_COMMAND", state.details().opd().value(),
            u.details().opd() == null ? "-" : u.details().opd().value()));
      }
      after = checkReplication(u.details(), request.target(), after);
    } else if (command instanceof Command.ChangeOpd c) {
      // like a rulebook migration, a lab administrator's command in every rulebook (no gate)
      verdictId = "change-opd";
      gate = null;
      if (!request.actor().has(Role.LAB_ADMIN)) {
        before = add(before, new Violation("ROLE_NOT_PERMITTED", Severity.MUST, "command", "violation.ROLE_NOT_PERMITTED",
            List.of("LAB_ADMIN")));
      }
      if (c.opd().equals(state.details().opd())) {
        after = add(after, commandViolation("SAME_OPD", c.opd().value()));
      }
    } else if (command instanceof Command.HandOver h) {
      // like a move to another OPD, a lab administrator's command in every rulebook (no gate), in
      // every status: a departing innovator's dropped ideas are handed over too, so that whoever
      // reopens one later owns it
      verdictId = "hand-over";
      gate = null;
      if (!request.actor().has(Role.LAB_ADMIN)) {
        before = add(before, new Violation("ROLE_NOT_PERMITTED", Severity.MUST, "command", "violation.ROLE_NOT_PERMITTED",
            List.of("LAB_ADMIN")));
      }
      if (h.newOwner().equals(state.proposedBy())) {
        after = add(after, commandViolation("SAME_OWNER", h.newOwner().value()));
      }
      PersonName.Status known = context.findPersonStatus(h.newOwner()).orElse(PersonName.Status.KNOWN);
      if (known == PersonName.Status.UNKNOWN) {
        after = add(after, commandViolation("NO_SUCH_PERSON", h.newOwner().value()));
      } else if (known == PersonName.Status.ERASED) {
        after = add(after, commandViolation("PERSON_ERASED", h.newOwner().value()));
      }
    } else if (command instanceof Command.AttachEvidence a) {
      verdictId = "attach-evidence";
      gate = Rulebooks.checkCommand(rulebook, verdictId, new StateFacts(state, request.actor()), context);
      EvidenceRef e = a.evidence();
      List<EvidenceRef> attached = state.evidence();
      for (int i = 0; i < attached.size(); i++) {
        EvidenceRef x = attached.get(i);
        if (x.kind().equals(e.kind()) && x.sha256().equals(e.sha256())) {
          after = add(after, commandViolation("DUPLICATE_EVIDENCE", e.kind().code(), e.sha256()));
          break;
        }
      }
    } else if (command instanceof Command.Approve a) {
      verdictId = "approve";
      gate = Rulebooks.checkCommand(rulebook, verdictId, new StateFacts(state, request.actor(), a.role()), context);
      List<Approval> approvals = state.approvals();
      for (int i = 0; i < approvals.size(); i++) {
        Approval x = approvals.get(i);
        if (x.role() == a.role() && x.approver().equals(request.actor().personId())) {
          after = add(after, commandViolation("ALREADY_APPROVED", a.role().name()));
          break;
        }
      }
    } else if (command instanceof Command.Advance a) {
      Transition t = rulebook.getTransition(a.transitionId());
      verdictId = t.id();
      if (t.kind() != TransitionKind.ADVANCE && t.kind() != TransitionKind.CONDITIONAL_ADVANCE) {
        before = add(before, commandViolation("WRONG_TRANSITION_KIND", t.id(), t.kind().name(), "ADVANCE|CONDITIONAL_ADVANCE"));
      } else if (t.kind() == TransitionKind.CONDITIONAL_ADVANCE && a.conditions().isEmpty()) {
        before = add(before, commandViolation("CONDITIONS_REQUIRED", t.id()));
      } else if (t.kind() == TransitionKind.ADVANCE && !a.conditions().isEmpty()) {
        before = add(before, commandViolation("CONDITIONS_NOT_ALLOWED", t.id()));
      }
      gate = Rulebooks.check(rulebook, t.id(), new StateFacts(state, request.actor()), context);
    } else if (command instanceof Command.ReturnForRework r) {
      Transition t = rulebook.getTransition(r.transitionId());
      verdictId = t.id();
      if (t.kind() != TransitionKind.RETURN_FOR_REWORK) {
        before = add(before, commandViolation("WRONG_TRANSITION_KIND", t.id(), t.kind().name(), "RETURN_FOR_REWORK"));
      }
      gate = Rulebooks.check(rulebook, t.id(), new StateFacts(state, request.actor()), context);
    } else {
      TransitionKind kind = kindOf(command);
      Transition t = null;
      List<Transition> from = rulebook.transitionsFrom(state.stage());
      for (int i = 0; i < from.size() && t == null; i++) {
        if (from.get(i).kind() == kind) {
          t = from.get(i);
        }
      }
      if (t == null) {
        verdictId = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        gate = null;
        before = add(before, commandViolation("NO_TRANSITION", kind.name(), state.stage(), rulebook.reference()));
      } else {
        verdictId = t.id();
        gate = withCommandChecks(state, t, Rulebooks.check(rulebook, t.id(), new StateFacts(state, request.actor()), context));
      }
      if (command instanceof Command.ClearCondition c) {
        List<Condition> open = state.openConditions();
        if (!open.isEmpty() && !StateFold.hasCondition(open, c.conditionId())) {
          List<String> ids = new ArrayList<>(open.size());
          for (Condition x : open) {
            ids.add(x.id());
          }
          after = add(after, commandViolation("NO_SUCH_CONDITION", c.conditionId(), String.join(", ", ids)));
        }
      }
    }
    return verdict(verdictId, before, gate, after);
  }

  /** Adds to a list made on the first addition. */
  private static List<Violation> add(List<Violation> list, Violation v) {
    List<Violation> out = list == null ? new ArrayList<>(2) : list;
    out.add(v);
    return out;
  }

  /**
   * The verdict: the reasons found before the gate, the gate's violations, the reasons found after
   * it; the gate's not-applicable rules. The gate's verdict itself when nothing was added to it.
   */
  private static Verdict verdict(String id, List<Violation> before, Verdict gate, List<Violation> after) {
    if (before == null && after == null && gate != null && gate.transitionId().equals(id)) {
      return gate;
    }
    List<Violation> violations = new ArrayList<>();
    if (before != null) {
      violations.addAll(before);
    }
    if (gate != null) {
      violations.addAll(gate.violations());
    }
    if (after != null) {
      violations.addAll(after);
    }
    return new Verdict(id, violations, gate == null ? List.of() : gate.notApplicable());
  }

  /**
   * Decides a {@link Command.MigrateRulebook}: the innovation moves to the target rulebook version,
   * keeping its stage and everything else. Refused ({@code ROLE_NOT_PERMITTED}) unless the actor is a
   * {@code LAB_ADMIN}, ({@code STAGE_NOT_IN_RULEBOOK}) if the stage does not exist in the target,
   * ({@code ALREADY_ON_VERSION}) if it already follows the target.
   *
   * @param state the current state
   * @param request the request (its command must be a {@code MigrateRulebook})
   * @param from the rulebook it follows now
   * @param to the target rulebook
   * @param context the time and zone
   * @param ids makes event ids
   * @return the decision
   */
  public static Decision decideMigration(InnovationState state, Request request, Rulebook from, Rulebook to,
      RuleContext context, IdGenerator ids) {
    Checks.notNull(ids, "ids");
    return ruleMigration(state, request, from, to, context).stamp(state, request, context.now(), ids);
  }

  private static Ruling ruleMigration(InnovationState state, Request request, Rulebook from, Rulebook to,
      RuleContext context) {
    Checks.notNull(state, "state");
    Checks.notNull(request, "request");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(context, "context");
    if (!(request.command() instanceof Command.MigrateRulebook m)) {
      throw new InvalidValueException("WRONG_COMMAND", "command", request.command().name(), "error.useDecide");
    }
    if (!m.rulebookId().equals(to.id()) || m.version() != to.version()) {
      throw new InvalidValueException("RULEBOOK_MISMATCH", "to", to.reference(), "error.rulebookMismatch",
          m.rulebookId() + "@" + m.version());
    }
    List<Violation> reasons = new ArrayList<>();
    if (!request.actor().has(Role.LAB_ADMIN)) {
      reasons.add(new Violation("ROLE_NOT_PERMITTED", Severity.MUST, "command", "violation.ROLE_NOT_PERMITTED",
          List.of("LAB_ADMIN")));
    }
    if (state.rulebookId().equals(to.id()) && state.rulebookVersion() == to.version()) {
      reasons.add(commandViolation("ALREADY_ON_VERSION", to.reference()));
    }
    if (to.findStage(state.stage()).isEmpty()) {
      reasons.add(commandViolation("STAGE_NOT_IN_RULEBOOK", state.stage(), to.reference()));
    }
    Verdict verdict = new Verdict("migrate-rulebook", reasons, List.of());
    List<EventPayload> out = verdict.allowed()
        ? List.of(meta -> new RulebookMigrated(meta, from.id(), from.version())) : List.of();
    return new Ruling(verdict, out, to);
  }

  private static Verdict propose(InnovationState state, Request request, Command.Propose p, Rulebook rulebook,
      RuleContext context) {
    List<Violation> before = null;
    if (state != null) {
      before = add(before, commandViolation("ALREADY_EXISTS", request.target().toString()));
    }
    Verdict gate = Rulebooks.checkCommand(rulebook, "propose", new ProposalFacts(p.details(), rulebook.entryStage(),
        context.now(), request.actor(), request.target().region()), context);
    List<Violation> after = checkReplication(p.details(), request.target(), null);
    if (p.programmeId() != null) {
      var programme = context.programme().filter(x -> x.programmeId().equals(p.programmeId()));
      if (programme.isEmpty()) {
        after = add(after, new Violation("NO_SUCH_PROGRAMME", Severity.MUST, "programme", "violation.NO_SUCH_PROGRAMME",
            List.of(p.programmeId())));
      } else {
        if (!programme.get().open()) {
          after = add(after, new Violation("PROGRAMME_CLOSED", Severity.MUST, "programme", "violation.PROGRAMME_CLOSED",
              List.of(p.programmeId())));
        }
        var opd = p.details().opd();
        if (opd != null && !programme.get().participatingOpds().isEmpty()
            && !programme.get().participatingOpds().contains(opd)) {
          after = add(after, new Violation("OPD_NOT_PARTICIPATING", Severity.MUST, "programme",
              "violation.OPD_NOT_PARTICIPATING", List.of(opd.value(), p.programmeId())));
        }
      }
    }
    return verdict("propose", before, gate, after);
  }

  /** Adds {@code REPLICATES_OWN_REGION} to {@code reasons} (made if {@code null}) when the details replicate the target's own region. */
  private static List<Violation> checkReplication(InnovationDetails details, InnovationRef target, List<Violation> reasons) {
    var source = details.replicates();
    if (source != null && source.region().equals(target.region())) {
      return add(reasons, new Violation("REPLICATES_OWN_REGION", Severity.MUST, "replicates",
          "violation.REPLICATES_OWN_REGION", List.of(source.toString(), target.region().toString())));
    }
    return reasons;
  }

  private static TransitionKind kindOf(Command c) {
    if (c instanceof Command.Hold) {
      return TransitionKind.HOLD;
    } else if (c instanceof Command.Resume) {
      return TransitionKind.RESUME;
    } else if (c instanceof Command.Drop) {
      return TransitionKind.DROP;
    } else if (c instanceof Command.Reopen) {
      return TransitionKind.REOPEN;
    }
    return TransitionKind.CLEAR_CONDITION;
  }

  private static Violation commandViolation(String code, Object... args) {
    return new Violation(code, Severity.MUST, "command", "violation." + code, List.of(args));
  }


  /**
   * Applies one event to a state; the only way state changes (see {@link StateFold}).
   *
   * @param state the state before, or {@code null} before the proposal
   * @param event the next event of the same innovation
   * @return the state after
   * @throws HistoryCorruptedException if the event does not follow the state (sequence gap, other
   *     innovation, event before proposal, proposal twice)
   */
  public static InnovationState evolve(InnovationState state, InnovationEvent event) {
    return StateFold.evolve(state, event);
  }

  /**
   * Folds a whole history into a state.
   *
   * @param events the innovation's events in sequence order
   * @return the state, or {@code null} for an empty history
   * @throws HistoryCorruptedException if the events do not form one unbroken history
   */
  public static InnovationState replay(List<? extends InnovationEvent> events) {
    return StateFold.replay(events);
  }

  /**
   * Checks a transition's gate for an actor without deciding.
   *
   * @param state the state
   * @param actor who would act
   * @param rulebook the innovation's rulebook
   * @param transitionId the transition
   * @param context the time and zone
   * @return the verdict, listing every violation
   */
  public static Verdict check(InnovationState state, Actor actor, Rulebook rulebook, String transitionId, RuleContext context) {
    Checks.notNull(state, "state");
    Checks.notNull(actor, "actor");
    Checks.notNull(rulebook, "rulebook");
    Verdict v = Rulebooks.check(rulebook, transitionId, new StateFacts(state, actor), context);
    return withCommandChecks(state, rulebook.getTransition(transitionId), v);
  }

  /** Adds what decide refuses beyond the gate, where no command argument is needed to know it. */
  private static Verdict withCommandChecks(InnovationState state, Transition t, Verdict v) {
    if (t.kind() == TransitionKind.CLEAR_CONDITION && state.openConditions().isEmpty()) {
      List<Violation> reasons = new ArrayList<>(v.violations());
      reasons.add(commandViolation("NO_OPEN_CONDITIONS"));
      return new Verdict(v.transitionId(), reasons, v.notApplicable());
    }
    return v;
  }

  /**
   * Lists every transition that starts from the current stage, with its verdict for the actor.
   *
   * @param state the state
   * @param actor who would act
   * @param rulebook the innovation's rulebook
   * @param context the time and zone
   * @return the transitions in rulebook order
   */
  public static List<Availability> available(InnovationState state, Actor actor, Rulebook rulebook, RuleContext context) {
    Checks.notNull(state, "state");
    Checks.notNull(actor, "actor");
    Checks.notNull(rulebook, "rulebook");
    Facts facts = new StateFacts(state, actor);
    List<Availability> out = new ArrayList<>();
    for (Transition t : rulebook.transitionsFrom(state.stage())) {
      out.add(new Availability(t, withCommandChecks(state, t, Rulebooks.check(rulebook, t.id(), facts, context))));
    }
    return out;
  }

  /**
   * Returns the facts view of a state for an actor, as rules see it.
   *
   * @param state the state
   * @param actor the actor
   * @return the facts
   */
  public static Facts facts(InnovationState state, Actor actor) {
    return new StateFacts(Checks.notNull(state, "state"), Checks.notNull(actor, "actor"));
  }
}
