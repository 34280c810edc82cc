package id.labinov.benchmarks;

import id.labinov.benchmarks.OneLifecycle.Card;
import id.labinov.benchmarks.OneLifecycle.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The lifecycle on Spring Statemachine 4.0.1 (reactive API, no application context): one machine
 * per thread, built once; per lifecycle it is stopped, reset to {@code DRUM_UP} with the new card in
 * its extended state (as a persister's restore does) and started. Guards read the card, transition
 * actions record the moves. Not thread-safe: one per thread.
 */
public final class SpringStatemachineLifecycle {
  /** Events: one per target stage. */
  enum Trigger { TO_DIAGNOSE, TO_DESIGN, TO_DELIVER, TO_DISPLAY }

  private static final String CARD = "card";
  private final StateMachine<Stage, Trigger> machine;

  /** Builds the machine. */
  public SpringStatemachineLifecycle() {
    try {
      StateMachineBuilder.Builder<Stage, Trigger> b = StateMachineBuilder.builder();
      b.configureConfiguration().withConfiguration().autoStartup(false);
      b.configureStates().withStates().initial(Stage.DRUM_UP).states(EnumSet.allOf(Stage.class));
      b.configureTransitions()
          .withExternal().source(Stage.DRUM_UP).target(Stage.DIAGNOSE).event(Trigger.TO_DIAGNOSE)
          .guard(c -> OneLifecycle.allowed(Stage.DIAGNOSE, card(c))).action(c -> move(c, Stage.DRUM_UP, Stage.DIAGNOSE))
          .and().withExternal().source(Stage.DIAGNOSE).target(Stage.DESIGN).event(Trigger.TO_DESIGN)
          .guard(c -> OneLifecycle.allowed(Stage.DESIGN, card(c))).action(c -> move(c, Stage.DIAGNOSE, Stage.DESIGN))
          .and().withExternal().source(Stage.DESIGN).target(Stage.DELIVER).event(Trigger.TO_DELIVER)
          .guard(c -> OneLifecycle.allowed(Stage.DELIVER, card(c))).action(c -> move(c, Stage.DESIGN, Stage.DELIVER))
          .and().withExternal().source(Stage.DELIVER).target(Stage.DISPLAY).event(Trigger.TO_DISPLAY)
          .guard(c -> OneLifecycle.allowed(Stage.DISPLAY, card(c))).action(c -> move(c, Stage.DELIVER, Stage.DISPLAY));
      machine = b.build();
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the Spring state machine", e);
    }
  }

  private static Card card(StateContext<Stage, Trigger> c) {
    return c.getExtendedState().get(CARD, Card.class);
  }

  private static void move(StateContext<Stage, Trigger> c, Stage from, Stage to) {
    Card card = card(c);
    card.record("STAGE_ADVANCED", from, to);
    card.stage = to;
  }

  /**
   * Runs one lifecycle.
   *
   * @return the card and the refusal's verdict
   */
  public HandSwitch.Result lifecycle() {
    Card c = Card.proposed();
    machine.stopReactively().block();
    DefaultExtendedState extended = new DefaultExtendedState(new java.util.HashMap<>(Map.of(CARD, c)));
    machine.getStateMachineAccessor().doWithAllRegions(a -> a.resetStateMachineReactively(
        new DefaultStateMachineContext<>(Stage.DRUM_UP, null, null, extended)).block());
    machine.startReactively().block();
    send(Trigger.TO_DIAGNOSE, Stage.DIAGNOSE);
    List<String> verdict = send(Trigger.TO_DESIGN, Stage.DESIGN) ? List.of() : OneLifecycle.missing(Stage.DESIGN, c);
    c.ideaSummary = OneLifecycle.IDEA_SUMMARY;
    c.record("DETAILS_UPDATED", c.stage, c.stage);
    send(Trigger.TO_DESIGN, Stage.DESIGN);
    send(Trigger.TO_DELIVER, Stage.DELIVER);
    send(Trigger.TO_DISPLAY, Stage.DISPLAY);
    return new HandSwitch.Result(c, verdict);
  }

  /** Sends an event; a guard that says no still counts as ACCEPTED in Spring, so the state tells. */
  private boolean send(Trigger t, Stage expected) {
    StateMachineEventResult<Stage, Trigger> r =
        machine.sendEvent(Mono.just(MessageBuilder.withPayload(t).build())).blockLast();
    return r != null && r.getResultType() == StateMachineEventResult.ResultType.ACCEPTED
        && machine.getState().getId() == expected;
  }
}
