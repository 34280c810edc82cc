package id.labinov.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.core.engine.Availability;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.Decision;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Request;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.contract.ContractData;
import id.labinov.core.spi.contract.EventStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the pure decider: folding the events gives the state, {@code check} and
 * {@code decide} agree, a refusal lists every broken rule, and (through the facade) the same
 * idempotency key applies once.
 */
class DeciderProperties {
  private static final Rulebook FIVE_D = Rulebooks.fiveD();

  @Test
  void foldingTheAcceptedEventsGivesTheStateOfTheLastDecision() {
    AtomicInteger decisions = new AtomicInteger();
    qt().withExamples(150).withShrinkCycles(200)
        .forAll(Steps.sequences(60))
        .describedAs(Steps::render)
        .checkAssert(steps -> {
          PureRun run = new PureRun(ContractData.details());
          for (int i = 0; i < steps.size(); i++) {
            String where = "step " + (i + 1) + " " + steps.get(i);
            InnovationState before = run.state;
            Optional<Decision> d = run.apply(steps.get(i));
            if (d.isEmpty()) {
              assertThat(run.state).as(where).isSameAs(before);
              continue;
            }
            decisions.incrementAndGet();
            if (d.get().accepted()) {
              InnovationState folded = before;
              for (InnovationEvent e : d.get().events()) {
                folded = Decider.evolve(folded, e);
              }
              assertThat(d.get().state()).as("the decision's state is its events folded; " + where).isEqualTo(folded);
              assertThat(d.get().events()).as(where).hasSize(1);
            } else {
              assertThat(d.get().events()).as(where).isEmpty();
              assertThat(d.get().state()).as("a refusal returns the state unchanged; " + where).isSameAs(before);
            }
          }
          assertThat(Decider.replay(run.events)).as("replay of every accepted event").isEqualTo(run.state);
          assertThat(run.state.version()).isEqualTo(run.events.size());
        });
    assertThat(decisions.get()).isGreaterThan(1000);
  }

  // ---------------------------------------------------------------- check and decide agree

  /** A reachable state: a generated history, then optionally the next gate prepared, a hold or a drop. */
  private record Probe(List<Step> prefix, int tail) {
    @Override
    public String toString() {
      return List.of("nothing", "hold", "drop", "prepare the next gate", "prepare, then hold", "prepare the next gate",
          "prepare, then advance conditionally").get(tail) + " after"
          + Steps.render(prefix);
    }
  }

  /**
   * The decider is a value per rulebook: ruling twice on the same state, request and context gives
   * equal verdicts and payloads that stamp to equal events; stamped with a generator seeded as the
   * static form's, it gives that form's decision exactly.
   */
  @Test
  void theDeciderValueRulesTheSameWayEveryTimeWithoutAnIdGenerator() {
    Decider decider = Decider.of(FIVE_D);
    AtomicInteger accepted = new AtomicInteger();
    qt().withExamples(120).withShrinkCycles(50).forAll(Steps.sequences(40)).checkAssert(prefix -> {
      PureRun run = new PureRun(ContractData.details());
      prefix.forEach(run::apply);
      InnovationState s = run.state;
      RuleContext ctx = run.context();
      for (Actor actor : Cast.ALL) {
        for (Transition t : FIVE_D.transitions()) {
          Command command = command(t, false, s, new ArrayList<>(), new ArrayList<>());
          Request request = Request.of(s.ref(), actor, command);
          var first = decider.decide(s, request, ctx);
          var second = decider.decide(s, request, ctx);
          assertThat(second.verdict()).isEqualTo(first.verdict());
          assertThat(second.payloads()).hasSameSizeAs(first.payloads());
          Decision a = first.stamp(s, request, ctx.now(), IdGenerator.from(new Random(9)));
          Decision b = second.stamp(s, request, ctx.now(), IdGenerator.from(new Random(9)));
          Decision legacy = Decider.decide(s, request, FIVE_D, ctx, IdGenerator.from(new Random(9)));
          assertThat(b).isEqualTo(a);
          assertThat(legacy).isEqualTo(a);
          if (a.accepted()) {
            accepted.incrementAndGet();
            assertThat(a.events()).extracting(e -> e.metadata().sequence())
                .startsWith(s.version() + 1);
          }
        }
      }
    });
    assertThat(accepted.get()).as("some rulings were accepted").isPositive();
  }

  /** Makes a conditional advance from the current stage if someone of the cast may, keeping its state. */
  private static void advanceConditionally(PureRun run) {
    for (Transition t : FIVE_D.transitionsFrom(run.state.stage())) {
      if (t.kind() != TransitionKind.CONDITIONAL_ADVANCE) {
        continue;
      }
      for (Actor actor : Cast.ALL) {
        Decision d = run.decide(actor, new Command.Advance(t.id(), List.of("Unggah foto kegiatan",
            "Lengkapi SK tim inovasi")));
        if (d.accepted()) {
          run.state = d.state();
          return;
        }
      }
    }
  }

  @Test
  void checkAndDecideAgree() {
    List<Transition> transitions = FIVE_D.transitions();
    ConcurrentHashMap<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    Gen<List<Step>> prefixes = Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(1, Steps.sequences(40)), org.quicktheories.api.Pair.of(2, Steps.progressing(30))));
    qt().withExamples(160).withShrinkCycles(100)
        .forAll(prefixes.zip(Generate.range(0, 6), Probe::new))
        .checkAssert(probe -> {
          PureRun run = new PureRun(ContractData.details());
          probe.prefix().forEach(run::apply);
          if (probe.tail() >= 3) {
            run.prepare();
          }
          if (probe.tail() == 6) {
            advanceConditionally(run); // a state with open conditions, which the generated prefixes rarely reach
          }
          if (probe.tail() == 1 || probe.tail() == 4) {
            run.apply(new Step.Hold(3));
          } else if (probe.tail() == 2) {
            run.apply(new Step.Drop(3));
          }
          InnovationState s = run.state;
          RuleContext ctx = run.context();
          // every transition (from this stage or not), by every actor, as a gate-only command and a mismatched one
          for (Actor actor : Cast.ALL) {
            for (Transition t : transitions) {
              Verdict check = Decider.check(s, actor, FIVE_D, t.id(), ctx);
              for (int variant = 0; variant < 2; variant++) {
                String where = t.id() + " by " + actor.personId() + (variant == 0 ? "" : " (mismatched command)")
                    + " in " + s.stage() + "/" + s.status();
                List<String> before = new ArrayList<>();
                List<String> after = new ArrayList<>();
                Command command = command(t, variant == 1, s, before, after);

                Decision d = run.decide(actor, command);

                List<String> expected = new ArrayList<>(before);
                expected.addAll(check.codes());
                expected.addAll(after);
                assertThat(d.verdict().codes()).as("decide lists the command's reasons and check's; " + where)
                    .isEqualTo(expected);
                boolean gateOnly = before.isEmpty() && after.isEmpty();
                assertThat(d.accepted()).as("decide accepts iff check allows; " + where).isEqualTo(gateOnly && check.allowed());
                if (gateOnly) {
                  assertThat(d.verdict().violations()).as(where).isEqualTo(check.violations());
                }
                if (d.accepted()) {
                  assertThat(d.events()).as(where).hasSize(1);
                  if (t.kind().movesStage()) {
                    assertThat(d.state().stage()).as(where).isEqualTo(t.to());
                  }
                } else {
                  assertThat(d.state()).as(where).isSameAs(s);
                }
                seen.computeIfAbsent(t.kind() + (d.accepted() ? " accepted" : " refused"), k -> new AtomicInteger())
                    .incrementAndGet();
              }
            }
            for (Availability a : Decider.available(s, actor, FIVE_D, ctx)) {
              assertThat(a.verdict()).as("available agrees with check for " + a.transition().id())
                  .isEqualTo(Decider.check(s, actor, FIVE_D, a.transition().id(), ctx));
            }
            assertThat(Decider.available(s, actor, FIVE_D, ctx).stream().map(a -> a.transition().id()))
                .as("available lists exactly the transitions from the stage")
                .containsExactlyElementsOf(FIVE_D.transitionsFrom(s.stage()).stream().map(Transition::id).toList());
          }
        });
    System.out.println(DeciderProperties.class.getSimpleName() + " check/decide outcomes " + new TreeMap<>(seen));
    assertThat(seen.keySet()).as("both outcomes for every kind: " + new TreeMap<>(seen)).contains(
        "ADVANCE accepted", "ADVANCE refused", "CONDITIONAL_ADVANCE accepted", "CONDITIONAL_ADVANCE refused",
        "RETURN_FOR_REWORK accepted", "RETURN_FOR_REWORK refused", "HOLD accepted", "HOLD refused", "DROP accepted",
        "DROP refused", "REOPEN accepted", "REOPEN refused", "RESUME accepted", "RESUME refused",
        "CLEAR_CONDITION accepted", "CLEAR_CONDITION refused");
  }

  /**
   * Builds the command naming transition {@code t}: gate-only (decide adds nothing of its own), or
   * mismatched, adding the command-level reason to {@code before} or {@code after}.
   */
  private static Command command(Transition t, boolean mismatch, InnovationState s, List<String> before,
      List<String> after) {
    switch (t.kind()) {
      case ADVANCE -> {
        if (mismatch) {
          before.add("CONDITIONS_NOT_ALLOWED");
        }
        return new Command.Advance(t.id(), mismatch ? List.of("syarat") : List.of());
      }
      case CONDITIONAL_ADVANCE -> {
        if (mismatch) {
          before.add("CONDITIONS_REQUIRED");
        }
        return new Command.Advance(t.id(), mismatch ? List.of() : List.of("syarat"));
      }
      case RETURN_FOR_REWORK -> {
        if (mismatch) {
          before.add("WRONG_TRANSITION_KIND");
          return new Command.Advance(t.id(), List.of());
        }
        return new Command.ReturnForRework(t.id(), "perlu perbaikan");
      }
      case HOLD -> {
        return new Command.Hold("menunggu");
      }
      case RESUME -> {
        return new Command.Resume(null);
      }
      case DROP -> {
        return new Command.Drop("berhenti");
      }
      case REOPEN -> {
        return new Command.Reopen("lanjut");
      }
      default -> {
        if (s.openConditions().isEmpty()) {
          return new Command.ClearCondition("c0-0", null); // check already says NO_OPEN_CONDITIONS
        }
        if (mismatch) {
          after.add("NO_SUCH_CONDITION");
          return new Command.ClearCondition("c0-0", null);
        }
        return new Command.ClearCondition(s.openConditions().get(0).id(), null);
      }
    }
  }

  // ---------------------------------------------------------------- a refusal lists every broken rule

  /** Which of the design-to-deliver requirements are met, and some noise that must not count. */
  private record Setup(int met, int shortBy, int extraWords, int actor, boolean noise) {
    boolean has(int bit) {
      return (met & (1 << bit)) != 0;
    }

    @Override
    public String toString() {
      return "met=" + Integer.toBinaryString(met | 128).substring(1) + " shortBy=" + shortBy + " extra=" + extraWords
          + " noise=" + noise + " actor#" + actor;
    }
  }

  private static final int NARRATIVE = 0;
  private static final int ACTION_PLAN = 1;
  private static final int HEAD_APPROVAL = 2;
  private static final int COACH_APPROVAL = 3;
  private static final int GOALS = 4;
  private static final int BENEFITS = 5;
  private static final int ROLE = 6;
  private static final List<String> REQUIREMENTS = List.of("FIELD_TOO_SHORT:designNarrative",
      "EVIDENCE_MISSING:ACTION_PLAN", "APPROVALS_MISSING:OPD_HEAD", "APPROVALS_MISSING:COACH", "FIELD_REQUIRED:goals",
      "FIELD_REQUIRED:benefits", "ROLE_NOT_PERMITTED");

  @Test
  void aRefusalListsEveryBrokenRule() {
    Gen<Setup> setups = Generate.range(0, 127).zip(Generate.range(1, 300), Generate.range(0, 50), Generate.range(0, 9),
        (m, s, e, a) -> new int[] {m, s, e, a}).zip(Generate.booleans(), (x, n) -> new Setup(x[0], x[1], x[2], x[3], n));
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger warned = new AtomicInteger();
    qt().withExamples(1000).forAll(setups).checkAssert(setup -> {
      Actor actor = actorFor(setup);
      InnovationState s = designState(setup);
      Set<String> broken = new LinkedHashSet<>();
      for (int bit = 0; bit < REQUIREMENTS.size(); bit++) {
        if (!setup.has(bit)) {
          broken.add(REQUIREMENTS.get(bit));
        }
      }
      boolean mustBroken = broken.stream().anyMatch(b -> !b.startsWith("FIELD_REQUIRED"));
      RuleContext ctx = RuleContext.of(s.lastChangedAt().plus(Duration.ofDays(1)), PureRun.WIB);

      Decision d = Decider.decide(s, Request.of(s.ref(), actor, new Command.Advance("design-to-deliver", List.of())),
          FIVE_D, ctx, IdGenerator.from(new Random(1)));
      Verdict facts = Rulebooks.check(FIVE_D, "design-to-deliver", facts(setup, actor), ctx);

      assertThat(keys(d.verdict())).as("every broken rule, once").containsExactlyInAnyOrderElementsOf(broken);
      assertThat(keys(facts)).as("the same from plain facts").containsExactlyInAnyOrderElementsOf(broken);
      assertThat(d.accepted()).isEqualTo(!mustBroken);
      for (Violation v : d.verdict().violations()) {
        assertThat(v.severity()).as(v.code()).isEqualTo(v.code().equals("FIELD_REQUIRED") ? Severity.SHOULD : Severity.MUST);
      }
      if (d.accepted()) {
        assertThat(keys(d.verdict().warnings())).containsExactlyInAnyOrderElementsOf(broken);
        assertThat(d.state().stage()).isEqualTo("DELIVER");
        if (!broken.isEmpty()) {
          warned.incrementAndGet();
        }
      } else {
        refused.incrementAndGet();
        assertThat(d.events()).isEmpty();
      }
    });
    assertThat(refused.get()).isGreaterThan(100);
    assertThat(warned.get()).isPositive();
  }

  private static Actor actorFor(Setup setup) {
    List<Actor> allowed = List.of(Cast.COACH, Cast.ADMIN, Cast.SECOND_COACH, Cast.MANY_HATS);
    List<Actor> others = List.of(Cast.INNOVATOR, Cast.HEAD, Cast.OTHER_HEAD, Cast.EVALUATOR, Cast.REGIONAL_HEAD, Cast.CITIZEN);
    return setup.has(ROLE) ? allowed.get(setup.actor() % allowed.size()) : others.get(setup.actor() % others.size());
  }

  private static String narrative(Setup setup) {
    return setup.has(NARRATIVE) ? ContractData.words(300 + setup.extraWords()) : ContractData.words(300 - setup.shortBy());
  }

  /** An innovation in DESIGN, built from events, meeting exactly the requirements the setup names. */
  private static InnovationState designState(Setup setup) {
    IdGenerator ids = IdGenerator.from(new Random(setup.met()));
    InnovationRef ref = new InnovationRef(RegionCode.parse("36.02"), ids.newInnovationId(FacadeRun.T0));
    EventStream s = EventStream.propose(ref, ContractData.details(), null, FacadeRun.T0, ids)
        .evidence("COMMITMENT_LETTER", "komitmen.pdf").approval(Role.OPD_HEAD, "kadis-dinkes")
        .later(Duration.ofDays(2)).moveTo("DIAGNOSE");
    if (setup.noise()) {
      // approvals and evidence that must not count: an earlier stage's approvals, other kinds and roles
      s.approval(Role.COACH, "coach-lan-03").approval(Role.OPD_HEAD, "kadis-dinkes").evidence("PHOTO", "foto.jpg");
    }
    s.later(Duration.ofDays(2)).moveTo("DESIGN");
    InnovationDetails d = ContractData.details().withText(InnovationDetails.DESIGN_NARRATIVE, narrative(setup));
    if (setup.has(GOALS)) {
      d = d.withText(InnovationDetails.GOALS, "Cakupan imunisasi naik.");
    }
    if (setup.has(BENEFITS)) {
      d = d.withText(InnovationDetails.BENEFITS, "Ibu dan balita terlayani.");
    }
    s.details(d);
    if (setup.has(ACTION_PLAN)) {
      s.evidence("ACTION_PLAN", "rencana-aksi.pdf");
    }
    if (setup.has(HEAD_APPROVAL)) {
      s.approval(Role.OPD_HEAD, "kadis-dinkes");
    }
    if (setup.has(COACH_APPROVAL)) {
      s.approval(Role.COACH, "coach-lan-03");
    }
    if (setup.noise()) {
      s.approval(Role.EVALUATOR, "penilai-01").evidence("DECREE", "sk.pdf");
    }
    return s.state();
  }

  private static SimpleFacts facts(Setup setup, Actor actor) {
    SimpleFacts.Builder b = SimpleFacts.builder().stage("DESIGN").status(InnovationStatus.ACTIVE)
        .stageEnteredAt(FacadeRun.T0).actor(actor).field("title", "Posyandu").field("designNarrative", narrative(setup));
    if (setup.has(GOALS)) {
      b.field("goals", "Cakupan imunisasi naik.");
    }
    if (setup.has(BENEFITS)) {
      b.field("benefits", "Ibu dan balita terlayani.");
    }
    b.evidence("ACTION_PLAN", setup.has(ACTION_PLAN) ? 1 : 0).evidence("PHOTO", setup.noise() ? 2 : 0);
    b.approvals(Role.OPD_HEAD, setup.has(HEAD_APPROVAL) ? 1 : 0).approvals(Role.COACH, setup.has(COACH_APPROVAL) ? 1 : 0);
    return b.build();
  }

  private static List<String> keys(Verdict v) {
    return keys(v.violations());
  }

  private static List<String> keys(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.code().equals("ROLE_NOT_PERMITTED") ? v.code() : v.code() + ":" + v.arguments().get(0))
        .toList();
  }

  // ---------------------------------------------------------------- idempotency

  /** A history, a keyed step, then other steps before the retry. */
  private record Retry(List<Step> prefix, Step keyed, List<Step> between) {
    @Override
    public String toString() {
      return "keyed " + keyed + " between" + Steps.render(between) + "after" + Steps.render(prefix);
    }
  }

  @Test
  void theSameIdempotencyKeyTwiceAppliesOnce() {
    // no waiting between the two attempts: the key would expire (7 days), which the contract tests separately
    Gen<Step> noWait = Steps.steps().map(s -> s instanceof Step.Wait w ? new Step.Progress(0, w.days()) : s);
    Gen<Retry> retries = Steps.sequences(30).zip(noWait,
        org.quicktheories.generators.SourceDSL.lists().of(noWait).ofSizeBetween(0, 5), Retry::new);
    ConcurrentHashMap<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    qt().withExamples(300).withShrinkCycles(200).forAll(retries).checkAssert(r -> {
      FacadeRun run = new FacadeRun(ContractData.details());
      r.prefix().forEach(s -> run.send(run.resolve(s), Options.none()));
      Action keyed = run.resolve(r.keyed());
      Options key = Options.idempotent("kunci-" + r.keyed().hashCode());
      int before = run.history().size();

      CommandResult first = run.send(keyed, key);
      if (first == null) {
        return;
      }
      int afterFirst = run.history().size();
      boolean keyStored = run.store.findIdempotency(run.ref.region(), key.idempotencyKey(), run.clock.instant()).isPresent();
      r.between().forEach(s -> run.send(run.resolve(s), Options.none()));
      int beforeRetry = run.history().size();
      CommandResult retry = run.send(keyed, key);

      if (first.accepted()) {
        outcomes.computeIfAbsent("accepted, then replayed", k -> new AtomicInteger()).incrementAndGet();
        assertThat(afterFirst).isEqualTo(before + first.events().size());
        assertThat(keyStored).as("an accepted command stores its key").isTrue();
        assertThat(retry).as("the retry after a lost reply").isNotNull();
        assertThat(retry.replayed()).as("the retry gets the first result back").isTrue();
        assertThat(retry.accepted()).isTrue();
        assertThat(retry.events()).isEqualTo(first.events());
        assertThat(run.history().size()).as("the retry appends nothing").isEqualTo(beforeRetry);
        assertThat(run.history()).containsSubsequence(first.events());
        assertThat(run.history().stream().filter(e -> first.events().contains(e))).hasSize(first.events().size());
        if (keyed instanceof Action.Send s) {
          assertThatThrownBy(() -> run.send(new Action.Send(s.actor(), new Command.Hold("lain")), key))
              .isInstanceOf(IdempotencyKeyReusedException.class);
        }
      } else {
        outcomes.computeIfAbsent("refused, key unused", k -> new AtomicInteger()).incrementAndGet();
        assertThat(afterFirst).as("a refusal appends nothing").isEqualTo(before);
        assertThat(keyStored).as("a refusal uses up no key").isFalse();
        assertThat(retry.replayed()).isFalse();
        assertThat(run.history().size()).isEqualTo(beforeRetry + retry.events().size());
      }
    });
    assertThat(outcomes.keySet()).as(outcomes.toString()).contains("accepted, then replayed", "refused, key unused");
  }

  /** A sanity check of the harness: the facade and the pure decider agree on a fixed sequence. */
  @Test
  void theFacadeAndThePureDeciderReachTheSameState() {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      steps.add(new Step.Progress(0, i));
    }
    FacadeRun facade = new FacadeRun(ContractData.details());
    PureRun pure = new PureRun(ContractData.details());
    for (Step s : steps) {
      facade.send(facade.resolve(s), Options.none());
      pure.apply(s);
    }
    assertThat(facade.state().stage()).isEqualTo(pure.state.stage()).isEqualTo("DISPLAY");
    assertThat(facade.history()).extracting(InnovationEvent::type)
        .containsExactlyElementsOf(pure.events.stream().map(InnovationEvent::type).toList());
  }
}
