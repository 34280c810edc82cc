package id.labinov.core.spi.contract;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.Condition;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an innovation's events by hand, bypassing the decider's gates, to test stores at the port:
 * each call adds one event (folded with {@link Decider#evolve}, so the state is always the true
 * fold), and {@link #toAppend} packs the events not yet written into an {@link Append}. Moves use
 * the 5D rulebook's transition ids. Not thread-safe.
 */
public final class EventStream {
  private static final PersonId INNOVATOR = PersonId.of("asn-dinkes-017");
  private final InnovationRef ref;
  private final IdGenerator ids;
  private final Rulebook rulebook = Rulebooks.fiveD();
  private final List<InnovationEvent> events = new ArrayList<>();
  private InnovationState state;
  private long written;
  private Instant now;

  private EventStream(InnovationRef ref, IdGenerator ids, Instant at) {
    this.ref = ref;
    this.ids = ids;
    this.now = at.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Starts a stream with its proposal (sequence 1) in the 5D entry stage.
   *
   * @param ref the innovation
   * @param details what is proposed
   * @param programmeId the programme, or {@code null}
   * @param at when
   * @param ids makes event ids
   * @return the stream
   */
  public static EventStream propose(InnovationRef ref, InnovationDetails details, String programmeId, Instant at,
      IdGenerator ids) {
    EventStream s = new EventStream(ref, ids, at);
    return s.add(INNOVATOR, m -> new InnovationProposed(m, details, programmeId, s.rulebook.entryStage()));
  }

  /**
   * Returns a copy that continues independently from here: a second writer that read the same
   * version.
   *
   * @return the copy
   */
  public EventStream fork() {
    EventStream c = new EventStream(ref, ids, now);
    c.events.addAll(events);
    c.state = state;
    c.written = written;
    return c;
  }

  /** Returns the innovation. */
  public InnovationRef ref() {
    return ref;
  }

  /** Returns the state after every event so far. */
  public InnovationState state() {
    return state;
  }

  /** Returns every event so far, in sequence order. */
  public List<InnovationEvent> events() {
    return List.copyOf(events);
  }

  /** Returns the events not yet packed by {@link #written()}. */
  public List<InnovationEvent> pending() {
    return List.copyOf(events.subList((int) written, events.size()));
  }

  /** Returns the current event time. */
  public Instant now() {
    return now;
  }

  /**
   * Moves the event time forward.
   *
   * @param d how far
   * @return this stream
   */
  public EventStream later(Duration d) {
    now = now.plus(d).truncatedTo(ChronoUnit.MICROS);
    return this;
  }

  /**
   * Sets the event time.
   *
   * @param t the time
   * @return this stream
   */
  public EventStream at(Instant t) {
    now = t.truncatedTo(ChronoUnit.MICROS);
    return this;
  }

  /**
   * Replaces the details.
   *
   * @param d the details
   * @return this stream
   */
  public EventStream details(InnovationDetails d) {
    return add(INNOVATOR, m -> new DetailsUpdated(m, d));
  }

  /**
   * Attaches evidence whose hash is derived from the file name.
   *
   * @param kind the kind
   * @param file the file name
   * @return this stream
   */
  public EventStream evidence(String kind, String file) {
    return add(INNOVATOR, m -> new EvidenceAttached(m, ContractData.evidence(kind, file)));
  }

  /**
   * Records an approval.
   *
   * @param role the role
   * @param person the approver
   * @return this stream
   */
  public EventStream approval(Role role, String person) {
    return add(PersonId.of(person), m -> new ApprovalRecorded(m, role, null));
  }

  /**
   * Moves to a stage through the 5D transition that leads there (advance, else conditional advance
   * with one condition, else return for rework).
   *
   * @param stage the target stage
   * @return this stream
   */
  public EventStream moveTo(String stage) {
    String from = state.stage();
    Transition t = transition(from, stage, TransitionKind.ADVANCE)
        .or(() -> transition(from, stage, TransitionKind.RETURN_FOR_REWORK))
        .orElseThrow(() -> new IllegalArgumentException("no 5D move " + from + " -> " + stage));
    return add(INNOVATOR, m -> t.kind() == TransitionKind.ADVANCE
        ? new StageAdvanced(m, t.id(), from, stage)
        : new ReturnedForRework(m, t.id(), from, stage, "perlu perbaikan"));
  }

  /**
   * Advances with conditions through the 5D conditional transition.
   *
   * @param stage the target stage
   * @param conditions the conditions' texts
   * @return this stream
   */
  public EventStream advanceConditionallyTo(String stage, String... conditions) {
    String from = state.stage();
    Transition t = transition(from, stage, TransitionKind.CONDITIONAL_ADVANCE)
        .orElseThrow(() -> new IllegalArgumentException("no 5D conditional advance " + from + " -> " + stage));
    return add(INNOVATOR, m -> {
      List<Condition> cs = new ArrayList<>();
      for (int i = 0; i < conditions.length; i++) {
        cs.add(new Condition("c" + m.sequence() + "-" + (i + 1), conditions[i]));
      }
      return new StageAdvancedConditionally(m, t.id(), from, stage, cs);
    });
  }

  /**
   * Clears an open condition.
   *
   * @param conditionId its id
   * @return this stream
   */
  public EventStream clearCondition(String conditionId) {
    return add(INNOVATOR, m -> new ConditionCleared(m, conditionId, null));
  }

  /** Puts on hold. */
  public EventStream hold() {
    return add(INNOVATOR, m -> new PutOnHold(m, "menunggu anggaran"));
  }

  /** Resumes. */
  public EventStream resume() {
    return add(INNOVATOR, m -> new Resumed(m, null));
  }

  /** Drops. */
  public EventStream drop() {
    return add(INNOVATOR, m -> new Dropped(m, "tidak dilanjutkan"));
  }

  /** Reopens. */
  public EventStream reopen() {
    return add(INNOVATOR, m -> new Reopened(m, "dilanjutkan kembali"));
  }

  /**
   * Packs the events not yet written, after the version last written.
   *
   * @param idempotency the record to write with them, or {@code null}
   * @return the append
   */
  public Append toAppend(IdempotencyRecord idempotency) {
    return new Append(ref, written, pending(), state, idempotency);
  }

  /** Marks every event so far as written. */
  public EventStream written() {
    written = events.size();
    return this;
  }

  /**
   * Writes the pending events to a store and marks them written.
   *
   * @param store the store
   * @return what the store returned
   */
  public Optional<IdempotencyRecord> commit(InnovationStore store) {
    return commit(store, null);
  }

  /**
   * Writes the pending events with an idempotency record and marks them written.
   *
   * @param store the store
   * @param idempotency the record, or {@code null}
   * @return what the store returned
   */
  public Optional<IdempotencyRecord> commit(InnovationStore store, IdempotencyRecord idempotency) {
    Optional<IdempotencyRecord> r = store.append(toAppend(idempotency));
    written();
    return r;
  }

  private Optional<Transition> transition(String from, String to, TransitionKind kind) {
    return rulebook.transitionsFrom(from).stream().filter(t -> t.kind() == kind && to.equals(t.to())).findFirst();
  }

  private EventStream add(PersonId actor, Function<EventMetadata, InnovationEvent> maker) {
    EventMetadata m = new EventMetadata(ids.newEventId(now), ref.region(), ref.id(), events.size() + 1L, now, actor,
        rulebook.id(), rulebook.version(), null);
    InnovationEvent e = maker.apply(m);
    state = Decider.evolve(state, e);
    events.add(e);
    return this;
  }
}
