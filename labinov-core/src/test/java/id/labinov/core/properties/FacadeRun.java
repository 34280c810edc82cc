package id.labinov.core.properties;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Request;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.contract.SteppingClock;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** One new innovation driven through the facade on fresh in-memory stores. */
final class FacadeRun {
  static final RegionCode LEBAK = RegionCode.parse("36.02");
  static final Instant T0 = Instant.parse("2024-03-04T02:00:00Z");

  final SteppingClock clock = new SteppingClock(T0);
  final InMemoryInnovationStore store = new InMemoryInnovationStore();
  final Labinov lab = Labinov.builder()
      .clock(clock)
      .ids(IdGenerator.from(new Random(36)))
      .innovationStore(store)
      .rulebookStore(new InMemoryRulebookStore())
      .rulebook(Rulebooks.fiveD())
      .build();
  final Rulebook rulebook = Rulebooks.fiveD();
  final InnovationRef ref;

  FacadeRun(InnovationDetails details) {
    ref = lab.innovations().propose(LEBAK, Cast.INNOVATOR, details).orThrow().ref();
  }

  InnovationState state() {
    return lab.innovations().get(ref);
  }

  List<InnovationEvent> history() {
    return List.copyOf(lab.innovations().history(ref));
  }

  Action resolve(Step step) {
    return Resolver.resolve(step, state(), rulebook, (actor, transition) -> lab.innovations().check(ref, actor, transition));
  }

  /**
   * Sends an action through the facade.
   *
   * @param action the action
   * @param options key and expected version
   * @return the result, or {@code null} if no command was sent
   */
  CommandResult send(Action action, Options options) {
    if (action instanceof Action.Send s) {
      return lab.innovations().execute(new Request(ref, s.actor(), s.command(), options.idempotencyKey(), options.expectedVersion()));
    } else if (action instanceof Action.Move m) {
      return switch (m.kind()) {
        case ADVANCE -> lab.innovations().advance(ref, m.actor(), m.toStage(), options);
        case CONDITIONAL_ADVANCE -> lab.innovations().advanceConditionally(ref, m.actor(), m.toStage(), m.conditions(), options);
        case RETURN_FOR_REWORK -> lab.innovations().returnForRework(ref, m.actor(), m.toStage(), m.reason(), options);
        default -> throw new IllegalArgumentException("not a move: " + m);
      };
    } else if (action instanceof Action.Wait w) {
      clock.advanceDays(w.days());
    }
    return null;
  }
}
