package id.labinov.core;


import id.labinov.core.CommandPipeline.CommandSource;
import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.Availability;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.BulkSummary;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.ImportResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.engine.Request;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.InnovationStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Commands and reads on innovations: propose, edit, attach evidence, approve, move through the
 * stages, hold, resume, drop, reopen, move to another OPD, hand over to a new owner, in bulk and by
 * import; the history, the state and what can be done next. Obtained from {@link Labinov#innovations()}; thread-safe.
 *
 * <p>Every command takes the library's one command path: in one store transaction the idempotency
 * key is looked up (a retry after a lost reply gets the first result), the state is loaded, the
 * caller's expected version is checked before anything else (a mismatch is a
 * {@link id.labinov.core.engine.VersionConflictException}, never a refusal), the command is authorised
 * and decided, and the events are appended; listeners get them after the commit. A refusal stores
 * nothing and uses up no key. Commands without an expected version are retried on a conflict.
 */
public final class InnovationService {
  private final CommandPipeline pipeline;
  private final InnovationStore store;
  private final RulebookResolver rulebooks;
  private final ContextLoader contexts;
  private final BulkCommands bulk;

  InnovationService(CommandPipeline pipeline, InnovationStore store, RulebookResolver rulebooks,
      ContextLoader contexts, BulkCommands bulk) {
    this.pipeline = pipeline;
    this.store = store;
    this.rulebooks = rulebooks;
    this.contexts = contexts;
    this.bulk = bulk;
  }

  /**
   * Executes a request as it is (its command names the transition, if any).
   *
   * @param request the request
   * @return the result (accepted, refused, or replayed)
   * @throws NoSuchInnovationException if the innovation does not exist in that region
   * @throws id.labinov.core.engine.VersionConflictException if the caller's expected version is stale, or retries ran out
   * @throws id.labinov.core.engine.IdempotencyKeyReusedException if the key was used for another request
   * @throws id.labinov.core.rules.UnknownRulebookException if the innovation's rulebook is not stored
   * @throws id.labinov.core.engine.StorageException if the store fails
   */
  public CommandResult execute(Request request) {
    return pipeline.run(request);
  }

  private CommandResult run(InnovationRef ref, Actor actor, Command command, Options options) {
    return pipeline.run(ref, actor, Checks.notNull(options, "options"), CommandSource.fixed(command));
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
  public CommandResult propose(RegionCode region, Actor actor, InnovationDetails details, String programmeId,
      Options options) {
    Checks.notNull(region, "region");
    Checks.notNull(options, "options");
    InnovationRef ref = new InnovationRef(region, pipeline.ids().newInnovationId(pipeline.now()));
    return run(ref, actor, new Command.Propose(details, programmeId), options);
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
    return run(ref, actor, new Command.UpdateDetails(details), options);
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
    return run(ref, actor, new Command.AttachEvidence(evidence), options);
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
    return run(ref, actor, new Command.Approve(role, note), options);
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
    return move(ref, actor, toStage, TransitionKind.ADVANCE, options, t -> new Command.Advance(t, List.of()));
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

  /** A move names a stage: the transition is the rulebook's of that kind from the stage loaded in the transaction. */
  private CommandResult move(InnovationRef ref, Actor actor, String toStage, TransitionKind kind, Options options,
      Function<String, Command> command) {
    Checks.notNull(ref, "ref");
    Checks.notNull(actor, "actor");
    Checks.notBlank(toStage, "toStage");
    Checks.notNull(options, "options");
    return pipeline.run(ref, actor, options, MoveSources.moveTo(toStage, kind, command));
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
    return run(ref, actor, new Command.ClearCondition(conditionId, note), options);
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
    return run(ref, actor, new Command.Hold(reason), options);
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
    return run(ref, actor, new Command.Resume(note), options);
  }

  /**
   * Moves the innovation to another OPD (pindah OPD): a lab administrator's command, recorded in the
   * history as {@code OpdChanged}. Edits of the details cannot change a recorded OPD.
   *
   * @param ref the innovation
   * @param actor who acts (a {@code LAB_ADMIN})
   * @param opd the OPD it moves to
   * @param reason why
   * @param options key and expected version
   * @return the result
   */
  public CommandResult changeOpd(InnovationRef ref, Actor actor, OpdCode opd, String reason, Options options) {
    return run(ref, actor, new Command.ChangeOpd(opd, reason), options);
  }

  /**
   * Hands the innovation over to a new owner (serah terima pemilik inovasi) when its innovator moves
   * to another OPD or leaves: a lab administrator's command, recorded in the history as
   * {@link id.labinov.core.event.OwnerHandedOver}. From then on the new owner counts as the proposer
   * for the authorisation rules (an innovator of the innovation's OPD acts on what they own), while
   * the previous owner stays among its contributors, so the conflict-of-interest rules still keep
   * them from scoring it; the previous owner acts on it only if listed on its team. With {@code opd}
   * the innovation moves to that OPD in the same event, as a new owner of another unit needs; naming
   * the OPD it is in already changes nothing but the owner. A dropped or held innovation may be handed
   * over too (whoever reopens it later owns it).
   *
   * <p>Refused ({@code ROLE_NOT_PERMITTED}) unless the actor is a {@code LAB_ADMIN};
   * ({@code SAME_OWNER}) if {@code newOwner} owns it already; and, when the lab has a directory
   * ({@link Labinov.Builder#directory}), ({@code NO_SUCH_PERSON}) if the directory does not know
   * {@code newOwner} or ({@code PERSON_ERASED}) if the person's name was erased.
   *
   * @param ref the innovation
   * @param actor who acts (a {@code LAB_ADMIN})
   * @param newOwner who takes it over
   * @param opd the OPD it moves to with its new owner, or {@code null} to keep its OPD
   * @param reason why (required)
   * @param options key and expected version
   * @return the result (accepted or refused with every reason)
   * @throws InvalidValueException naming a missing argument or a control character in the reason
   * @throws NoSuchInnovationException if the innovation does not exist in that region
   * @throws id.labinov.core.engine.VersionConflictException if the caller's expected version is stale, or retries ran out
   * @throws id.labinov.core.engine.IdempotencyKeyReusedException if the key was used for another request
   */
  @Beta
  public CommandResult handOver(InnovationRef ref, Actor actor, PersonId newOwner, OpdCode opd, String reason,
      Options options) {
    return run(ref, actor, new Command.HandOver(newOwner, opd, reason), options);
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
    return run(ref, actor, new Command.Drop(reason), options);
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
    return run(ref, actor, new Command.Reopen(reason), options);
  }

  /**
   * Advances many innovations to the same stage through the bulk path ({@link #advanceAll(List,
   * Actor, String, BulkOptions)}), each item deciding on its own (one failing never stops the
   * others), in chunks of the facade's {@code bulkChunkSize}. With an idempotency key in
   * {@code options}, each item uses {@code key + ":" + id}. A caller-supplied expected version is
   * not allowed here (it would differ per item): give each item its own with
   * {@link BulkItem#expectingVersion}.
   *
   * @param refs the innovations
   * @param actor who acts
   * @param toStage the target stage
   * @param options an optional idempotency key
   * @return one result per item, in the order given
   * @throws InvalidValueException with code {@code EXPECTED_VERSION_IN_BULK} if {@code options}
   *     carries an expected version, or naming a missing argument
   */
  public List<BulkResult> advanceAll(List<InnovationRef> refs, Actor actor, String toStage, Options options) {
    Checks.notNull(refs, "refs");
    Checks.notNull(options, "options");
    if (options.expectedVersion() != null) {
      throw new InvalidValueException("EXPECTED_VERSION_IN_BULK", "expectedVersion", options.expectedVersion(),
          "error.expectedVersionInBulk");
    }
    List<BulkItem<Void>> items = new ArrayList<>(refs.size());
    for (InnovationRef ref : refs) {
      BulkItem<Void> item = BulkItem.of(Checks.notNull(ref, "refs[]"));
      items.add(options.idempotencyKey() == null ? item : item.withIdempotencyKey(options.idempotencyKey() + ":" + ref.id()));
    }
    return advanceAll(items, actor, toStage, BulkOptions.defaults());
  }

  /**
   * Advances many innovations to the same stage, in chunks: each chunk is one store transaction
   * that reads all its states in one query, decides every item with the single command's steps
   * (its key looked up first, its expected version, the rulebook's advance from its current stage,
   * authorisation, rule context, decider) and writes the accepted ones together (JDBC: batches).
   * Each item stands on its own: refused, conflicting (stale expected version) or failed items
   * write nothing and leave the others written. Refusals are logged and listeners get each accepted
   * item's events after its chunk commits. An innovation or key that occurs twice starts a new
   * chunk, so the later item is decided on what the earlier one wrote, as one by one.
   *
   * @param items the innovations, each with its own optional expected version and key (any argument is ignored)
   * @param actor who acts
   * @param toStage the target stage
   * @param options chunk size and result consumer
   * @return one result per item, in the order given
   * @throws InvalidValueException naming a missing argument
   * @throws OutsideScopeException never: an item outside the actor's scope is refused like a single command
   */
  @Beta
  public List<BulkResult> advanceAll(List<? extends BulkItem<?>> items, Actor actor, String toStage,
      BulkOptions options) {
    Checks.notBlank(toStage, "toStage");
    CommandSource source = MoveSources.moveTo(toStage, TransitionKind.ADVANCE, t -> new Command.Advance(t, List.of()));
    return sameSource(items, actor, options, source);
  }

  /**
   * Records the same approval on many innovations (e.g. a coach approving every design of a
   * batch), in chunks, with the bulk path's semantics ({@link #advanceAll(List, Actor, String,
   * BulkOptions)}).
   *
   * @param items the innovations, each with its own optional expected version and key (any argument is ignored)
   * @param actor who approves
   * @param role the role the approvals count for (the actor must hold it)
   * @param note an optional note, or {@code null}
   * @param options chunk size and result consumer
   * @return one result per item, in the order given
   * @throws InvalidValueException naming a missing or invalid argument (nothing is run)
   */
  @Beta
  public List<BulkResult> approveAll(List<? extends BulkItem<?>> items, Actor actor, Role role, String note,
      BulkOptions options) {
    return sameSource(items, actor, options, CommandSource.fixed(new Command.Approve(role, note)));
  }

  /**
   * Attaches evidence to many innovations, each item its own evidence, in chunks, with the bulk
   * path's semantics ({@link #advanceAll(List, Actor, String, BulkOptions)}).
   *
   * @param items the innovations with their evidence, expected versions and keys
   * @param actor who acts
   * @param options chunk size and result consumer
   * @return one result per item, in the order given
   * @throws InvalidValueException naming a missing or invalid argument, e.g. an item without
   *     evidence (nothing is run)
   */
  @Beta
  public List<BulkResult> attachEvidenceAll(List<BulkItem<EvidenceRef>> items, Actor actor, BulkOptions options) {
    return ownSource(items, actor, options, e -> new Command.AttachEvidence(e));
  }

  /**
   * Replaces the details of many innovations, each item its complete new details, in chunks, with
   * the bulk path's semantics ({@link #advanceAll(List, Actor, String, BulkOptions)}).
   *
   * @param items the innovations with their new details, expected versions and keys
   * @param actor who acts
   * @param options chunk size and result consumer
   * @return one result per item, in the order given
   * @throws InvalidValueException naming a missing or invalid argument, e.g. an item without
   *     details (nothing is run)
   */
  @Beta
  public List<BulkResult> updateDetailsAll(List<BulkItem<InnovationDetails>> items, Actor actor,
      BulkOptions options) {
    return ownSource(items, actor, options, d -> new Command.UpdateDetails(d));
  }

  /**
   * Executes many requests as they are (each with its own actor, command, expected version and
   * key), in chunks, with the bulk path's semantics ({@link #advanceAll(List, Actor, String,
   * BulkOptions)}): the bulk form of {@link #execute}. Proposals go through
   * {@link #importInnovations} instead.
   *
   * @param requests the requests, in order
   * @param options chunk size and result consumer
   * @return one result per request, in the order given
   * @throws InvalidValueException with code {@code PROPOSAL_IN_BULK} for a proposal, or naming a
   *     missing argument (nothing is run)
   */
  @Beta
  public List<BulkResult> executeAll(List<Request> requests, BulkOptions options) {
    Checks.notNull(requests, "requests");
    Checks.notNull(options, "options");
    List<BulkCommands.Item> out = new ArrayList<>(requests.size());
    for (Request r : requests) {
      Checks.notNull(r, "requests[]");
      if (r.command() instanceof Command.Propose) {
        throw new InvalidValueException("PROPOSAL_IN_BULK", "requests[]", r.target(), "error.proposalInBulk");
      }
      out.add(new BulkCommands.Item(r.target(), r.actor(), new Options(r.idempotencyKey(), r.expectedVersion()),
          CommandSource.fixed(r.command())));
    }
    return bulk.runAll(out, options);
  }

  /**
   * Advances every innovation of a scope that matches a filter (e.g. every innovation of a region in
   * stage {@code DESIGN}: {@code InnovationFilter.builder().stages("DESIGN").build()}) to a named
   * stage. Pages through the query port ({@code find}, keyset paging by id) one chunk at a time, so
   * it works for any number of innovations: each page is one chunk of the bulk path (one
   * transaction, one read of the states, batched writes). Each item expects the version the query
   * saw, so an innovation changed between the query and its chunk is a conflict, not moved on a state
   * nobody selected. Only the problems are kept: pass {@link BulkOptions#onEachResult} to see every
   * result as its chunk commits.
   *
   * @param scope the region, province or nation
   * @param filter which innovations of the scope
   * @param actor who acts; the scope must be inside the actor's
   * @param toStage the target stage
   * @param options chunk (page) size and result consumer
   * @return the counts per outcome and the refused, conflicting and failed items
   * @throws OutsideScopeException if the scope is outside the actor's (checked before anything is read)
   * @throws InvalidValueException naming a missing argument
   */
  @Beta
  public BulkSummary advanceWhere(Scope scope, InnovationFilter filter, Actor actor, String toStage,
      BulkOptions options) {
    Checks.notBlank(toStage, "toStage");
    Checks.notNull(options, "options");
    CommandSource source = MoveSources.moveTo(toStage, TransitionKind.ADVANCE, t -> new Command.Advance(t, List.of()));
    return bulk.runWhere(scope, filter, actor, options, s -> source);
  }

  /**
   * Advances every innovation of a scope that matches a filter to the stage after its current one
   * (by its rulebook's order), as {@link #advanceWhere} does for a named stage; an innovation in the
   * last stage is refused with {@code NO_TRANSITION}.
   *
   * @param scope the region, province or nation
   * @param filter which innovations of the scope
   * @param actor who acts; the scope must be inside the actor's
   * @param options chunk (page) size and result consumer
   * @return the counts per outcome and the refused, conflicting and failed items
   * @throws OutsideScopeException if the scope is outside the actor's (checked before anything is read)
   * @throws InvalidValueException naming a missing argument
   */
  @Beta
  public BulkSummary advanceToNextStageWhere(Scope scope, InnovationFilter filter, Actor actor,
      BulkOptions options) {
    Checks.notNull(options, "options");
    CommandSource source = MoveSources.advanceToNext();
    return bulk.runWhere(scope, filter, actor, options, s -> source);
  }

  /** Items whose command is the same for all (advance, approve). */
  private List<BulkResult> sameSource(List<? extends BulkItem<?>> items, Actor actor, BulkOptions options,
      CommandSource source) {
    Checks.notNull(items, "items");
    Checks.notNull(actor, "actor");
    Checks.notNull(options, "options");
    List<BulkCommands.Item> out = new ArrayList<>(items.size());
    for (BulkItem<?> item : items) {
      Checks.notNull(item, "items[]");
      out.add(new BulkCommands.Item(item.ref(), actor, item.options(), source));
    }
    return bulk.runAll(out, options);
  }

  /** Items that carry their own argument (evidence, details), each built into its command before anything runs. */
  private <A> List<BulkResult> ownSource(List<BulkItem<A>> items, Actor actor, BulkOptions options,
      Function<A, Command> command) {
    Checks.notNull(items, "items");
    Checks.notNull(actor, "actor");
    Checks.notNull(options, "options");
    List<BulkCommands.Item> out = new ArrayList<>(items.size());
    for (BulkItem<A> item : items) {
      Checks.notNull(item, "items[]");
      Checks.notNull(item.argument(), "items[].argument");
      out.add(new BulkCommands.Item(item.ref(), actor, item.options(), CommandSource.fixed(command.apply(item.argument()))));
    }
    return bulk.runAll(out, options);
  }

  /**
   * Imports many proposals at once (e.g. a spreadsheet kept before labinov). Each item is decided
   * exactly as {@link #propose} decides it: authorisation, the region's rulebook (stored for later
   * commands), its time zone, the programme's schedule. Accepted items go to the store in one batch
   * ({@link InnovationStore#appendAll}); listeners get the events of the written items.
   *
   * @param items the items, in order
   * @param options each item on its own, or all or nothing
   * @return one result per item, at its index
   */
  public List<ImportResult> importInnovations(List<ImportItem> items, ImportOptions options) {
    return pipeline.importAll(items, options);
  }

  // ---------------------------------------------------------------- reads

  /**
   * Checks a transition's gate for an actor, without changing anything; the authorisation step's
   * reasons (scope, ownership) come first, as a command would meet them.
   *
   * @param ref the innovation
   * @param actor who would act
   * @param transitionId the transition
   * @return the verdict
   * @throws OutsideScopeException if the innovation's region is outside the actor's scope
   */
  public Verdict check(InnovationRef ref, Actor actor, String transitionId) {
    InnovationState state = get(readable(ref, actor));
    Rulebook rulebook = rulebooks.of(state);
    Verdict v = Decider.check(state, actor, rulebook, transitionId, contexts.forState(state, rulebook, pipeline.now()));
    return withPolicy(pipeline.authoriseOwner(actor, state, v.transitionId()), v);
  }

  /** The verdict with the authorisation step's reasons in front, as a command would meet them. */
  private static Verdict withPolicy(List<Violation> denied, Verdict v) {
    if (denied.isEmpty()) {
      return v;
    }
    List<Violation> all = new ArrayList<>(denied);
    all.addAll(v.violations());
    return new Verdict(v.transitionId(), all, v.notApplicable());
  }

  /**
   * Lists every transition from the current stage with its verdict for the actor (the authorisation
   * step's reasons first).
   *
   * @param ref the innovation
   * @param actor who would act
   * @return the transitions in rulebook order
   * @throws OutsideScopeException if the innovation's region is outside the actor's scope
   */
  public List<Availability> available(InnovationRef ref, Actor actor) {
    InnovationState state = get(readable(ref, actor));
    Rulebook rulebook = rulebooks.of(state);
    List<Availability> all = Decider.available(state, actor, rulebook, contexts.forState(state, rulebook, pipeline.now()));
    List<Violation> denied = pipeline.authoriseOwner(actor, state, "available");
    if (denied.isEmpty()) {
      return all;
    }
    List<Availability> out = new ArrayList<>(all.size());
    for (Availability a : all) {
      out.add(new Availability(a.transition(), withPolicy(denied, a.verdict())));
    }
    return out;
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
   * Returns the history of an innovation, as an actor may read it: only inside the actor's scope.
   *
   * @param ref the innovation
   * @param actor who reads
   * @return its events in sequence order
   * @throws OutsideScopeException if the innovation's region is outside the actor's scope (checked
   *     before anything is read)
   * @throws NoSuchInnovationException if it does not exist in that region
   */
  public List<InnovationEvent> history(InnovationRef ref, Actor actor) {
    return history(readable(ref, actor));
  }

  /**
   * Finds an innovation's current state, as an actor may read it: only inside the actor's scope.
   *
   * @param ref the innovation
   * @param actor who reads
   * @return the state, or empty
   * @throws OutsideScopeException if the innovation's region is outside the actor's scope
   */
  public Optional<InnovationState> find(InnovationRef ref, Actor actor) {
    return find(readable(ref, actor));
  }

  /**
   * Returns an innovation's current state, as an actor may read it: only inside the actor's scope.
   *
   * @param ref the innovation
   * @param actor who reads
   * @return the state
   * @throws OutsideScopeException if the innovation's region is outside the actor's scope
   * @throws NoSuchInnovationException if it does not exist in that region
   */
  public InnovationState get(InnovationRef ref, Actor actor) {
    return get(readable(ref, actor));
  }

  private static InnovationRef readable(InnovationRef ref, Actor actor) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    return ref;
  }

  /**
   * Returns the rulebook an innovation follows.
   *
   * @param ref the innovation
   * @return the rulebook
   */
  public Rulebook rulebookOf(InnovationRef ref) {
    return rulebooks.of(get(ref));
  }
}
