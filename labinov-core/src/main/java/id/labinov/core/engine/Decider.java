package id.labinov.core.engine;

import id.labinov.core.Checks;
import id.labinov.core.InvalidValueException;
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
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Facts;
import id.labinov.core.rules.HoldPeriod;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
 * the same role twice in a stage), {@code REPLICATES_OWN_REGION}, and for a proposal naming a
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

  /** Returns the rulebook this decider applies. */
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
    return rule(state, request, rulebook, context).stamp(state, request, context.now(), ids);
  }

  private static Ruling rule(InnovationState state, Request request, Rulebook rulebook, RuleContext context) {
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
    if (!state.ref().equals(request.target())) {
      throw new NoSuchInnovationException(request.target());
    }
    if (!state.rulebookId().equals(rulebook.id()) || state.rulebookVersion() != rulebook.version()) {
      throw new InvalidValueException("RULEBOOK_MISMATCH", "rulebook", rulebook.reference(),
          "error.rulebookMismatch", state.rulebookReference());
    }
    List<EventPayload> out = new ArrayList<>(1);
    List<Violation> reasons = new ArrayList<>();
    List<Violation> skipped = new ArrayList<>();
    Facts facts = new StateFacts(state, request.actor());
    String verdictId;
    if (command instanceof Command.UpdateDetails u) {
      verdictId = "update-details";
      gate(Rulebooks.checkCommand(rulebook, verdictId, facts, context), reasons, skipped);
      if (u.details().equals(state.details())) {
        reasons.add(commandViolation("NOTHING_CHANGED"));
      }
      checkReplication(u.details(), request.target(), reasons);
      out.add(m -> new DetailsUpdated(m, u.details()));
    } else if (command instanceof Command.AttachEvidence a) {
      verdictId = "attach-evidence";
      gate(Rulebooks.checkCommand(rulebook, verdictId, facts, context), reasons, skipped);
      EvidenceRef e = a.evidence();
      if (state.evidence().stream().anyMatch(x -> x.kind().equals(e.kind()) && x.sha256().equals(e.sha256()))) {
        reasons.add(commandViolation("DUPLICATE_EVIDENCE", e.kind().code(), e.sha256()));
      }
      out.add(m -> new EvidenceAttached(m, e));
    } else if (command instanceof Command.Approve a) {
      verdictId = "approve";
      gate(Rulebooks.checkCommand(rulebook, verdictId, new StateFacts(state, request.actor(), a.role()), context),
          reasons, skipped);
      boolean again = state.approvals().stream()
          .anyMatch(x -> x.role() == a.role() && x.approver().equals(request.actor().personId()));
      if (again) {
        reasons.add(commandViolation("ALREADY_APPROVED", a.role().name()));
      }
      out.add(m -> new ApprovalRecorded(m, a.role(), a.note()));
    } else if (command instanceof Command.Advance a) {
      Transition t = rulebook.getTransition(a.transitionId());
      verdictId = t.id();
      if (t.kind() != TransitionKind.ADVANCE && t.kind() != TransitionKind.CONDITIONAL_ADVANCE) {
        reasons.add(commandViolation("WRONG_TRANSITION_KIND", t.id(), t.kind().name(), "ADVANCE|CONDITIONAL_ADVANCE"));
      } else if (t.kind() == TransitionKind.CONDITIONAL_ADVANCE && a.conditions().isEmpty()) {
        reasons.add(commandViolation("CONDITIONS_REQUIRED", t.id()));
      } else if (t.kind() == TransitionKind.ADVANCE && !a.conditions().isEmpty()) {
        reasons.add(commandViolation("CONDITIONS_NOT_ALLOWED", t.id()));
      }
      gate(Rulebooks.check(rulebook, t.id(), facts, context), reasons, skipped);
      if (t.kind() == TransitionKind.CONDITIONAL_ADVANCE) {
        out.add(m -> {
          List<Condition> cs = new ArrayList<>();
          for (int i = 0; i < a.conditions().size(); i++) {
            cs.add(new Condition("c" + m.sequence() + "-" + (i + 1), a.conditions().get(i)));
          }
          return new StageAdvancedConditionally(m, t.id(), state.stage(), t.to(), cs);
        });
      } else {
        out.add(m -> new StageAdvanced(m, t.id(), state.stage(), t.to()));
      }
    } else if (command instanceof Command.ReturnForRework r) {
      Transition t = rulebook.getTransition(r.transitionId());
      verdictId = t.id();
      if (t.kind() != TransitionKind.RETURN_FOR_REWORK) {
        reasons.add(commandViolation("WRONG_TRANSITION_KIND", t.id(), t.kind().name(), "RETURN_FOR_REWORK"));
      }
      gate(Rulebooks.check(rulebook, t.id(), facts, context), reasons, skipped);
      out.add(m -> new ReturnedForRework(m, t.id(), state.stage(), t.to(), r.reason()));
    } else {
      TransitionKind kind = kindOf(command);
      Transition t = rulebook.transitionsFrom(state.stage()).stream().filter(x -> x.kind() == kind).findFirst().orElse(null);
      if (t == null) {
        verdictId = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        reasons.add(commandViolation("NO_TRANSITION", kind.name(), state.stage(), rulebook.reference()));
      } else {
        verdictId = t.id();
        gate(withCommandChecks(state, t, Rulebooks.check(rulebook, t.id(), facts, context)), reasons, skipped);
      }
      if (command instanceof Command.ClearCondition c) {
        if (!state.openConditions().isEmpty()
            && state.openConditions().stream().noneMatch(x -> x.id().equals(c.conditionId()))) {
          reasons.add(commandViolation("NO_SUCH_CONDITION", c.conditionId(), state.openConditions().isEmpty()
              ? "-" : String.join(", ", state.openConditions().stream().map(Condition::id).toList())));
        }
        out.add(m -> new ConditionCleared(m, c.conditionId(), c.note()));
      } else if (command instanceof Command.Hold h) {
        out.add(m -> new PutOnHold(m, h.reason()));
      } else if (command instanceof Command.Resume r) {
        out.add(m -> new Resumed(m, r.note()));
      } else if (command instanceof Command.Drop d) {
        out.add(m -> new Dropped(m, d.reason()));
      } else if (command instanceof Command.Reopen r) {
        out.add(m -> new Reopened(m, r.reason()));
      }
    }
    Verdict verdict = new Verdict(verdictId, reasons, skipped);
    return new Ruling(verdict, verdict.allowed() ? out : List.of(), rulebook);
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

  private static Ruling propose(InnovationState state, Request request, Command.Propose p, Rulebook rulebook,
      RuleContext context) {
    List<Violation> reasons = new ArrayList<>();
    if (state != null) {
      reasons.add(commandViolation("ALREADY_EXISTS", request.target().toString()));
    }
    List<Violation> skipped = new ArrayList<>();
    gate(Rulebooks.checkCommand(rulebook, "propose", new ProposalFacts(p.details(), rulebook.entryStage(),
        context.now(), request.actor()), context), reasons, skipped);
    checkReplication(p.details(), request.target(), reasons);
    if (p.programmeId() != null) {
      var programme = context.programme().filter(x -> x.programmeId().equals(p.programmeId()));
      if (programme.isEmpty()) {
        reasons.add(new Violation("NO_SUCH_PROGRAMME", Severity.MUST, "programme", "violation.NO_SUCH_PROGRAMME",
            List.of(p.programmeId())));
      } else {
        if (!programme.get().open()) {
          reasons.add(new Violation("PROGRAMME_CLOSED", Severity.MUST, "programme", "violation.PROGRAMME_CLOSED",
              List.of(p.programmeId())));
        }
        var opd = p.details().opd();
        if (opd != null && !programme.get().participatingOpds().isEmpty()
            && !programme.get().participatingOpds().contains(opd)) {
          reasons.add(new Violation("OPD_NOT_PARTICIPATING", Severity.MUST, "programme",
              "violation.OPD_NOT_PARTICIPATING", List.of(opd.value(), p.programmeId())));
        }
      }
    }
    Verdict verdict = new Verdict("propose", reasons, skipped);
    List<EventPayload> out = verdict.allowed()
        ? List.of(m -> new InnovationProposed(m, p.details(), p.programmeId(), rulebook.entryStage())) : List.of();
    return new Ruling(verdict, out, rulebook);
  }

  private static void checkReplication(InnovationDetails details, InnovationRef target, List<Violation> reasons) {
    var source = details.replicates();
    if (source != null && source.region().equals(target.region())) {
      reasons.add(new Violation("REPLICATES_OWN_REGION", Severity.MUST, "replicates", "violation.REPLICATES_OWN_REGION",
          List.of(source.toString(), target.region().toString())));
    }
  }

  private static void gate(Verdict v, List<Violation> reasons, List<Violation> skipped) {
    reasons.addAll(v.violations());
    skipped.addAll(v.notApplicable());
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


  /** Collects the events of one accepted decision, numbering them after the state's version. */
  /**
   * Applies one event to a state; the only way state changes.
   *
   * @param state the state before, or {@code null} before the proposal
   * @param event the next event of the same innovation
   * @return the state after
   * @throws HistoryCorruptedException if the event does not follow the state (sequence gap, other
   *     innovation, event before proposal, proposal twice)
   */
  public static InnovationState evolve(InnovationState state, InnovationEvent event) {
    Checks.notNull(event, "event");
    EventMetadata m = event.metadata();
    Instant t = m.occurredAt();
    if (state == null) {
      if (!(event instanceof InnovationProposed p)) {
        throw new HistoryCorruptedException(who(m), "the first event is " + event.type() + ", not InnovationProposed");
      }
      if (m.sequence() != 1) {
        throw new HistoryCorruptedException(who(m), "the proposal has sequence " + m.sequence() + ", not 1");
      }
      return new InnovationState(m.region(), m.innovationId(), m.rulebookId(), m.rulebookVersion(), p.programmeId(),
          p.details(), p.stage(), InnovationStatus.ACTIVE, List.of(), List.of(), List.of(),
          List.of(new StageVisit(p.stage(), t, null, List.of())), m.actor(), t, t, 1);
    }
    if (!state.region().equals(m.region()) || !state.id().equals(m.innovationId())) {
      throw new HistoryCorruptedException(who(m), "the event belongs to another innovation than " + state.ref());
    }
    if (m.sequence() != state.version() + 1) {
      throw new HistoryCorruptedException(who(m), "expected sequence " + (state.version() + 1) + " but got " + m.sequence());
    }
    if (event instanceof InnovationProposed) {
      throw new HistoryCorruptedException(who(m), "a second InnovationProposed at sequence " + m.sequence());
    }
    Mutable s = new Mutable(state);
    if (event instanceof DetailsUpdated u) {
      s.details = u.details();
    } else if (event instanceof EvidenceAttached a) {
      s.evidence.add(a.evidence());
    } else if (event instanceof ApprovalRecorded a) {
      s.approvals.add(new Approval(m.actor(), a.role(), t));
    } else if (event instanceof StageAdvanced a) {
      s.enter(a.toStage(), t);
    } else if (event instanceof StageAdvancedConditionally a) {
      s.enter(a.toStage(), t);
      s.conditions.addAll(a.conditions());
    } else if (event instanceof ReturnedForRework r) {
      s.enter(r.toStage(), t);
    } else if (event instanceof ConditionCleared c) {
      s.conditions.removeIf(x -> x.id().equals(c.conditionId()));
    } else if (event instanceof PutOnHold) {
      s.status = InnovationStatus.ON_HOLD;
      s.pause(t);
    } else if (event instanceof Resumed) {
      s.status = InnovationStatus.ACTIVE;
      s.unpause(t);
    } else if (event instanceof Dropped) {
      if (s.status == InnovationStatus.ACTIVE) {
        s.pause(t);
      }
      s.status = InnovationStatus.DROPPED;
    } else if (event instanceof Reopened) {
      s.status = InnovationStatus.ACTIVE;
      s.unpause(t);
    } else if (event instanceof RulebookMigrated) {
      s.rulebookId = m.rulebookId();
      s.rulebookVersion = m.rulebookVersion();
    }
    // Unknown events change nothing but the version: consumers tolerate types they do not know.
    return s.build(t, m.sequence());
  }

  /** The innovation an event names, for error messages only (built when one is thrown). */
  private static String who(EventMetadata m) {
    return m.region() + "/" + m.innovationId();
  }

  /**
   * Folds a whole history into a state.
   *
   * @param events the innovation's events in sequence order
   * @return the state, or {@code null} for an empty history
   * @throws HistoryCorruptedException if the events do not form one unbroken history
   */
  public static InnovationState replay(List<? extends InnovationEvent> events) {
    Checks.notNull(events, "events");
    InnovationState s = null;
    for (InnovationEvent e : events) {
      s = evolve(s, e);
    }
    return s;
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

  /** A working copy used by {@link #evolve}. */
  private static final class Mutable {
    final InnovationState base;
    id.labinov.core.model.InnovationDetails details;
    InnovationStatus status;
    final List<Approval> approvals;
    final List<Condition> conditions;
    final List<EvidenceRef> evidence;
    final List<StageVisit> visits;
    String stage;
    String rulebookId;
    int rulebookVersion;

    Mutable(InnovationState s) {
      base = s;
      details = s.details();
      status = s.status();
      approvals = new ArrayList<>(s.approvals());
      conditions = new ArrayList<>(s.openConditions());
      evidence = new ArrayList<>(s.evidence());
      visits = new ArrayList<>(s.visits());
      stage = s.stage();
      rulebookId = s.rulebookId();
      rulebookVersion = s.rulebookVersion();
    }

    void enter(String next, Instant t) {
      StageVisit cur = visits.remove(visits.size() - 1);
      visits.add(new StageVisit(cur.stage(), cur.enteredAt(), t, closePauses(cur.pauses(), t)));
      visits.add(new StageVisit(next, t, null, List.of()));
      stage = next;
      approvals.clear();
    }

    void pause(Instant t) {
      StageVisit cur = visits.remove(visits.size() - 1);
      List<HoldPeriod> p = new ArrayList<>(cur.pauses());
      p.add(new HoldPeriod(t, null));
      visits.add(new StageVisit(cur.stage(), cur.enteredAt(), null, p));
    }

    void unpause(Instant t) {
      StageVisit cur = visits.remove(visits.size() - 1);
      visits.add(new StageVisit(cur.stage(), cur.enteredAt(), null, closePauses(cur.pauses(), t)));
    }

    private static List<HoldPeriod> closePauses(List<HoldPeriod> pauses, Instant t) {
      List<HoldPeriod> out = new ArrayList<>();
      for (HoldPeriod h : pauses) {
        out.add(h.end() == null ? new HoldPeriod(h.start(), t) : h);
      }
      return out;
    }

    InnovationState build(Instant t, long version) {
      return new InnovationState(base.region(), base.id(), rulebookId, rulebookVersion,
          base.programmeId(), details, stage, status, approvals, conditions, evidence, visits,
          base.proposedBy(), base.proposedAt(), t, version);
    }
  }
}
