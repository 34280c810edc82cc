package id.labinov.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.contract.ContractData;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Generated command sequences of every command by every role against one new innovation, through
 * the facade on the in-memory store. After every step: the stage moved only along the rulebook and
 * the accepted event names the transition, a refused command changed nothing, the version equals the
 * event count, sequences have no gaps, and replaying the history gives the stored state. Refusals
 * are recorded by code; the run must reach DISPLAY and produce refusals, so it cannot pass vacuously.
 */
class CommandSequenceProperties {
  private static final int SEQUENCES = 400;
  private static final int MAX_LENGTH = 60;

  @Test
  void everyStepKeepsTheEventLogInvariants() {
    Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    AtomicInteger reachedDisplay = new AtomicInteger();
    AtomicInteger sequences = new AtomicInteger();

    qt().withExamples(SEQUENCES).withShrinkCycles(200)
        .forAll(Steps.sequences(MAX_LENGTH))
        .describedAs(Steps::render)
        .checkAssert(steps -> {
          sequences.incrementAndGet();
          FacadeRun run = new FacadeRun(ContractData.details());
          boolean display = false;
          for (int i = 0; i < steps.size(); i++) {
            String where = "step " + (i + 1) + " " + steps.get(i) + " (the whole sequence is printed below)";
            InnovationState before = run.state();
            List<InnovationEvent> historyBefore = run.history();
            Action action = run.resolve(steps.get(i));
            CommandResult result = run.send(action, Options.none());
            InnovationState after = run.state();
            List<InnovationEvent> history = run.history();

            assertLogInvariants(after, history, where);
            if (result == null || !result.accepted()) {
              assertThat(after).as("a refused command changes no state; " + where).isEqualTo(before);
              assertThat(history).as("a refused command appends nothing; " + where).isEqualTo(historyBefore);
              if (result != null) {
                assertThat(result.events()).as(where).isEmpty();
                assertThat(result.verdict().refusals()).as("a refusal names a reason; " + where).isNotEmpty();
                for (Violation v : result.verdict().refusals()) {
                  refusals.computeIfAbsent(v.code(), k -> new AtomicInteger()).incrementAndGet();
                }
              }
            } else {
              accepted.computeIfAbsent(action.getClass().getSimpleName() + " " + result.events().get(0).type(),
                  k -> new AtomicInteger()).incrementAndGet();
              assertThat(result.events()).as(where).isNotEmpty();
              assertThat(history.subList(0, historyBefore.size())).as("history is append-only; " + where)
                  .isEqualTo(historyBefore);
              assertThat(history.subList(historyBefore.size(), history.size())).as(where)
                  .isEqualTo(result.events());
              assertThat(result.state()).as(where).isEqualTo(after);
            }
            assertMovedAlongTheRulebook(run.rulebook, before, after, result, where);
            display |= after.stage().equals("DISPLAY");
          }
          if (display) {
            reachedDisplay.incrementAndGet();
          }
        });

    String report = "over " + sequences + " sequences: reached DISPLAY " + reachedDisplay + " times; refusals "
        + new TreeMap<>(refusals) + "; accepted " + new TreeMap<>(accepted);
    System.out.println(CommandSequenceProperties.class.getSimpleName() + " " + report);
    assertThat(reachedDisplay.get()).as(report).isPositive();
    assertThat(refusals.keySet()).as(report).contains("ROLE_NOT_PERMITTED", "WRONG_STAGE", "WRONG_STATUS",
        "NO_TRANSITION", "EVIDENCE_MISSING", "APPROVALS_MISSING", "FIELD_TOO_SHORT", "DUPLICATE_EVIDENCE");
  }

  static void assertLogInvariants(InnovationState state, List<InnovationEvent> history, String where) {
    assertThat(state.version()).as("version equals event count; " + where).isEqualTo(history.size());
    assertThat(history).extracting(e -> e.metadata().sequence()).as("sequences without gaps; " + where)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, history.size()).boxed().toList());
    assertThat(Decider.replay(history)).as("replay equals the stored state; " + where).isEqualTo(state);
  }

  /**
   * The stage changes only through an accepted moving event that names a rulebook transition from the
   * old stage to the new; status changes only through hold, resume, drop and reopen.
   */
  static void assertMovedAlongTheRulebook(Rulebook rulebook, InnovationState before, InnovationState after,
      CommandResult result, String where) {
    List<InnovationEvent> events = result == null || !result.accepted() ? List.of() : result.events();
    Optional<InnovationEvent> move = events.stream()
        .filter(e -> e instanceof StageAdvanced || e instanceof StageAdvancedConditionally || e instanceof ReturnedForRework)
        .findFirst();
    if (!after.stage().equals(before.stage())) {
      assertThat(move).as("a stage change comes with a moving event; " + where).isPresent();
    }
    move.ifPresent(e -> {
      String transitionId;
      String from;
      String to;
      TransitionKind kind;
      if (e instanceof StageAdvanced a) {
        transitionId = a.transitionId();
        from = a.fromStage();
        to = a.toStage();
        kind = TransitionKind.ADVANCE;
      } else if (e instanceof StageAdvancedConditionally a) {
        transitionId = a.transitionId();
        from = a.fromStage();
        to = a.toStage();
        kind = TransitionKind.CONDITIONAL_ADVANCE;
        assertThat(a.conditions()).as("a conditional GO sets conditions; " + where).isNotEmpty();
      } else {
        ReturnedForRework r = (ReturnedForRework) e;
        transitionId = r.transitionId();
        from = r.fromStage();
        to = r.toStage();
        kind = TransitionKind.RETURN_FOR_REWORK;
      }
      Transition t = rulebook.findTransition(transitionId).orElse(null);
      assertThat(t).as("the event names a rulebook transition; " + where).isNotNull();
      assertThat(t.kind()).as(where).isEqualTo(kind);
      assertThat(t.kind().movesStage()).as(where).isTrue();
      assertThat(t.startsFrom(before.stage())).as("the transition starts from the old stage; " + where).isTrue();
      assertThat(from).as(where).isEqualTo(before.stage());
      assertThat(to).as(where).isEqualTo(t.to()).isEqualTo(after.stage());
      assertThat(before.status()).as("only an active innovation moves; " + where).isEqualTo(InnovationStatus.ACTIVE);
      assertThat(after.approvals()).as("approvals belong to a stage; " + where).isEmpty();
    });
    if (after.status() != before.status()) {
      assertThat(events).as("a status change comes with its event; " + where).hasSize(1);
      InnovationEvent e = events.get(0);
      switch (after.status()) {
        case ON_HOLD -> assertThat(e).as(where).isInstanceOf(PutOnHold.class);
        case DROPPED -> assertThat(e).as(where).isInstanceOf(Dropped.class);
        case ACTIVE -> assertThat(e).as(where).isInstanceOfAny(Resumed.class, Reopened.class);
      }
    }
  }
}
