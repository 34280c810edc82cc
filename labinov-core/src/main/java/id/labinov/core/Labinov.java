package id.labinov.core;

import id.labinov.core.engine.Availability;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.Decision;
import id.labinov.core.evaluation.EvaluationDecider;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.evaluation.EvaluationResult;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.evaluation.ScoreSheet;
import id.labinov.core.port.EvaluationStore;
import id.labinov.core.port.MonitoringEntry;
import id.labinov.core.port.ScoreEntry;
import id.labinov.core.rules.EvaluationSummary;
import id.labinov.core.engine.MigrationReport;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Request;
import id.labinov.core.event.EventListener;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.port.Append;
import id.labinov.core.port.IdempotencyRecord;
import id.labinov.core.port.InnovationQuery;
import id.labinov.core.port.InnovationFilter;
import id.labinov.core.port.InnovationStore;
import id.labinov.core.port.InnovationSummary;
import id.labinov.core.port.Page;
import id.labinov.core.port.PageRequest;
import id.labinov.core.programme.ProgrammeStore;
import id.labinov.core.port.Scope;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeCommand;
import id.labinov.core.programme.ProgrammeDecider;
import id.labinov.core.programme.ProgrammeDecision;
import id.labinov.core.programme.ProgrammeProgress;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.port.RulebookStore;
import id.labinov.core.port.UnknownRulebookException;
import id.labinov.core.port.VersionConflictException;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facade: the one entry point for applications that run a lab. It loads an innovation's state
 * and rule context through the ports, calls {@link Decider#decide}, appends the events with the
 * expected version, and delivers them to listeners after the store commits.
 *
 * <p>Built with {@link #builder()}, which names any missing or bad setting. Thread-safe: one
 * instance serves all threads (the stores it is given must be thread-safe too).
 *
 * <p>Idempotency comes before versions: a command carrying a key is looked up first, so a retry
 * after a lost reply gets the first result even though its version is now old; the same key with
 * another request throws {@link id.labinov.core.port.IdempotencyKeyReusedException}. A refusal
 * stores nothing and uses up no key. Commands without a caller-supplied expected version are
 * retried on a version conflict (up to {@link Builder#conflictRetries(int)} times); commands with one
 * never are.
 */
public final class Labinov {
  private static final System.Logger LOG = System.getLogger(Labinov.class.getName());

  private final Clock clock;
  private final IdGenerator ids;
  private final InnovationStore store;
  private final RulebookStore rulebooks;
  private final InnovationQuery query;
  private final ProgrammeStore programmes;
  private final EvaluationStore evaluations;
  private final Map<String, EvaluationScheme> schemes;
  private final Rulebook defaultRulebook;
  private final Map<RegionCode, Rulebook> regionRulebooks;
  private final Map<RegionCode, IndonesianTimeZone> zones;
  private final List<EventListener> listeners;
  private final int conflictRetries;
  private final Duration idempotencyTtl;
  private final Map<String, Rulebook> rulebookCache = new ConcurrentHashMap<>();

  private Labinov(Builder b) {
    this.clock = b.clock;
    this.ids = b.ids;
    this.store = b.store;
    this.rulebooks = b.rulebookStore;
    this.query = b.query;
    this.programmes = b.programmeStore;
    this.evaluations = b.evaluationStore;
    this.schemes = Map.copyOf(b.schemes);
    this.defaultRulebook = b.defaultRulebook;
    this.regionRulebooks = Map.copyOf(b.regionRulebooks);
    this.zones = Map.copyOf(b.zones);
    this.listeners = List.copyOf(b.listeners);
    this.conflictRetries = b.conflictRetries;
    this.idempotencyTtl = b.idempotencyTtl;
  }

  /** Returns a builder; the clock and the innovation and rulebook stores are required. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- commands

  /**
   * Executes a request: idempotency lookup, load, decide, append, listeners.
   *
   * @param request the request
   * @return the result (accepted, refused, or replayed)
   * @throws NoSuchInnovationException if the innovation does not exist in that region
   * @throws VersionConflictException if the caller's expected version is stale, or retries ran out
   * @throws id.labinov.core.port.IdempotencyKeyReusedException if the key was used for another request
   * @throws UnknownRulebookException if the innovation's rulebook is not stored
   * @throws id.labinov.core.port.StorageException if the store fails
   */
  public CommandResult execute(Request request) {
    Checks.notNull(request, "request");
    return execute(request, null);
  }

  /** Executes with a state the caller has just loaded, used by the first attempt only (saves a load). */
  private CommandResult execute(Request request, InnovationState loaded) {
    String hash = request.idempotencyKey() == null ? null : request.hash();
    for (int attempt = 0; ; attempt++) {
      if (request.idempotencyKey() != null) {
        Optional<IdempotencyRecord> known =
            store.findIdempotency(request.target().region(), request.idempotencyKey(), now());
        if (known.isPresent()) {
          return replay(request, known.get(), hash);
        }
      }
      try {
        return attempt(request, hash, attempt == 0 ? loaded : null);
      } catch (VersionConflictException e) {
        if (request.expectedVersion() != null || attempt >= conflictRetries) {
          throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "version conflict on {0}, retry {1}", request.target(), attempt + 1);
      }
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private CommandResult attempt(Request request, String hash, InnovationState loaded) {
    // One store transaction per command: the state is read where the events are appended.
    CommandResult[] accepted = new CommandResult[1];
    CommandResult result = store.transact(request.target(), tx -> {
      CommandResult r = attempt(tx, request, hash);
      if (!r.replayed() && r.accepted()) {
        accepted[0] = r;
      }
      return r;
    });
    if (accepted[0] != null) {
      notifyListeners(accepted[0].events());
    }
    return result;
  }

  private CommandResult attempt(id.labinov.core.port.StoreTransaction tx, Request request, String hash) {
    InnovationRef ref = request.target();
    boolean proposal = request.command() instanceof Command.Propose;
    InnovationState state = tx.load().orElse(null);
    if (!proposal && state == null) {
      throw new NoSuchInnovationException(ref);
    }
    long current = state == null ? 0 : state.version();
    if (request.expectedVersion() != null && request.expectedVersion() != current) {
      throw new VersionConflictException(ref, request.expectedVersion(), current);
    }
    Rulebook rulebook = proposal && state == null ? rulebookForProposal(ref.region()) : rulebookOf(state);
    String programmeId = state != null ? state.programmeId()
        : proposal ? ((Command.Propose) request.command()).programmeId() : null;
    if (programmeId != null && state == null) {
      programmeStore(); // a proposal into a programme needs the programme store: name the setting
    }
    // an existing innovation's context carries its evaluation summaries (min-evaluators, min-evaluation-score)
    RuleContext context = state != null ? context(state) : context(ref.region(), programmeId);
    Decision d;
    if (request.command() instanceof Command.MigrateRulebook m) {
      Rulebook target = rulebooks.find(ref.region(), m.rulebookId(), m.version())
          .orElseThrow(() -> new UnknownRulebookException(m.rulebookId() + "@" + m.version(), ref.region().value()));
      d = Decider.decideMigration(state, request, rulebook, target, context, ids);
    } else {
      d = Decider.decide(state, request, rulebook, context, ids);
    }
    if (!d.accepted()) {
      if (request.idempotencyKey() != null) {
        // Another attempt with the same key may have committed between our key lookup and our load:
        // then this refusal is only a symptom of that success, and the retry gets the first result.
        Optional<IdempotencyRecord> late = tx.findIdempotency(request.idempotencyKey(), now());
        if (late.isPresent()) {
          return replay(request, late.get(), hash);
        }
      }
      return new CommandResult(ref, d.verdict(), List.of(), state, false);
    }
    IdempotencyRecord record = hash == null ? null : new IdempotencyRecord(request.idempotencyKey(), hash, ref,
        d.state().version(), d.events().size(), context.now().plus(idempotencyTtl));
    Optional<IdempotencyRecord> stored = tx.append(new Append(ref, current, d.events(), d.state(), record));
    // Identity, not equality: a store that found the key already taken returns the stored record,
    // which may be equal to ours (same clock instant) although our events were not written.
    if (record != null && stored.isPresent() && stored.get() != record) {
      return replay(request, stored.get(), hash);
    }
    return new CommandResult(ref, d.verdict(), d.events(), d.state(), false);
  }

  private CommandResult replay(Request request, IdempotencyRecord known, String hash) {
    if (!known.requestHash().equals(hash)) {
      throw new id.labinov.core.port.IdempotencyKeyReusedException(known.key(), request.target().region().value());
    }
    List<InnovationEvent> history = store.history(known.target());
    int to = (int) Math.min(known.versionAfter(), history.size());
    int from = Math.max(0, to - known.eventCount());
    InnovationState state = store.load(known.target()).orElse(null);
    Verdict verdict = new Verdict("replay", List.of(), List.of());
    return new CommandResult(known.target(), verdict, history.subList(from, to), state, true);
  }

  private void notifyListeners(List<InnovationEvent> events) {
    for (EventListener l : listeners) {
      try {
        l.onEvents(events);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "event listener " + l.getClass().getName() + " failed", e);
      }
    }
  }

  private Rulebook rulebookForProposal(RegionCode region) {
    Rulebook r = regionRulebooks.getOrDefault(region, defaultRulebook);
    String key = region.value() + "|" + r.reference();
    if (!rulebookCache.containsKey(key)) {
      rulebooks.save(region, r);
      rulebookCache.put(key, r);
    }
    return r;
  }

  private Rulebook rulebookOf(InnovationState state) {
    String key = state.region().value() + "|" + state.rulebookReference();
    Rulebook cached = rulebookCache.get(key);
    if (cached != null) {
      return cached;
    }
    Rulebook r = rulebooks.find(state.region(), state.rulebookId(), state.rulebookVersion())
        .orElseThrow(() -> new UnknownRulebookException(state.rulebookReference(), state.region().value()));
    rulebookCache.put(key, r);
    return r;
  }

  private RuleContext context(RegionCode region, String programmeId) {
    IndonesianTimeZone zone = zones.getOrDefault(region, region.defaultTimeZone());
    RuleContext.Builder b = RuleContext.builder().now(now()).zone(zone.zoneId());
    if (programmeId != null && programmes != null) {
      programmes.load(region, programmeId).ifPresent(p -> {
        b.programme(p.toContext());
        b.zone(p.timeZone().zoneId());
      });
    }
    return b.build();
  }

  private RuleContext context(InnovationState state) {
    RuleContext base = context(state.region(), state.programmeId());
    if (evaluations == null) {
      return base;
    }
    RuleContext.Builder b = RuleContext.builder().now(base.now()).zone(base.zone());
    base.programme().ifPresent(b::programme);
    for (String schemeId : schemesUsedBy(rulebookOf(state))) {
      List<ScoreEntry> entries = evaluations.scores(state.ref(), schemeId);
      EvaluationScheme scheme = schemes.get(schemeId);
      if (entries.isEmpty() || scheme == null) {
        continue;
      }
      int round = entries.stream().mapToInt(ScoreEntry::round).max().orElseThrow();
      List<ScoreSheet> sheets = entries.stream().filter(e -> e.round() == round)
          .map(e -> new ScoreSheet(e.evaluator(), e.scores())).toList();
      EvaluationResult r = scheme.aggregate(sheets);
      b.evaluation(new EvaluationSummary(schemeId, r.score(), r.evaluatorCount()));
    }
    return b.build();
  }

  private static java.util.Set<String> schemesUsedBy(Rulebook rulebook) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Transition t : rulebook.transitions()) {
      for (var spec : t.rules()) {
        if ((spec.type().equals("min-evaluation-score") || spec.type().equals("min-evaluators"))
            && spec.parameters().get("scheme") instanceof String id) {
          out.add(id);
        }
      }
    }
    return out;
  }

  /**
   * The caller's expected version comes before anything that depends on the state (the transition
   * looked up from the current stage, a trial decision): a stale version is a conflict, never a
   * refusal. A key already used is left to the replay, which comes before versions.
   */
  private void checkExpectedVersion(InnovationRef ref, InnovationState state, Options options) {
    if (options == null || options.expectedVersion() == null || options.expectedVersion() == state.version()) {
      return;
    }
    if (options.idempotencyKey() != null
        && store.findIdempotency(ref.region(), options.idempotencyKey(), now()).isPresent()) {
      return;
    }
    throw new VersionConflictException(ref, options.expectedVersion(), state.version());
  }

  private static Request request(InnovationRef ref, Actor actor, Command command, Options options) {
    Checks.notNull(options, "options");
    return new Request(ref, actor, command, options.idempotencyKey(), options.expectedVersion());
  }

  /**
   * Proposes a new innovation in a region; it starts in the rulebook's entry stage.
   *
   * @param region the region
   * @param actor who proposes
   * @param details what is proposed
   * @param programmeId the programme, or {@code null}
   * @param options key and expected version (use {@code 0} to insist the innovation is new)
   * @return the result; its {@code ref()} names the new innovation
   */
  public CommandResult propose(RegionCode region, Actor actor, InnovationDetails details, String programmeId, Options options) {
    Checks.notNull(region, "region");
    InnovationRef ref = new InnovationRef(region, ids.newInnovationId(now()));
    return execute(request(ref, actor, new Command.Propose(details, programmeId), options));
  }

  /**
   * Proposes a new innovation without programme or options.
   *
   * @param region the region
   * @param actor who proposes
   * @param details what is proposed
   * @return the result
   */
  public CommandResult propose(RegionCode region, Actor actor, InnovationDetails details) {
    return propose(region, actor, details, null, Options.none());
  }

  /**
   * Replaces the details.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param details the complete new details
   * @param options key and expected version
   * @return the result
   */
  public CommandResult updateDetails(InnovationRef ref, Actor actor, InnovationDetails details, Options options) {
    return execute(request(ref, actor, new Command.UpdateDetails(details), options));
  }

  /**
   * Attaches evidence.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param evidence the evidence
   * @param options key and expected version
   * @return the result
   */
  public CommandResult attachEvidence(InnovationRef ref, Actor actor, EvidenceRef evidence, Options options) {
    return execute(request(ref, actor, new Command.AttachEvidence(evidence), options));
  }

  /**
   * Records an approval in the current stage.
   *
   * @param ref the innovation
   * @param actor who approves
   * @param role the role the approval counts for (the actor must hold it)
   * @param note an optional note, or {@code null}
   * @param options key and expected version
   * @return the result
   */
  public CommandResult approve(InnovationRef ref, Actor actor, Role role, String note, Options options) {
    return execute(request(ref, actor, new Command.Approve(role, note), options));
  }

  /**
   * Advances to a later stage through the rulebook's unconditional transition from the current stage
   * to {@code toStage}.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param toStage the target stage
   * @param options key and expected version
   * @return the result; refused with {@code NO_TRANSITION} if the rulebook has no such advance
   */
  public CommandResult advance(InnovationRef ref, Actor actor, String toStage, Options options) {
    return move(ref, actor, toStage, TransitionKind.ADVANCE, options,
        t -> new Command.Advance(t, List.of()));
  }

  /**
   * Advances with conditions (a conditional GO) through the rulebook's conditional transition.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param toStage the target stage
   * @param conditions what must still be done, at least one
   * @param options key and expected version
   * @return the result
   */
  public CommandResult advanceConditionally(InnovationRef ref, Actor actor, String toStage, List<String> conditions,
      Options options) {
    Checks.notNull(conditions, "conditions");
    return move(ref, actor, toStage, TransitionKind.CONDITIONAL_ADVANCE, options,
        t -> new Command.Advance(t, conditions));
  }

  /**
   * Returns the innovation to an earlier stage for rework.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param toStage the earlier stage
   * @param reason why
   * @param options key and expected version
   * @return the result
   */
  public CommandResult returnForRework(InnovationRef ref, Actor actor, String toStage, String reason, Options options) {
    Checks.notBlank(reason, "reason");
    return move(ref, actor, toStage, TransitionKind.RETURN_FOR_REWORK, options,
        t -> new Command.ReturnForRework(t, reason));
  }

  private CommandResult move(InnovationRef ref, Actor actor, String toStage, TransitionKind kind, Options options,
      java.util.function.Function<String, Command> command) {
    Checks.notNull(ref, "ref");
    Checks.notNull(actor, "actor");
    Checks.notBlank(toStage, "toStage");
    InnovationState state = get(ref);
    checkExpectedVersion(ref, state, options);
    Rulebook rulebook = rulebookOf(state);
    rulebook.getStage(toStage);
    Optional<Transition> t = rulebook.transitionsFrom(state.stage()).stream()
        .filter(x -> x.kind() == kind && toStage.equals(x.to())).findFirst();
    if (t.isEmpty() && options != null && options.idempotencyKey() != null) {
      // A retry after a lost reply: the first attempt already left the stage the transition starts
      // from. Find the transition it used by its stored request hash, so execute() replays it.
      Optional<IdempotencyRecord> known = store.findIdempotency(ref.region(), options.idempotencyKey(), now());
      if (known.isPresent()) {
        for (Transition x : rulebook.transitions()) {
          if (x.kind() == kind && toStage.equals(x.to())) {
            Request retry = request(ref, actor, command.apply(x.id()), options);
            if (retry.hash().equals(known.get().requestHash())) {
              return execute(retry);
            }
          }
        }
        throw new id.labinov.core.port.IdempotencyKeyReusedException(known.get().key(), ref.region().value());
      }
    }
    if (t.isEmpty()) {
      Verdict v = new Verdict(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), List.of(
          new Violation("NO_TRANSITION", id.labinov.core.rules.Severity.MUST, "command", "violation.NO_TRANSITION",
              List.of(kind.name() + " -> " + toStage, state.stage(), rulebook.reference()))), List.of());
      return new CommandResult(ref, v, List.of(), state, false);
    }
    return execute(request(ref, actor, command.apply(t.get().id()), options), state);
  }

  /**
   * Clears an open condition.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param conditionId the condition's id
   * @param note an optional note, or {@code null}
   * @param options key and expected version
   * @return the result
   */
  public CommandResult clearCondition(InnovationRef ref, Actor actor, String conditionId, String note, Options options) {
    return execute(request(ref, actor, new Command.ClearCondition(conditionId, note), options));
  }

  /**
   * Puts the innovation on hold.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param reason why
   * @param options key and expected version
   * @return the result
   */
  public CommandResult hold(InnovationRef ref, Actor actor, String reason, Options options) {
    return execute(request(ref, actor, new Command.Hold(reason), options));
  }

  /**
   * Resumes an innovation on hold.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param note an optional note, or {@code null}
   * @param options key and expected version
   * @return the result
   */
  public CommandResult resume(InnovationRef ref, Actor actor, String note, Options options) {
    return execute(request(ref, actor, new Command.Resume(note), options));
  }

  /**
   * Drops the innovation.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param reason why
   * @param options key and expected version
   * @return the result
   */
  public CommandResult drop(InnovationRef ref, Actor actor, String reason, Options options) {
    return execute(request(ref, actor, new Command.Drop(reason), options));
  }

  /**
   * Reopens a dropped innovation in the stage it was dropped from.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param reason why
   * @param options key and expected version
   * @return the result
   */
  public CommandResult reopen(InnovationRef ref, Actor actor, String reason, Options options) {
    return execute(request(ref, actor, new Command.Reopen(reason), options));
  }

  /**
   * Advances many innovations to the same stage, each on its own (one failing never stops the
   * others). With an idempotency key in {@code options}, each item uses {@code key + ":" + id}.
   * A caller-supplied expected version is not allowed here (it would differ per item).
   *
   * @param refs the innovations
   * @param actor who acts
   * @param toStage the target stage
   * @param options an optional idempotency key
   * @return one result per item, in the order given
   */
  public List<BulkResult> advanceAll(List<InnovationRef> refs, Actor actor, String toStage, Options options) {
    Checks.notNull(refs, "refs");
    Checks.notNull(actor, "actor");
    Checks.notBlank(toStage, "toStage");
    Checks.notNull(options, "options");
    if (options.expectedVersion() != null) {
      throw new InvalidValueException("EXPECTED_VERSION_IN_BULK", "expectedVersion", options.expectedVersion(),
          "error.expectedVersionInBulk");
    }
    List<BulkResult> out = new ArrayList<>(refs.size());
    for (InnovationRef ref : refs) {
      Checks.notNull(ref, "refs[]");
      Options item = options.idempotencyKey() == null ? Options.none()
          : Options.idempotent(options.idempotencyKey() + ":" + ref.id());
      try {
        out.add(new BulkResult(ref, advance(ref, actor, toStage, item), null));
      } catch (LabinovException e) {
        out.add(new BulkResult(ref, null, e));
      }
    }
    return out;
  }

  /**
   * Imports many proposals at once (e.g. a spreadsheet kept before labinov). Each item is decided
   * exactly as {@link #propose} decides it: the region's rulebook (stored for later commands), its
   * time zone, the programme's schedule. Accepted items go to the store in one batch
   * ({@link InnovationStore#appendAll}); listeners get the events of the written items.
   *
   * @param items the items, in order
   * @param options each item on its own, or all or nothing
   * @return one result per item, at its index
   */
  public List<id.labinov.core.engine.ImportResult> importInnovations(List<id.labinov.core.engine.ImportItem> items,
      id.labinov.core.engine.ImportOptions options) {
    Checks.notNull(items, "items");
    Checks.notNull(options, "options");
    id.labinov.core.engine.ImportResult[] results = new id.labinov.core.engine.ImportResult[items.size()];
    List<Integer> accepted = new ArrayList<>();
    List<Append> appends = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      id.labinov.core.engine.ImportItem item = Checks.notNull(items.get(i), "items[]");
      InnovationRef ref = new InnovationRef(item.region(), ids.newInnovationId(now()));
      Request request = Request.of(ref, item.actor(), new Command.Propose(item.details(), item.programmeId()));
      if (item.programmeId() != null) {
        programmeStore();
      }
      Decision d = Decider.decide(null, request, rulebookForProposal(item.region()),
          context(item.region(), item.programmeId()), ids);
      if (d.accepted()) {
        accepted.add(i);
        appends.add(new Append(ref, 0, d.events(), d.state(), null));
        results[i] = new id.labinov.core.engine.ImportResult(i, id.labinov.core.engine.ImportResult.Outcome.WRITTEN,
            ref, d.verdict(), d.events(), null);
      } else {
        results[i] = new id.labinov.core.engine.ImportResult(i, id.labinov.core.engine.ImportResult.Outcome.REFUSED,
            null, d.verdict(), List.of(), null);
      }
    }
    boolean refused = accepted.size() < items.size();
    List<id.labinov.core.port.AppendOutcome> outcomes = appends.isEmpty() || (refused && options.allOrNothing())
        ? java.util.Collections.nCopies(appends.size(), id.labinov.core.port.AppendOutcome.ROLLED_BACK)
        : store.appendAll(appends, options.allOrNothing());
    List<InnovationEvent> written = new ArrayList<>();
    for (int k = 0; k < accepted.size(); k++) {
      int i = accepted.get(k);
      id.labinov.core.engine.ImportResult r = results[i];
      id.labinov.core.port.AppendOutcome o = outcomes.get(k);
      switch (o.status()) {
        case WRITTEN -> written.addAll(r.events());
        case FAILED -> results[i] = new id.labinov.core.engine.ImportResult(i,
            id.labinov.core.engine.ImportResult.Outcome.FAILED, r.ref(), r.verdict(), List.of(), o.error());
        case ROLLED_BACK -> results[i] = new id.labinov.core.engine.ImportResult(i,
            id.labinov.core.engine.ImportResult.Outcome.ROLLED_BACK, r.ref(), r.verdict(), List.of(), null);
      }
    }
    if (!written.isEmpty()) {
      notifyListeners(written);
    }
    return List.of(results);
  }

  /**
   * Plans migrating a region's innovations to another rulebook version, changing nothing: per
   * innovation not already on {@code to}, whether its stage exists there and which criteria of its
   * next advance would now fail.
   *
   * @param region the region
   * @param filter which innovations (e.g. one programme)
   * @param to the target rulebook
   * @return one report per innovation, in id order
   */
  public List<MigrationReport> planMigration(RegionCode region, InnovationFilter filter, Rulebook to) {
    Checks.notNull(region, "region");
    Checks.notNull(filter, "filter");
    Checks.notNull(to, "to");
    List<MigrationReport> out = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (page != null) {
      Page<InnovationSummary> result = query.find(Scope.region(region), filter, page);
      for (InnovationSummary s : result.items()) {
        if (s.rulebookId().equals(to.id()) && s.rulebookVersion() == to.version()) {
          continue;
        }
        store.load(s.ref()).ifPresent(state ->
            out.add(MigrationReport.plan(state, rulebookOf(state), to, context(state))));
      }
      page = result.next();
    }
    return out;
  }

  /**
   * Migrates one innovation to another rulebook version (LAB_ADMIN only), recording a
   * {@code RulebookMigrated} event. The target is saved to the rulebook store first.
   *
   * @param ref the innovation
   * @param actor who migrates it
   * @param to the target rulebook
   * @param options key and expected version
   * @return the result; refused with {@code STAGE_NOT_IN_RULEBOOK} or {@code ALREADY_ON_VERSION}
   */
  public CommandResult migrate(InnovationRef ref, Actor actor, Rulebook to, Options options) {
    Checks.notNull(ref, "ref");
    Checks.notNull(to, "to");
    Request request = request(ref, actor, new Command.MigrateRulebook(to.id(), to.version()), options);
    InnovationState state = get(ref);
    checkExpectedVersion(ref, state, options);
    // Decide once without storing anything, so that a refused migration leaves no trace.
    Decision trial = Decider.decideMigration(state, request, rulebookOf(state), to, context(state), ids);
    if (!trial.accepted() && request.idempotencyKey() == null) {
      return new CommandResult(ref, trial.verdict(), List.of(), state, false);
    }
    rulebooks.save(ref.region(), to);
    return execute(request);
  }

  // ---------------------------------------------------------------- evaluation

  private EvaluationStore evaluationStore() {
    if (evaluations == null) {
      throw new InvalidValueException("MISSING_SETTING", "evaluationStore", null, "error.setting.evaluationStore");
    }
    return evaluations;
  }

  /**
   * Returns a registered evaluation scheme.
   *
   * @param schemeId the scheme id
   * @return the scheme
   * @throws InvalidValueException with code {@code UNKNOWN_SCHEME} listing the registered ones
   */
  public EvaluationScheme scheme(String schemeId) {
    Checks.notBlank(schemeId, "schemeId");
    EvaluationScheme s = schemes.get(schemeId);
    if (s == null) {
      throw new InvalidValueException("UNKNOWN_SCHEME", "schemeId", schemeId, "error.unknownScheme",
          String.join(", ", new java.util.TreeSet<>(schemes.keySet())));
    }
    return s;
  }

  /**
   * Records one evaluator's scores for an innovation under a scheme in a round, in the evaluation's
   * own stream (never the innovation's). Refused on a conflict of interest, a second sheet in the
   * same round, or a sheet that does not fit the scheme (see {@link EvaluationDecider}).
   *
   * @param ref the innovation
   * @param evaluator the evaluator
   * @param schemeId a registered scheme
   * @param round the round (the year)
   * @param scores score or level per criterion code
   * @return the decision, with the appended {@link ScoreEntry} when accepted
   */
  public EvaluationDecision submitScores(InnovationRef ref, Actor evaluator, String schemeId, int round,
      Map<String, java.math.BigDecimal> scores) {
    Checks.notNull(ref, "ref");
    Checks.notNull(evaluator, "evaluator");
    Checks.notNull(scores, "scores");
    checkRound(round);
    EvaluationScheme scheme = scheme(schemeId);
    EvaluationStore store2 = evaluationStore();
    InnovationState state = get(ref);
    java.util.Set<id.labinov.core.model.PersonId> innovators = innovators(ref, state);
    ScoreSheet sheet = new ScoreSheet(evaluator.personId(), scores);
    for (int attempt = 0; ; attempt++) {
      List<ScoreEntry> existing = store2.scores(ref, schemeId);
      Verdict v = EvaluationDecider.decideScore(state, innovators, existing, evaluator, scheme, round, sheet);
      if (!v.allowed()) {
        return new EvaluationDecision(v, null);
      }
      ScoreEntry entry = new ScoreEntry(ids.newEventId(now()), ref, scheme.id(), scheme.version(), round,
          evaluator.personId(), scores, now(), existing.size() + 1L);
      try {
        store2.appendScore(entry);
        return new EvaluationDecision(v, entry);
      } catch (VersionConflictException e) {
        if (attempt >= conflictRetries) {
          throw e;
        }
      }
    }
  }

  private static void checkRound(int round) {
    if (round < 2000 || round > 2200) {
      throw new InvalidValueException("INVALID_ROUND", "round", round, "error.round");
    }
  }

  private java.util.Set<id.labinov.core.model.PersonId> innovators(InnovationRef ref, InnovationState state) {
    java.util.Set<id.labinov.core.model.PersonId> out = new java.util.HashSet<>();
    out.add(state.proposedBy());
    for (InnovationEvent e : store.history(ref)) {
      if (e instanceof id.labinov.core.event.DetailsUpdated || e instanceof id.labinov.core.event.EvidenceAttached) {
        out.add(e.metadata().actor());
      }
    }
    return out;
  }

  /**
   * Aggregates an innovation's scores under a scheme in a round.
   *
   * @param ref the innovation
   * @param schemeId a registered scheme
   * @param round the round
   * @return the result, or empty if nobody scored it in that round
   */
  public Optional<EvaluationResult> evaluationResult(InnovationRef ref, String schemeId, int round) {
    Checks.notNull(ref, "ref");
    checkRound(round);
    EvaluationScheme scheme = scheme(schemeId);
    List<ScoreSheet> sheets = evaluationStore().scores(ref, schemeId).stream().filter(e -> e.round() == round)
        .map(e -> new ScoreSheet(e.evaluator(), e.scores())).toList();
    return sheets.isEmpty() ? Optional.empty() : Optional.of(scheme.aggregate(sheets));
  }

  /**
   * Records a monitoring (monev) observation after DISPLAY.
   *
   * @param ref the innovation
   * @param actor who records it
   * @param indicator what was measured
   * @param value the value
   * @param observedOn the date observed
   * @param note an optional note, or {@code null}
   * @return the decision, with the appended {@link MonitoringEntry} when accepted
   */
  public EvaluationDecision recordMonitoring(InnovationRef ref, Actor actor, String indicator,
      java.math.BigDecimal value, java.time.LocalDate observedOn, String note) {
    Checks.notNull(ref, "ref");
    Checks.notNull(actor, "actor");
    Checks.notBlank(indicator, "indicator");
    Checks.notNull(value, "value");
    Checks.notNull(observedOn, "observedOn");
    EvaluationStore store2 = evaluationStore();
    InnovationState state = get(ref);
    Verdict v = EvaluationDecider.decideMonitoring(state, rulebookOf(state), actor);
    if (!v.allowed()) {
      return new EvaluationDecision(v, null);
    }
    for (int attempt = 0; ; attempt++) {
      long next = store2.monitoring(ref).size() + 1L;
      MonitoringEntry entry = new MonitoringEntry(ids.newEventId(now()), ref, indicator, value, observedOn,
          actor.personId(), note, now(), next);
      try {
        store2.appendMonitoring(entry);
        return new EvaluationDecision(v, entry);
      } catch (VersionConflictException e) {
        if (attempt >= conflictRetries) {
          throw e;
        }
      }
    }
  }

  /**
   * Returns an innovation's monitoring entries.
   *
   * @param ref the innovation
   * @return the entries, oldest first
   */
  public List<MonitoringEntry> monitoring(InnovationRef ref) {
    return evaluationStore().monitoring(Checks.notNull(ref, "ref"));
  }

  /**
   * Estimates a region's innovation index for a year from the IID indicator sheets recorded under
   * the registered {@code INDICATOR} scheme {@code indicatorSchemeId} in round {@code year} (the
   * latest sheet per innovation counts), plus the region-level and count scores the caller supplies.
   *
   * @param region the region
   * @param year the year (round)
   * @param indicatorSchemeId the indicator scheme, e.g. the shipped IID indicators' id
   * @param spdScore the region-level score, 0-63
   * @param countScore the innovation-count score, 0-76
   * @return the estimate with its rating band for the year (or the latest year before it)
   */
  public RegionalIndexEstimate regionalIndex(RegionCode region, int year, String indicatorSchemeId,
      java.math.BigDecimal spdScore, java.math.BigDecimal countScore) {
    Checks.notNull(region, "region");
    checkRound(year);
    EvaluationScheme scheme = scheme(indicatorSchemeId);
    Map<InnovationRef, ScoreEntry> latest = new java.util.LinkedHashMap<>();
    for (ScoreEntry e : evaluationStore().scoresInScope(Scope.region(region), indicatorSchemeId, year)) {
      // the latest by stream position: two sheets may share an instant, and clocks may step back
      latest.merge(e.ref(), e, (a, b) -> b.sequence() > a.sequence() ? b : a);
    }
    List<Map<String, Integer>> levels = new ArrayList<>();
    for (ScoreEntry e : latest.values()) {
      Map<String, Integer> m = new java.util.TreeMap<>();
      e.scores().forEach((k, val) -> m.put(k, val.intValue()));
      levels.add(m);
    }
    RatingBands bands = RatingBands.findLatestUpTo(year).orElseGet(() -> RatingBands.forYear(year));
    return RegionalIndex.estimate(year, scheme, levels, spdScore, countScore, bands);
  }

  // ---------------------------------------------------------------- programmes

  private ProgrammeStore programmeStore() {
    if (programmes == null) {
      throw new InvalidValueException("MISSING_SETTING", "programmeStore", null, "error.setting.programmeStore");
    }
    return programmes;
  }

  /**
   * Opens a programme (LAB_ADMIN only). Its rulebook must be the default or the region's rulebook,
   * or already be in the rulebook store.
   *
   * @param actor who opens it
   * @param spec the programme's specification, from {@link Programme#builder()}
   * @return the decision: accepted with the opened programme (version 1), or refused with every reason
   * @throws UnknownRulebookException if the programme's rulebook cannot be found
   */
  public ProgrammeDecision openProgramme(Actor actor, Programme spec) {
    Checks.notNull(actor, "actor");
    Checks.notNull(spec, "spec");
    ProgrammeStore store = programmeStore();
    Rulebook rulebook = programmeRulebook(spec);
    Programme current = store.load(spec.region(), spec.id()).orElse(null);
    ProgrammeDecision d = ProgrammeDecider.decide(current, new ProgrammeCommand.Open(spec), actor, rulebook, List.of(), now());
    if (d.accepted()) {
      store.save(d.programme());
    }
    return d;
  }

  /**
   * Replaces a programme's schedule (LAB_ADMIN only); refused if it would strand innovations
   * already in a stage.
   *
   * @param actor who adjusts it
   * @param region the region
   * @param programmeId the programme
   * @param schedule the new phase windows by stage
   * @return the decision
   * @throws NoSuchProgrammeException if the programme does not exist
   */
  public ProgrammeDecision adjustSchedule(Actor actor, RegionCode region, String programmeId, Map<String, PhaseWindow> schedule) {
    Programme p = getProgramme(region, programmeId);
    return decideProgramme(actor, p, new ProgrammeCommand.AdjustSchedule(Checks.notNull(schedule, "schedule")));
  }

  /**
   * Closes a programme (LAB_ADMIN only).
   *
   * @param actor who closes it
   * @param region the region
   * @param programmeId the programme
   * @param reason why
   * @return the decision
   * @throws NoSuchProgrammeException if the programme does not exist
   */
  public ProgrammeDecision closeProgramme(Actor actor, RegionCode region, String programmeId, String reason) {
    Programme p = getProgramme(region, programmeId);
    return decideProgramme(actor, p, new ProgrammeCommand.Close(reason));
  }

  private ProgrammeDecision decideProgramme(Actor actor, Programme p, ProgrammeCommand command) {
    Checks.notNull(actor, "actor");
    ProgrammeDecision d = ProgrammeDecider.decide(p, command, actor, programmeRulebook(p), members(p), now());
    if (d.accepted()) {
      programmeStore().save(d.programme());
    }
    return d;
  }

  private Rulebook programmeRulebook(Programme p) {
    String key = p.region().value() + "|" + p.rulebookId() + "@" + p.rulebookVersion();
    Rulebook cached = rulebookCache.get(key);
    if (cached != null) {
      return cached;
    }
    Rulebook candidate = regionRulebooks.getOrDefault(p.region(), defaultRulebook);
    if (candidate.id().equals(p.rulebookId()) && candidate.version() == p.rulebookVersion()) {
      rulebooks.save(p.region(), candidate);
      rulebookCache.put(key, candidate);
      return candidate;
    }
    Rulebook r = rulebooks.find(p.region(), p.rulebookId(), p.rulebookVersion()).orElseThrow(
        () -> new UnknownRulebookException(p.rulebookId() + "@" + p.rulebookVersion(), p.region().value()));
    rulebookCache.put(key, r);
    return r;
  }

  /**
   * Finds a programme.
   *
   * @param region the region
   * @param programmeId the id
   * @return the programme, or empty
   */
  public Optional<Programme> findProgramme(RegionCode region, String programmeId) {
    Checks.notNull(region, "region");
    Checks.notBlank(programmeId, "programmeId");
    return programmeStore().load(region, programmeId);
  }

  private Programme getProgramme(RegionCode region, String programmeId) {
    return findProgramme(region, programmeId)
        .orElseThrow(() -> new NoSuchProgrammeException(programmeId, region.value()));
  }

  private List<InnovationSummary> members(Programme p) {
    List<InnovationSummary> out = new ArrayList<>();
    InnovationFilter filter = InnovationFilter.builder().programmes(p.id()).build();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (page != null) {
      Page<InnovationSummary> result = query.find(Scope.region(p.region()), filter, page);
      out.addAll(result.items());
      page = result.next();
    }
    return out;
  }

  /**
   * Computes a programme's progress today (in its zone): innovations per stage against the target,
   * and which are late against the schedule.
   *
   * @param region the region
   * @param programmeId the programme
   * @return the progress
   * @throws NoSuchProgrammeException if the programme does not exist
   */
  public ProgrammeProgress programmeProgress(RegionCode region, String programmeId) {
    Programme p = getProgramme(region, programmeId);
    return ProgrammeProgress.of(p, programmeRulebook(p), members(p), now().atZone(p.timeZone().zoneId()).toLocalDate());
  }

  // ---------------------------------------------------------------- reads

  /**
   * Checks a transition's gate for an actor, without changing anything.
   *
   * @param ref the innovation
   * @param actor who would act
   * @param transitionId the transition
   * @return the verdict
   */
  public Verdict check(InnovationRef ref, Actor actor, String transitionId) {
    InnovationState state = get(ref);
    return Decider.check(state, actor, rulebookOf(state), transitionId, context(state));
  }

  /**
   * Lists every transition from the current stage with its verdict for the actor.
   *
   * @param ref the innovation
   * @param actor who would act
   * @return the transitions in rulebook order
   */
  public List<Availability> available(InnovationRef ref, Actor actor) {
    InnovationState state = get(ref);
    return Decider.available(state, actor, rulebookOf(state), context(state));
  }

  /**
   * Returns the history of an innovation.
   *
   * @param ref the innovation
   * @return its events in sequence order
   * @throws NoSuchInnovationException if it does not exist in that region
   */
  public List<InnovationEvent> history(InnovationRef ref) {
    List<InnovationEvent> h = store.history(Checks.notNull(ref, "ref"));
    if (h.isEmpty()) {
      throw new NoSuchInnovationException(ref);
    }
    return h;
  }

  /**
   * Finds an innovation's current state.
   *
   * @param ref the innovation
   * @return the state, or empty
   */
  public Optional<InnovationState> find(InnovationRef ref) {
    return store.load(Checks.notNull(ref, "ref"));
  }

  /**
   * Returns an innovation's current state.
   *
   * @param ref the innovation
   * @return the state
   * @throws NoSuchInnovationException if it does not exist in that region
   */
  public InnovationState get(InnovationRef ref) {
    return find(ref).orElseThrow(() -> new NoSuchInnovationException(ref));
  }

  /**
   * Returns the rulebook an innovation follows.
   *
   * @param ref the innovation
   * @return the rulebook
   */
  public Rulebook rulebookOf(InnovationRef ref) {
    return rulebookOf(get(ref));
  }

  /** Returns the query port, for lists and reports. */
  public InnovationQuery query() {
    return query;
  }

  /** Returns the clock the facade uses. */
  public Clock clock() {
    return clock;
  }

  /**
   * Builds a {@link Labinov}. Not thread-safe. {@link #build()} checks every setting and names any
   * that is missing or bad.
   */
  public static final class Builder {
    private Clock clock;
    private IdGenerator ids;
    private InnovationStore store;
    private RulebookStore rulebookStore;
    private InnovationQuery query;
    private ProgrammeStore programmeStore;
    private EvaluationStore evaluationStore;
    private final Map<String, EvaluationScheme> schemes = new HashMap<>();
    private Rulebook defaultRulebook;
    private final Map<RegionCode, Rulebook> regionRulebooks = new HashMap<>();
    private final Map<RegionCode, IndonesianTimeZone> zones = new HashMap<>();
    private final List<EventListener> listeners = new ArrayList<>();
    private int conflictRetries = 3;
    private Duration idempotencyTtl = Duration.ofDays(7);

    private Builder() {}

    /**
     * Sets the clock (required): {@code Clock.systemUTC()} in production, a fixed clock in tests.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Sets the id generator (default {@link IdGenerator#secure()}).
     *
     * @param value the generator
     * @return this builder
     */
    public Builder ids(IdGenerator value) {
      this.ids = value;
      return this;
    }

    /**
     * Sets the innovation store (required). If it also implements {@link InnovationQuery}, it is the
     * query port unless {@link #query(InnovationQuery)} sets another.
     *
     * @param value the store
     * @return this builder
     */
    public Builder innovationStore(InnovationStore value) {
      this.store = value;
      return this;
    }

    /**
     * Sets the rulebook store (required).
     *
     * @param value the store
     * @return this builder
     */
    public Builder rulebookStore(RulebookStore value) {
      this.rulebookStore = value;
      return this;
    }

    /**
     * Sets the query port.
     *
     * @param value the query port
     * @return this builder
     */
    public Builder query(InnovationQuery value) {
      this.query = value;
      return this;
    }

    /**
     * Sets the programme store (needed for programmes; innovations without programmes work without it).
     *
     * @param value the store
     * @return this builder
     */
    public Builder programmeStore(ProgrammeStore value) {
      this.programmeStore = value;
      return this;
    }

    /**
     * Sets the evaluation store (needed for scores and monitoring).
     *
     * @param value the store
     * @return this builder
     */
    public Builder evaluationStore(EvaluationStore value) {
      this.evaluationStore = value;
      return this;
    }

    /**
     * Registers an evaluation scheme under its id (replacing one with the same id). The shipped
     * KIPP, IGA presentation and IID indicator schemes are registered by default.
     *
     * @param value the scheme
     * @return this builder
     */
    public Builder evaluationScheme(EvaluationScheme value) {
      Checks.notNull(value, "evaluationScheme");
      schemes.put(value.id(), value);
      return this;
    }

    /**
     * Sets the rulebook new proposals follow (default: the shipped 5D rulebook).
     *
     * @param value the rulebook
     * @return this builder
     */
    public Builder rulebook(Rulebook value) {
      this.defaultRulebook = value;
      return this;
    }

    /**
     * Sets the rulebook new proposals in one region follow.
     *
     * @param region the region
     * @param value the rulebook
     * @return this builder
     */
    public Builder rulebook(RegionCode region, Rulebook value) {
      regionRulebooks.put(Checks.notNull(region, "region"), Checks.notNull(value, "rulebook"));
      return this;
    }

    /**
     * Overrides a region's time zone (default: its province's).
     *
     * @param region the region
     * @param zone the zone
     * @return this builder
     */
    public Builder timeZone(RegionCode region, IndonesianTimeZone zone) {
      zones.put(Checks.notNull(region, "region"), Checks.notNull(zone, "zone"));
      return this;
    }

    /**
     * Adds a listener called after each successful append.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder listener(EventListener value) {
      listeners.add(Checks.notNull(value, "listener"));
      return this;
    }

    /**
     * Sets how many times a command without a caller version is retried on a version conflict
     * (0-20, default 3).
     *
     * @param value the number of retries
     * @return this builder
     */
    public Builder conflictRetries(int value) {
      this.conflictRetries = value;
      return this;
    }

    /**
     * Sets how long idempotency keys are kept (1 minute to 365 days, default 7 days).
     *
     * @param value the duration
     * @return this builder
     */
    public Builder idempotencyTtl(Duration value) {
      this.idempotencyTtl = value;
      return this;
    }

    /**
     * Builds the facade.
     *
     * @return the facade
     * @throws InvalidValueException naming the first missing or bad setting and how to fix it
     */
    public Labinov build() {
      if (clock == null) {
        throw new InvalidValueException("MISSING_SETTING", "clock", null, "error.setting.clock");
      }
      if (store == null) {
        throw new InvalidValueException("MISSING_SETTING", "innovationStore", null, "error.setting.store");
      }
      if (rulebookStore == null) {
        throw new InvalidValueException("MISSING_SETTING", "rulebookStore", null, "error.setting.rulebookStore");
      }
      if (query == null) {
        if (store instanceof InnovationQuery q) {
          query = q;
        } else {
          throw new InvalidValueException("MISSING_SETTING", "query", null, "error.setting.query");
        }
      }
      if (conflictRetries < 0 || conflictRetries > 20) {
        throw new InvalidValueException("BAD_SETTING", "conflictRetries", conflictRetries, "error.setting.retries");
      }
      if (idempotencyTtl == null || idempotencyTtl.compareTo(Duration.ofMinutes(1)) < 0
          || idempotencyTtl.compareTo(Duration.ofDays(365)) > 0) {
        throw new InvalidValueException("BAD_SETTING", "idempotencyTtl", idempotencyTtl, "error.setting.ttl");
      }
      if (ids == null) {
        ids = IdGenerator.secure();
      }
      if (defaultRulebook == null) {
        defaultRulebook = Rulebooks.fiveD();
      }
      for (EvaluationScheme shipped : List.of(EvaluationSchemes.kippCriteria(), EvaluationSchemes.igaPresentation2023(),
          EvaluationSchemes.iidInnovationIndicators())) {
        schemes.putIfAbsent(shipped.id(), shipped);
      }
      return new Labinov(this);
    }
  }
}
