package id.labinov.core.engine;

import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.EventPayload;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Decider} value rules on a request: the verdict and, when allowed, the event
 * payloads, not yet stamped. Deterministic: the same state, request and context give an equal
 * verdict and the same payloads. {@link #stamp} turns it into a {@link Decision} with events and
 * the state they lead to.
 *
 * @param verdict the verdict (allowed or not)
 * @param payloads what happens, in order; empty when refused
 * @param rulebook the rulebook the events are recorded under (for a migration, the target)
 */
public record Ruling(Verdict verdict, List<EventPayload> payloads, Rulebook rulebook) {
  /**
   * Checks and copies the parts.
   *
   * @param verdict the verdict (allowed or not)
   * @param payloads what happens, in order; empty when refused
   * @param rulebook the rulebook the events are recorded under (for a migration, the target)
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Ruling {
    Checks.notNull(verdict, "verdict");
    payloads = List.copyOf(Checks.notNull(payloads, "payloads"));
    Checks.notNull(rulebook, "rulebook");
  }

  /** {@return whether the request is allowed} */
  public boolean accepted() {
    return verdict.allowed();
  }

  /**
   * Stamps the payloads: each event gets an id from {@code ids}, the time {@code at}, the next
   * sequence after {@code state}'s version, the request's actor and idempotency key, and the
   * rulebook; the state is evolved through them.
   *
   * @param state the state the request was decided on, or {@code null} for a proposal
   * @param request the request
   * @param at the time of the events (truncated to microseconds by the metadata)
   * @param ids makes event ids
   * @return the decision: events and new state, or the refusal with the unchanged state
   */
  public Decision stamp(InnovationState state, Request request, Instant at, IdGenerator ids) {
    Checks.notNull(request, "request");
    Checks.notNull(at, "at");
    Checks.notNull(ids, "ids");
    if (!verdict.allowed()) {
      return new Decision(verdict, List.of(), state);
    }
    if (payloads.size() == 1) {
      // the usual case: one event, kept in a list of one without a copy
      InnovationEvent e = payloads.get(0).stamp(metadata(state, request, rulebook, at, ids, 1));
      return new Decision(verdict, List.of(e), Decider.evolve(state, e));
    }
    List<InnovationEvent> events = new ArrayList<>(payloads.size());
    InnovationState s = state;
    for (int i = 0; i < payloads.size(); i++) {
      InnovationEvent e = payloads.get(i).stamp(metadata(state, request, rulebook, at, ids, i + 1));
      events.add(e);
      s = Decider.evolve(s, e);
    }
    return new Decision(verdict, events, s);
  }

  /**
   * The metadata of the {@code n}th event (from 1) a request leads to: a new id, the time, the
   * sequence after {@code state}'s version, the actor and key, the rulebook.
   */
  static EventMetadata metadata(InnovationState state, Request request, Rulebook rulebook, Instant at,
      IdGenerator ids, int n) {
    InnovationRef target = request.target();
    return new EventMetadata(ids.newEventId(at), target.region(), target.id(), (state == null ? 0 : state.version()) + n,
        at, request.actor().personId(), rulebook.id(), rulebook.version(), request.idempotencyKey());
  }
}
