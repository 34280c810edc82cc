package id.labinov.core.properties;

import id.labinov.core.engine.Command;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.Decision;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Request;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Transition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** One innovation driven through {@link Decider} alone: no facade, no store. */
final class PureRun {
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  final Rulebook rulebook = Rulebooks.fiveD();
  final IdGenerator ids = IdGenerator.from(new Random(62));
  final InnovationRef ref;
  final List<InnovationEvent> events = new ArrayList<>();
  Instant now = Instant.parse("2024-03-04T02:00:00Z");
  InnovationState state;

  PureRun(InnovationDetails details) {
    ref = new InnovationRef(RegionCode.parse("36.02"), ids.newInnovationId(now));
    Decision d = decide(Cast.INNOVATOR, new Command.Propose(details, null));
    events.addAll(d.events());
    state = d.state();
  }

  RuleContext context() {
    return RuleContext.of(now, WIB);
  }

  Decision decide(Actor actor, Command command) {
    return Decider.decide(state, Request.of(ref, actor, command), rulebook, context(), ids);
  }

  /**
   * Turns an action into the command the facade would send, looking a move's transition up from the
   * current stage as the facade does; empty for a wait, nothing, or a move without a transition.
   *
   * @param action the action
   * @return the actor and command
   */
  Optional<Action.Send> command(Action action) {
    if (action instanceof Action.Send s) {
      return Optional.of(s);
    }
    if (action instanceof Action.Move m) {
      Optional<Transition> t = rulebook.transitionsFrom(state.stage()).stream()
          .filter(x -> x.kind() == m.kind() && m.toStage().equals(x.to())).findFirst();
      return t.map(x -> new Action.Send(m.actor(), switch (m.kind()) {
        case ADVANCE -> new Command.Advance(x.id(), List.of());
        case CONDITIONAL_ADVANCE -> new Command.Advance(x.id(), m.conditions());
        default -> new Command.ReturnForRework(x.id(), m.reason());
      }));
    }
    if (action instanceof Action.Wait w) {
      now = now.plus(Duration.ofDays(w.days()));
    }
    return Optional.empty();
  }

  /** Fixes what the next advance's gate misses, without advancing, until nothing is left to fix. */
  void prepare() {
    for (int i = 0; i < 10; i++) {
      Action a = Resolver.resolve(new Step.Progress(3, i), state, rulebook,
          (actor, t) -> Decider.check(state, actor, rulebook, t, context()));
      if (!(a instanceof Action.Send)) {
        return;
      }
      apply(new Step.Progress(3, i));
    }
  }

  /**
   * Resolves and decides one step; an accepted decision becomes the new state.
   *
   * @param step the step
   * @return the decision, or empty if no command was decided
   */
  Optional<Decision> apply(Step step) {
    Action a = Resolver.resolve(step, state, rulebook, (actor, t) -> Decider.check(state, actor, rulebook, t, context()));
    Optional<Action.Send> send = command(a);
    if (send.isEmpty()) {
      return Optional.empty();
    }
    Decision d = decide(send.get().actor(), send.get().command());
    if (d.accepted()) {
      events.addAll(d.events());
      state = d.state();
    }
    return Optional.of(d);
  }
}
