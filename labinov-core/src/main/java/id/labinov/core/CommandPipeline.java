package id.labinov.core;


import id.labinov.core.engine.Authorisation;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.Decision;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.ImportResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Refusal;
import id.labinov.core.engine.Request;
import id.labinov.core.engine.Ruling;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.event.EventListener;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.AppendOutcome;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.StoreTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one command path every innovation command takes, single, bulk or imported: in one store
 * transaction, look the idempotency key up, load the state, check the caller's expected version
 * (before anything that depends on the state), build the command from the state where it depends
 * on it (a move names a stage; the transition is the rulebook's from the current stage), authorise,
 * load the rule context, decide, and append with the version the decision followed; after the
 * transaction, hand a refusal to the refusal sink and log and the events to the listeners. One
 * conflict-retry loop serves every command that carried no expected version. The programme and
 * evaluation services record their refusals through it too. Thread-safe.
 */
final class CommandPipeline {
  private static final System.Logger LOG = System.getLogger(Labinov.class.getName());

  /** Builds the command from what the transaction loaded; {@link Refused} when the state admits none. */
  interface CommandSource {
    /** Tells whether the command creates the innovation. */
    default boolean proposal() {
      return false;
    }

    /**
     * Builds the command.
     *
     * @param state the current state ({@code null} only for a proposal)
     * @param rulebook the rulebook the innovation follows (or will follow)
     * @return the command
     * @throws Refused if no command fits the state
     */
    Command build(InnovationState state, Rulebook rulebook);

    /** Every command this source could have built under the rulebook, to match a stored request hash. */
    List<Command> candidates(Rulebook rulebook);

    /** The rulebook a migration moves to (saved only when the migration is accepted), or {@code null}. */
    default Rulebook migrationTarget() {
      return null;
    }

    /** The command, if it is known without the state (a proposal's, for the refusal log), else {@code null}. */
    default Command known() {
      return null;
    }

    /** A source for a command that does not depend on the state. */
    static CommandSource fixed(Command command) {
      return fixed(command, null);
    }

    /**
     * A source for a command that does not depend on the state, moving the innovation to
     * {@code migrationTarget} when that is not {@code null} (saved only if accepted).
     */
    static CommandSource fixed(Command command, Rulebook migrationTarget) {
      return new CommandSource() {
        @Override
        public boolean proposal() {
          return command instanceof Command.Propose;
        }

        @Override
        public Rulebook migrationTarget() {
          return migrationTarget;
        }

        @Override
        public Command known() {
          return command;
        }

        @Override
        public Command build(InnovationState state, Rulebook rulebook) {
          return command;
        }

        @Override
        public List<Command> candidates(Rulebook rulebook) {
          return List.of(command);
        }
      };
    }
  }

  /** No command fits the state: a refusal, decided before the decider. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Verdict verdict;

    Refused(Verdict verdict) {
      super(verdict.transitionId(), null, false, false);
      this.verdict = verdict;
    }
  }

  /** What one attempt inside the transaction came to. */
  record Outcome(CommandResult result, IdempotencyRecord replayOf, Refusal refusal) {}

  private final Clock clock;
  private final IdGenerator ids;
  private final InnovationStore store;
  private final RulebookResolver rulebooks;
  private final ContextLoader contexts;
  private final Authorisation authorisation;
  private final RefusalRecorder refusals;
  private final List<EventListener> listeners;
  private final int conflictRetries;
  private final Duration idempotencyTtl;

  CommandPipeline(Clock clock, IdGenerator ids, InnovationStore store, RulebookResolver rulebooks,
      ContextLoader contexts, Authorisation authorisation, RefusalRecorder refusals, List<EventListener> listeners,
      int conflictRetries, Duration idempotencyTtl) {
    this.clock = clock;
    this.ids = ids;
    this.store = store;
    this.rulebooks = rulebooks;
    this.contexts = contexts;
    this.authorisation = authorisation;
    this.refusals = refusals;
    this.listeners = List.copyOf(listeners);
    this.conflictRetries = conflictRetries;
    this.idempotencyTtl = idempotencyTtl;
  }

  Instant now() {
    // made directly from the clock's reading, which then need not be kept (one object, not two)
    Instant now = clock.instant();
    int nanos = now.getNano();
    return Instant.ofEpochSecond(now.getEpochSecond(), nanos - nanos % 1000);
  }

  IdGenerator ids() {
    return ids;
  }

  /** Runs a request whose command does not depend on the state. */
  CommandResult run(Request request) {
    Checks.notNull(request, "request");
    Options options = new Options(request.idempotencyKey(), request.expectedVersion());
    return run(request.target(), request.actor(), options, CommandSource.fixed(request.command()));
  }

  /** Runs one command, retrying a lost race when the caller gave no expected version. */
  CommandResult run(InnovationRef ref, Actor actor, Options options, CommandSource source) {
    Checks.notNull(ref, "ref");
    Checks.notNull(actor, "actor");
    Checks.notNull(options, "options");
    if (source.proposal() && authorisation.checkRegion(actor, ref.region(), "propose").isEmpty()) {
      // resolved (and on first use stored) before the transaction, so that a store never needs a
      // second connection while it holds the first; not for an actor who may not write there
      rulebooks.forProposal(ref.region());
    }
    Outcome outcome = retrying(options.expectedVersion() == null,
        () -> store.transact(ref, tx -> once(tx, actor, options, source)));
    if (outcome.replayOf() != null) {
      return replay(ref, actor, options, source, outcome.replayOf());
    }
    if (outcome.refusal() != null) {
      refusals.record(outcome.refusal());
    } else if (outcome.result().accepted()) {
      notifyListeners(outcome.result().events());
    }
    return outcome.result();
  }

  /** Runs {@code attempt}, again after a version conflict when {@code retry} allows, up to the configured count. */
  <T> T retrying(boolean retry, Supplier<T> attempt) {
    for (int n = 0; ; n++) {
      try {
        return attempt.get();
      } catch (VersionConflictException e) {
        if (!retry || n >= conflictRetries) {
          throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "version conflict on {0}, retry {1}", e.ref(), n + 1);
      }
    }
  }

  private Outcome once(StoreTransaction tx, Actor actor, Options options, CommandSource source) {
    InnovationRef ref = tx.target();
    Instant now = now();
    String key = options.idempotencyKey();
    if (key != null) {
      Optional<IdempotencyRecord> known = tx.findIdempotency(key, now);
      if (known.isPresent()) {
        return new Outcome(null, known.get(), null);
      }
    }
    Decided d = decideOne(ref, actor, options, source, tx.load().orElse(null), now, null);
    if (d.refused() != null) {
      if (key != null && d.byDecider()) {
        // Another attempt with the same key may have committed between our lookup and our load:
        // then this refusal is only a symptom of that success, and the retry gets the first result.
        Optional<IdempotencyRecord> late = tx.findIdempotency(key, now);
        if (late.isPresent()) {
          return new Outcome(null, late.get(), null);
        }
      }
      return d.refused();
    }
    if (source.migrationTarget() != null) {
      rulebooks.save(ref.region(), source.migrationTarget()); // accepted: only now is the target stored
    }
    IdempotencyRecord record = d.append().idempotency();
    Optional<IdempotencyRecord> stored = tx.append(d.append());
    // Identity, not equality: a store that found the key already taken returns the stored record,
    // which may be equal to ours (same clock instant) although our events were not written.
    if (record != null && stored.isPresent() && stored.get() != record) {
      return new Outcome(null, stored.get(), null);
    }
    return new Outcome(d.result(), null, null);
  }

  /**
   * What deciding one command on its loaded state came to, before anything is written: a refusal
   * (with the record of it), or the append to write and the result it gives.
   *
   * @param refused the refused outcome, or {@code null} if accepted
   * @param byDecider whether the rulebook's decider refused (not the authorisation step or a missing transition)
   * @param append what to write if accepted
   * @param result the result if accepted
   */
  record Decided(Outcome refused, boolean byDecider, Append append, CommandResult result) {
    /** {@return the refusal to record, or {@code null}} */
    Refusal refusal() {
      return refused == null ? null : refused.refusal();
    }

    /** {@return the refused result, or {@code null} if accepted} */
    CommandResult refusedResult() {
      return refused == null ? null : refused.result();
    }
  }

  /**
   * The steps of the command path between the loads and the append, for a single command and for
   * each item of a bulk chunk alike: the expected version, the command built from the state, the
   * authorisation, the rule context, the decision, the idempotency record.
   *
   * @param state the state loaded in the transaction, or {@code null} if none exists
   * @param programmes the programmes already loaded in this transaction (a bulk chunk), or {@code null}
   * @throws NoSuchInnovationException if there is no state and the command is not a proposal
   * @throws VersionConflictException if the caller's expected version is not the state's
   */
  Decided decideOne(InnovationRef ref, Actor actor, Options options, CommandSource source, InnovationState state,
      Instant now, Map<List<Object>, Optional<Programme>> programmes) {
    String key = options.idempotencyKey();
    if (state == null && !source.proposal()) {
      throw new NoSuchInnovationException(ref);
    }
    long current = state == null ? 0 : state.version();
    if (options.expectedVersion() != null && options.expectedVersion() != current) {
      throw new VersionConflictException(ref, options.expectedVersion(), current);
    }
    if (state == null) {
      // a proposal outside the actor's scope is refused before the region's rulebook is resolved
      // (resolving stores it on first use)
      List<Violation> outside = authorisation.checkRegion(actor, ref.region(), "propose");
      if (!outside.isEmpty()) {
        return refusedBefore(refused(ref, actor, "Propose", new Verdict("propose", outside, List.of()), null,
            seen(null, source.known()), now));
      }
    }
    Rulebook rulebook = state == null ? rulebooks.forProposal(ref.region()) : rulebooks.of(state);
    Command command;
    try {
      command = source.build(state, rulebook);
    } catch (Refused r) {
      // no command to authorise (no transition leads there): the actor must still be one who may act
      // on this innovation before the refusal says anything about it
      List<Violation> denied = authorisation.checkOwner(actor, state, r.verdict.transitionId());
      if (!denied.isEmpty()) {
        return refusedBefore(refused(ref, actor, r.verdict.transitionId(),
            new Verdict(r.verdict.transitionId(), denied, List.of()), null, seen(state, null), now));
      }
      return refusedBefore(refused(ref, actor, r.verdict.transitionId(), r.verdict, state, seen(state, null), now));
    }
    Request request = new Request(ref, actor, command, key, options.expectedVersion());
    List<Violation> denied = authorisation.check(request, state);
    if (!denied.isEmpty()) {
      // someone refused by the policy learns nothing of the innovation: the result carries no state
      return refusedBefore(refused(ref, actor, command.name(), new Verdict(verdictIdOf(command), denied, List.of()),
          null, seen(state, command), now));
    }
    Decision d = decide(state, request, rulebook, source.migrationTarget(), now, programmes);
    if (!d.accepted()) {
      return new Decided(refused(ref, actor, command.name(), d.verdict(), state, seen(state, command), now), true,
          null, null);
    }
    IdempotencyRecord record = key == null ? null : new IdempotencyRecord(key, request.hash(), ref,
        d.state().version(), d.events().size(), now.plus(idempotencyTtl));
    return new Decided(null, false, new Append(ref, current, d.events(), d.state(), record),
        new CommandResult(ref, d.verdict(), d.events(), d.state(), false));
  }

  private static Decided refusedBefore(Outcome refused) {
    return new Decided(refused, false, null, null);
  }

  private Decision decide(InnovationState state, Request request, Rulebook rulebook, Rulebook migrationTarget,
      Instant now, Map<List<Object>, Optional<Programme>> programmes) {
    InnovationRef ref = request.target();
    String programmeId = state != null ? state.programmeId()
        : request.command() instanceof Command.Propose p ? p.programmeId() : null;
    RuleContext context = state != null ? contexts.forState(state, rulebook, now, programmes, request.command())
        : contexts.forRegion(ref.region(), programmeId, now);
    Decider decider = rulebooks.deciderOf(rulebook);
    Ruling ruling;
    if (migrationTarget != null) {
      ruling = decider.decideMigration(state, request, migrationTarget, context);
    } else if (request.command() instanceof Command.MigrateRulebook m) {
      // a request built by the caller names a target that must already be stored
      ruling = decider.decideMigration(state, request, rulebooks.find(ref.region(), m.rulebookId(), m.version()),
          context);
    } else {
      ruling = decider.decide(state, request, context);
    }
    // the decider rules without ids; the pipeline stamps ids, time, sequence, actor and key
    return ruling.stamp(state, request, now, ids);
  }

  /**
   * A refused command's outcome: the result (carrying {@code state}, {@code null} when the caller may
   * learn nothing of the innovation) and the refusal to record, which knows what the pipeline saw.
   */
  static Outcome refused(InnovationRef ref, Actor actor, String command, Verdict verdict,
      InnovationState state, Seen seen, Instant now) {
    Refusal refusal = record(() -> Refusal.builder().kind(Refusal.Kind.INNOVATION).target(ref).actor(actor)
        .command(command).verdict(verdict).stage(seen.stage()).innovationOpd(seen.opd()).at(now).build());
    return new Outcome(new CommandResult(ref, verdict, List.of(), state, false), null, refusal);
  }

  /** What the pipeline knew of the innovation when it refused: its stage and OPD, each possibly {@code null}. */
  private record Seen(String stage, OpdCode opd) {}

  /** The stage and OPD of the loaded state, or of a proposal's details, or nothing. */
  private static Seen seen(InnovationState state, Command command) {
    if (state != null) {
      return new Seen(state.stage(), state.details().opd());
    }
    return command instanceof Command.Propose p ? new Seen(null, p.details().opd()) : new Seen(null, null);
  }

  /**
   * Builds a refusal to record, or logs why it could not be built and returns {@code null}: the
   * record of a refusal never changes the command's result.
   */
  private static Refusal record(Supplier<Refusal> build) {
    try {
      return build.get();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "a refusal could not be recorded", e);
      return null;
    }
  }

  /** Answers a retried key with the first result, or refuses a key reused for another request. */
  CommandResult replay(InnovationRef ref, Actor actor, Options options, CommandSource source,
      IdempotencyRecord known) {
    InnovationState state = store.load(known.target()).orElse(null);
    Rulebook rulebook = state == null ? rulebooks.forProposal(ref.region()) : rulebooks.of(state);
    boolean same = false;
    for (Command c : source.candidates(rulebook)) {
      if (new Request(ref, actor, c, options.idempotencyKey(), options.expectedVersion()).hash()
          .equals(known.requestHash())) {
        same = true;
        break;
      }
    }
    if (!same) {
      throw new IdempotencyKeyReusedException(known.key(), ref.region().value());
    }
    List<InnovationEvent> history = store.history(known.target());
    int to = (int) Math.min(known.versionAfter(), history.size());
    int from = Math.max(0, to - known.eventCount());
    Verdict verdict = new Verdict("replay", List.of(), List.of());
    return new CommandResult(known.target(), verdict, history.subList(from, to), state, true);
  }

  /**
   * Imports proposals: each decided exactly as a single proposal (authorisation, the region's
   * rulebook and zone, the programme), the accepted ones written in one batch.
   */
  List<ImportResult> importAll(List<ImportItem> items, ImportOptions options) {
    Checks.notNull(items, "items");
    Checks.notNull(options, "options");
    ImportResult[] results = new ImportResult[items.size()];
    List<Integer> accepted = new ArrayList<>();
    List<Append> appends = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ImportItem item = Checks.notNull(items.get(i), "items[]");
      Instant now = now();
      InnovationRef ref = new InnovationRef(item.region(), ids.newInnovationId(now));
      Command.Propose command = new Command.Propose(item.details(), item.programmeId());
      Request request = Request.of(ref, item.actor(), command);
      List<Violation> denied = authorisation.check(request, null);
      Decision d = denied.isEmpty()
          ? decide(null, request, rulebooks.forProposal(item.region()), null, now, null)
          : new Decision(new Verdict("propose", denied, List.of()), List.of(), null);
      if (d.accepted()) {
        accepted.add(i);
        appends.add(new Append(ref, 0, d.events(), d.state(), null));
        results[i] = new ImportResult(i, ImportResult.Outcome.WRITTEN, ref, d.verdict(), d.events(), null);
      } else {
        results[i] = new ImportResult(i, ImportResult.Outcome.REFUSED, null, d.verdict(), List.of(), null);
        Refusal refusal = refused(ref, item.actor(), command.name(), d.verdict(), null, seen(null, command), now)
            .refusal();
        if (refusal != null) {
          refused.add(refusal);
        }
      }
    }
    boolean anyRefused = accepted.size() < items.size();
    List<AppendOutcome> outcomes = appends.isEmpty() || (anyRefused && options.allOrNothing())
        ? java.util.Collections.nCopies(appends.size(), AppendOutcome.ROLLED_BACK)
        : store.appendAll(appends, options.allOrNothing());
    List<InnovationEvent> written = new ArrayList<>();
    for (int k = 0; k < accepted.size(); k++) {
      int i = accepted.get(k);
      ImportResult r = results[i];
      AppendOutcome o = outcomes.get(k);
      switch (o.status()) {
        case WRITTEN -> written.addAll(r.events());
        case FAILED -> results[i] = new ImportResult(i, ImportResult.Outcome.FAILED, r.ref(), r.verdict(), List.of(),
            o.error());
        case ROLLED_BACK -> results[i] = new ImportResult(i, ImportResult.Outcome.ROLLED_BACK, r.ref(), r.verdict(),
            List.of(), null);
      }
    }
    refusals.record(refused);
    if (!written.isEmpty()) {
      notifyListeners(written);
    }
    return List.of(results);
  }

  /**
   * The authorisation step for a write that is not an innovation command (programmes, scores,
   * monitoring): {@code null} if allowed, else the refusal's verdict.
   */
  Verdict authoriseRegion(Actor actor, RegionCode region, String action) {
    List<Violation> denied = authorisation.checkRegion(actor, region, action);
    return denied.isEmpty() ? null : new Verdict(action, denied, List.of());
  }

  /** The authorisation step for acting on an innovation apart from a command: empty if allowed. */
  List<Violation> authoriseOwner(Actor actor, InnovationState state, String action) {
    return authorisation.checkOwner(actor, state, action);
  }

  /**
   * Records a refused evaluation command on an innovation.
   *
   * @param ref the innovation
   * @param actor who sent it
   * @param command {@code SubmitScores} or {@code RecordMonitoring}
   * @param subject the score sheet's scheme and round, or {@code null}
   * @param verdict the refusing verdict
   * @param state the innovation as loaded, or {@code null} if it was refused before it was read
   */
  void refusedEvaluation(InnovationRef ref, Actor actor, String command, String subject, Verdict verdict,
      InnovationState state) {
    Instant now = now();
    Seen seen = seen(state, null);
    Refusal r = record(() -> Refusal.builder().kind(Refusal.Kind.EVALUATION).target(ref).subject(subject).actor(actor)
        .command(command).verdict(verdict).stage(seen.stage()).innovationOpd(seen.opd()).at(now).build());
    if (r != null) {
      refusals.record(r);
    }
  }

  /**
   * Records a refused programme command.
   *
   * @param region the programme's region
   * @param programmeId the programme's id
   * @param actor who sent it
   * @param command the {@code ProgrammeCommand}'s name ({@code Open}, {@code AdjustSchedule}, {@code Close})
   * @param verdict the refusing verdict
   */
  void refusedProgramme(RegionCode region, String programmeId, Actor actor, String command, Verdict verdict) {
    Instant now = now();
    Refusal r = record(() -> Refusal.builder().kind(Refusal.Kind.PROGRAMME).region(region)
        .subject(Refusal.subjectOfProgramme(programmeId)).actor(actor).command(command).verdict(verdict).at(now)
        .build());
    if (r != null) {
      refusals.record(r);
    }
  }

  /** Records refusals (the refusal log gets them in one append). */
  void record(List<Refusal> refused) {
    refusals.record(refused);
  }

  InnovationStore store() {
    return store;
  }

  int conflictRetries() {
    return conflictRetries;
  }

  void notifyListeners(List<InnovationEvent> events) {
    for (EventListener l : listeners) {
      try {
        l.onEvents(events);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "event listener " + l.getClass().getName() + " failed", e);
      }
    }
  }

  /** The verdict id of a command refused before the decider: its transition, or its action's name. */
  static String verdictIdOf(Command command) {
    if (command instanceof Command.Advance a) {
      return a.transitionId();
    }
    if (command instanceof Command.ReturnForRework r) {
      return r.transitionId();
    }
    if (command instanceof Command.Propose) {
      return "propose";
    }
    if (command instanceof Command.UpdateDetails) {
      return "update-details";
    }
    if (command instanceof Command.AttachEvidence) {
      return "attach-evidence";
    }
    if (command instanceof Command.Approve) {
      return "approve";
    }
    if (command instanceof Command.MigrateRulebook) {
      return "migrate-rulebook";
    }
    if (command instanceof Command.ChangeOpd) {
      return "change-opd";
    }
    if (command instanceof Command.HandOver) {
      return "hand-over";
    }
    return command.name().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** A must-meet violation of the command itself (not of a gate rule). */
  static Violation commandViolation(String code, Object... args) {
    return new Violation(code, Severity.MUST, "command", "violation." + code, List.of(args));
  }
}
