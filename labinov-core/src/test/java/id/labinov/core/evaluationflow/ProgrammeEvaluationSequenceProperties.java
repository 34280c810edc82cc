package id.labinov.core.evaluationflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.EvaluationResult;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.evaluation.ScoreSheet;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Role;
import id.labinov.core.programme.LabFixture;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeDecision;
import id.labinov.core.programme.ProgrammeProgress;
import id.labinov.core.programme.ProgrammeStatus;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated command sequences that mix innovation commands with programme commands (propose into the
 * programme, adjust its schedule, close it) and evaluation commands (score sheets by evaluators with
 * and without a conflict of interest, in two rounds; monitoring entries), all through the facade on
 * in-memory stores. After every step: each innovation's history replays to its state without gaps;
 * the score and monitoring streams hold exactly the accepted entries, in order, gapless (no lost and
 * no extra entries), one sheet per evaluator and round; the aggregated result equals the scheme's
 * aggregate of the accepted sheets in reverse order; a refused programme command changes nothing; and
 * the programme's progress counts agree with the innovations' own stages and statuses. The run must
 * produce accepted scores, monitoring, and the main refusals, so it cannot pass vacuously.
 */
class ProgrammeEvaluationSequenceProperties {
  private static final int SEQUENCES = 120;
  private static final int MAX_LENGTH = 70;
  private static final List<String> OPDS = List.of("DINKES", "DISDIK", "DISKOMINFO", "DPMPTSP", "DISHUB");
  private static final List<Actor> EVALUATORS = List.of(EvaluationFlow.EVAL_DISHUB, EvaluationFlow.EVAL_BAPPEDA,
      EvaluationFlow.EVAL_DISDIK, EvaluationFlow.EVAL_DINSOS,
      Actor.of("asn-dinkes", "DINKES", Role.EVALUATOR, Role.INNOVATOR).in(id.labinov.core.model.RegionCode.parse("36.02")), LabFixture.innovator("DISDIK"));
  private static final List<String> STAGES = List.of("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");

  /** One generated step; {@code i} picks an innovation modulo how many exist. */
  sealed interface Step {
    record Progress(int i) implements Step {}

    record Wait(int days) implements Step {}

    record Score(int i, int evaluator, int round, int seed, int mode) implements Step {}

    record Monitor(int i, int value) implements Step {}

    record Adjust(int shiftDays, int stage) implements Step {}

    record Close() implements Step {}

    record Propose(int opd) implements Step {}

    record Hold(int i) implements Step {}

    record Resume(int i) implements Step {}

    record Drop(int i) implements Step {}
  }

  static Gen<Step> steps() {
    Gen<Integer> pick = Generate.range(0, 9);
    return Generate.frequency(List.of(
        Pair.of(30, pick.map(i -> (Step) new Step.Progress(i))),
        Pair.of(6, Generate.range(1, 60).map(d -> (Step) new Step.Wait(d))),
        Pair.of(22, pick.zip(Generate.range(0, EVALUATORS.size() - 1), Generate.range(2019, 2020),
            Generate.range(0, 9999), (i, e, r, s) -> new int[] {i, e, r, s})
            .zip(Generate.range(0, 9), (a, m) -> (Step) new Step.Score(a[0], a[1], a[2], a[3], m))),
        Pair.of(6, pick.zip(Generate.range(0, 5000), (i, v) -> (Step) new Step.Monitor(i, v))),
        Pair.of(3, Generate.range(-40, 40).zip(Generate.range(0, STAGES.size() - 1),
            (d, s) -> (Step) new Step.Adjust(d, s))),
        Pair.of(1, Generate.constant((Step) new Step.Close())),
        Pair.of(4, Generate.range(0, OPDS.size() - 1).map(o -> (Step) new Step.Propose(o))),
        Pair.of(2, pick.map(i -> (Step) new Step.Hold(i))),
        Pair.of(2, pick.map(i -> (Step) new Step.Resume(i))),
        Pair.of(1, pick.map(i -> (Step) new Step.Drop(i)))));
  }

  @Test
  void programmeAndEvaluationCommandsKeepEveryStreamConsistent() {
    Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();

    qt().withExamples(SEQUENCES).withShrinkCycles(100)
        .forAll(lists().of(steps()).ofSizeBetween(1, MAX_LENGTH))
        .describedAs(s -> s.stream().map(String::valueOf).collect(Collectors.joining("\n  ", "\n  ", "")))
        .checkAssert(steps -> new World(refusals, accepted).run(steps));

    String report = "refusals " + new TreeMap<>(refusals) + "; accepted " + new TreeMap<>(accepted);
    System.out.println(ProgrammeEvaluationSequenceProperties.class.getSimpleName() + " " + report);
    assertThat(accepted.keySet()).as(report).contains("score", "monitoring", "propose", "adjust", "close");
    assertThat(refusals.keySet()).as(report).contains("CONFLICT_OF_INTEREST_OPD", "CONFLICT_OF_INTEREST_INNOVATOR",
        "ALREADY_SCORED", "SCORE_OFF_SCALE", "NOT_YET_DISPLAYED", "OPD_NOT_PARTICIPATING", "PROGRAMME_CLOSED");
  }

  /** One sequence's lab, with the model of what the evaluation streams must hold. */
  private static final class World {
    final InMemoryEvaluationStore evaluations = new InMemoryEvaluationStore();
    final LabFixture fx = new LabFixture(b -> b.evaluationStore(evaluations));
    final Labinov lab = fx.lab;
    final EvaluationScheme iga = lab.evaluations().scheme(EvaluationFlow.IGA);
    final List<InnovationRef> refs = new ArrayList<>();
    final Map<InnovationRef, List<ScoreEntry>> scores = new HashMap<>();
    final Map<InnovationRef, List<MonitoringEntry>> monitoring = new HashMap<>();
    final Map<String, AtomicInteger> refusals;
    final Map<String, AtomicInteger> accepted;

    World(Map<String, AtomicInteger> refusals, Map<String, AtomicInteger> accepted) {
      this.refusals = refusals;
      this.accepted = accepted;
      fx.openLebak2019();
      for (String opd : OPDS.subList(0, 3)) {
        refs.add(fx.propose("Inovasi " + opd, opd, LabFixture.PROGRAMME_ID));
      }
    }

    void run(List<Step> steps) {
      for (int n = 0; n < steps.size(); n++) {
        String where = "step " + (n + 1) + " " + steps.get(n) + " (the whole sequence is printed below)";
        Programme before = programme();
        Optional<ProgrammeDecision> programmeDecision = apply(steps.get(n), where);
        programmeDecision.ifPresent(d -> {
          if (d.accepted()) {
            assertThat(programme().version()).as(where).isEqualTo(before.version() + 1);
          } else {
            assertThat(d.verdict().refusals()).as("a refusal names a reason; " + where).isNotEmpty();
            assertThat(programme()).as("a refused programme command changes nothing; " + where).isEqualTo(before);
          }
        });
        checkInvariants(where);
      }
    }

    private Programme programme() {
      return lab.programmes().find(LabFixture.LEBAK, LabFixture.PROGRAMME_ID).orElseThrow();
    }

    private InnovationRef ref(int i) {
      return refs.get(i % refs.size());
    }

    private Optional<ProgrammeDecision> apply(Step step, String where) {
      if (step instanceof Step.Progress p) {
        InnovationRef ref = ref(p.i());
        if (lab.innovations().get(ref).status() == InnovationStatus.ACTIVE) {
          note("advance", fx.advanceOnce(ref));
        }
      } else if (step instanceof Step.Wait w) {
        fx.clock.advance(java.time.Duration.ofDays(w.days()));
      } else if (step instanceof Step.Score s) {
        score(ref(s.i()), EVALUATORS.get(s.evaluator()), s.round(), s.seed(), s.mode(), where);
      } else if (step instanceof Step.Monitor m) {
        InnovationRef ref = ref(m.i());
        EvaluationDecision<MonitoringEntry> d = lab.evaluations().recordMonitoring(ref, LabFixture.ADMIN, "penerima_layanan",
            BigDecimal.valueOf(m.value()), LocalDate.ofInstant(fx.clock.instant(), LabFixture.WIB), null);
        note("monitoring", d.verdict());
        d.findEntry().ifPresent(e -> monitoring.computeIfAbsent(ref, k -> new ArrayList<>()).add(e));
        assertThat(d.accepted()).as(where).isEqualTo(d.findEntry().isPresent());
      } else if (step instanceof Step.Adjust a) {
        Map<String, PhaseWindow> schedule = new LinkedHashMap<>(programme().schedule());
        String stage = STAGES.get(a.stage());
        PhaseWindow w = schedule.get(stage);
        schedule.put(stage, new PhaseWindow(w.start().plusDays(a.shiftDays()), w.end().plusDays(a.shiftDays())));
        ProgrammeDecision d = lab.programmes().adjustSchedule(LabFixture.ADMIN, LabFixture.LEBAK, LabFixture.PROGRAMME_ID, schedule);
        note("adjust", d.verdict());
        return Optional.of(d);
      } else if (step instanceof Step.Close) {
        if (programme().status() == ProgrammeStatus.CLOSED) {
          return Optional.empty();
        }
        ProgrammeDecision d = lab.programmes().close(LabFixture.ADMIN, LabFixture.LEBAK, LabFixture.PROGRAMME_ID,
            "Pekan inovasi selesai");
        note("close", d.verdict());
        return Optional.of(d);
      } else if (step instanceof Step.Propose p) {
        String opd = OPDS.get(p.opd());
        CommandResult r = lab.innovations().propose(LabFixture.LEBAK, LabFixture.innovator(opd),
            InnovationDetails.titled("Usulan " + opd + " " + refs.size()).withOpd(OpdCode.of(opd)),
            LabFixture.PROGRAMME_ID, Options.none());
        note("propose", r);
        if (r.accepted()) {
          refs.add(r.ref());
        }
      } else if (step instanceof Step.Hold h) {
        note("hold", lab.innovations().hold(ref(h.i()), LabFixture.ADMIN, "Menunggu anggaran", Options.none()));
      } else if (step instanceof Step.Resume r) {
        note("resume", lab.innovations().resume(ref(r.i()), LabFixture.ADMIN, "Anggaran turun", Options.none()));
      } else if (step instanceof Step.Drop d) {
        note("drop", lab.innovations().drop(ref(d.i()), LabFixture.ADMIN, "Tidak dilanjutkan", Options.none()));
      }
      return Optional.empty();
    }

    /** Modes: 0-6 a full sheet on the scale, 7 one score off the scale, 8 a criterion missing, 9 a boundary sheet. */
    private void score(InnovationRef ref, Actor evaluator, int round, int seed, int mode, String where) {
      Map<String, BigDecimal> sheet = new LinkedHashMap<>();
      int k = 0;
      for (var c : iga.criteria()) {
        int value = mode == 9 ? (k % 2 == 0 ? 0 : 100) : (seed * (k + 7) + k * 13) % 101;
        sheet.put(c.code(), BigDecimal.valueOf(value));
        k++;
      }
      String first = iga.criteria().get(0).code();
      if (mode == 7) {
        sheet.put(first, BigDecimal.valueOf(101 + seed % 50));
      } else if (mode == 8) {
        sheet.remove(first);
      }
      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, evaluator, EvaluationFlow.IGA, round, sheet);
      note("score", d.verdict());
      assertThat(d.accepted()).as(where).isEqualTo(d.findEntry().isPresent());
      d.findEntry().ifPresent(e -> {
        assertThat(e.scores()).as(where).isEqualTo(sheet);
        scores.computeIfAbsent(ref, x -> new ArrayList<>()).add(e);
      });
    }

    private void note(String action, CommandResult r) {
      note(action, r.verdict());
    }

    private void note(String action, Verdict v) {
      if (v.allowed()) {
        accepted.computeIfAbsent(action, x -> new AtomicInteger()).incrementAndGet();
      }
      for (Violation x : v.refusals()) {
        refusals.computeIfAbsent(x.code(), y -> new AtomicInteger()).incrementAndGet();
      }
    }

    private void checkInvariants(String where) {
      Map<String, Long> perStage = new HashMap<>();
      long dropped = 0;
      for (InnovationRef ref : refs) {
        InnovationState state = lab.innovations().get(ref);
        List<InnovationEvent> history = lab.innovations().history(ref);
        assertThat(state.version()).as("version equals event count; " + where).isEqualTo(history.size());
        assertThat(history).extracting(e -> e.metadata().sequence()).as("no gaps; " + where)
            .containsExactlyElementsOf(LongStream.rangeClosed(1, history.size()).boxed().toList());
        assertThat(Decider.replay(history)).as("replay equals the state; " + where).isEqualTo(state);
        if (state.status() == InnovationStatus.DROPPED) {
          dropped++;
        } else {
          perStage.merge(state.stage(), 1L, Long::sum);
        }

        List<ScoreEntry> expected = scores.getOrDefault(ref, List.of());
        List<ScoreEntry> stored = evaluations.scores(ref, EvaluationFlow.IGA);
        assertThat(stored).as("the score stream holds exactly the accepted sheets; " + where)
            .containsExactlyElementsOf(expected);
        assertThat(stored).extracting(ScoreEntry::sequence).as("score sequence without gaps; " + where)
            .containsExactlyElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
        assertThat(stored.stream().map(e -> e.evaluator() + "@" + e.round()).distinct().count())
            .as("one sheet per evaluator and round; " + where).isEqualTo(stored.size());
        for (int round = 2019; round <= 2020; round++) {
          int r = round;
          List<ScoreSheet> sheets = new ArrayList<>(expected.stream().filter(e -> e.round() == r)
              .map(e -> new ScoreSheet(e.evaluator(), e.scores())).toList());
          java.util.Collections.reverse(sheets);
          Optional<EvaluationResult> result = lab.evaluations().result(ref, EvaluationFlow.IGA, round);
          if (sheets.isEmpty()) {
            assertThat(result).as(where).isEmpty();
          } else {
            assertThat(result).as("the result aggregates the accepted sheets in any order; " + where)
                .contains(iga.aggregate(sheets));
          }
        }
        assertThat(lab.evaluations().monitoring(ref)).as("the monitoring stream holds exactly the accepted entries; " + where)
            .containsExactlyElementsOf(monitoring.getOrDefault(ref, List.of()));
      }
      ProgrammeProgress progress = lab.programmes().progress(LabFixture.LEBAK, LabFixture.PROGRAMME_ID);
      assertThat(progress.total()).as("progress counts every innovation; " + where).isEqualTo(refs.size());
      assertThat(progress.dropped()).as(where).isEqualTo(dropped);
      for (String stage : STAGES) {
        assertThat(progress.perStage().get(stage)).as("progress in " + stage + "; " + where)
            .isEqualTo(perStage.getOrDefault(stage, 0L));
      }
      assertThat(progress.reachedFinalStage()).as(where).isEqualTo(perStage.getOrDefault("DISPLAY", 0L));
    }
  }
}
