package id.labinov.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import id.labinov.benchmarks.OneLifecycle.Card;
import id.labinov.benchmarks.OneLifecycle.Stage;
import java.util.List;

/**
 * The lifecycle on stateless4j 2.6.0: one configuration per thread (built once), whose guards read
 * the card currently worked on; one {@link StateMachine} per lifecycle keeping its state in the card
 * (the accessor/mutator constructor), moves recorded by entry actions. Not thread-safe: one per thread.
 */
public final class Stateless4jLifecycle {
  /** Triggers: one per target stage. */
  enum Trigger { TO_DIAGNOSE, TO_DESIGN, TO_DELIVER, TO_DISPLAY }

  private final StateMachineConfig<Stage, Trigger> config = new StateMachineConfig<>();
  private Card current;

  /** Builds the configuration. */
  public Stateless4jLifecycle() {
    config.configure(Stage.DRUM_UP)
        .permitIf(Trigger.TO_DIAGNOSE, Stage.DIAGNOSE, () -> OneLifecycle.allowed(Stage.DIAGNOSE, current));
    config.configure(Stage.DIAGNOSE)
        .onEntryFrom(Trigger.TO_DIAGNOSE, () -> current.record("STAGE_ADVANCED", Stage.DRUM_UP, Stage.DIAGNOSE))
        .permitIf(Trigger.TO_DESIGN, Stage.DESIGN, () -> OneLifecycle.allowed(Stage.DESIGN, current));
    config.configure(Stage.DESIGN)
        .onEntryFrom(Trigger.TO_DESIGN, () -> current.record("STAGE_ADVANCED", Stage.DIAGNOSE, Stage.DESIGN))
        .permitIf(Trigger.TO_DELIVER, Stage.DELIVER, () -> OneLifecycle.allowed(Stage.DELIVER, current));
    config.configure(Stage.DELIVER)
        .onEntryFrom(Trigger.TO_DELIVER, () -> current.record("STAGE_ADVANCED", Stage.DESIGN, Stage.DELIVER))
        .permitIf(Trigger.TO_DISPLAY, Stage.DISPLAY, () -> OneLifecycle.allowed(Stage.DISPLAY, current));
    config.configure(Stage.DISPLAY)
        .onEntryFrom(Trigger.TO_DISPLAY, () -> current.record("STAGE_ADVANCED", Stage.DELIVER, Stage.DISPLAY));
  }

  /**
   * Runs one lifecycle.
   *
   * @return the card and the refusal's verdict
   */
  public HandSwitch.Result lifecycle() {
    Card c = Card.proposed();
    current = c;
    StateMachine<Stage, Trigger> sm = new StateMachine<>(c.stage, () -> c.stage, s -> c.stage = s, config);
    sm.fire(Trigger.TO_DIAGNOSE);
    List<String> verdict = sm.canFire(Trigger.TO_DESIGN) ? List.of() : OneLifecycle.missing(Stage.DESIGN, c);
    c.ideaSummary = OneLifecycle.IDEA_SUMMARY;
    c.record("DETAILS_UPDATED", c.stage, c.stage);
    sm.fire(Trigger.TO_DESIGN);
    sm.fire(Trigger.TO_DELIVER);
    sm.fire(Trigger.TO_DISPLAY);
    current = null;
    return new HandSwitch.Result(c, verdict);
  }
}
