package id.labinov.core.evaluationflow;

import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_BAPPEDA;
import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DISHUB;
import static id.labinov.core.evaluationflow.EvaluationFlow.IGA;
import static id.labinov.core.evaluationflow.EvaluationFlow.accepted;
import static id.labinov.core.evaluationflow.EvaluationFlow.igaAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.spi.EvaluationStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Evaluators scoring one innovation at once, while its innovator keeps editing it. */
class ConcurrentScoringTest {
  private static final int ROUND = 2024;
  private static final int EVALUATORS = 10;
  private static final int EDITS = 20;

  /** An evaluation store that counts score appends and can refuse the next ones with a conflict. */
  static final class FlakyEvaluationStore implements EvaluationStore {
    final InMemoryEvaluationStore delegate = new InMemoryEvaluationStore();
    final AtomicInteger scoreAppends = new AtomicInteger();
    final AtomicInteger conflicts = new AtomicInteger();
    final AtomicInteger conflictsToInject = new AtomicInteger();

    @Override
    public List<ScoreEntry> scores(InnovationRef ref, String schemeId) {
      return delegate.scores(ref, schemeId);
    }

    @Override
    public void appendScore(ScoreEntry entry) {
      scoreAppends.incrementAndGet();
      if (conflictsToInject.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        conflicts.incrementAndGet();
        throw new VersionConflictException(entry.ref(), entry.sequence() - 1, entry.sequence());
      }
      try {
        delegate.appendScore(entry);
      } catch (VersionConflictException e) {
        conflicts.incrementAndGet();
        throw e;
      }
    }

    @Override
    public List<ScoreEntry> scoresInScope(Scope scope, String schemeId, int round) {
      return delegate.scoresInScope(scope, schemeId, round);
    }

    @Override
    public List<MonitoringEntry> monitoring(InnovationRef ref) {
      return delegate.monitoring(ref);
    }

    @Override
    public void appendMonitoring(MonitoringEntry entry) {
      delegate.appendMonitoring(entry);
    }
  }

  private static Actor evaluator(int i) {
    return Actor.of("penilai-%02d".formatted(i), "OPD" + (i % 3), Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
  }

  /**
   * Ten evaluators at once: each conflict means another evaluator's sheet went in, so nine retries
   * always suffice; the default of three may not (see the report of this suite).
   */
  @RepeatedTest(5)
  void tenEvaluatorsAtOnceAreAllAcceptedWhileTheInnovatorKeepsEditing() throws Exception {
    FlakyEvaluationStore evaluations = new FlakyEvaluationStore();
    LabFixture fx = LabFixture.create(b -> b.evaluationStore(evaluations).conflictRetries(EVALUATORS - 1));
    Labinov lab = fx.lab;
    InnovationRef ref = fx.inDisplay();
    long versionBefore = fx.version(ref);
    fx.store.resetCounts();

    ExecutorService pool = Executors.newFixedThreadPool(EVALUATORS + 1);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<EvaluationDecision<ScoreEntry>>> scored = new ArrayList<>();
      for (int i = 1; i <= EVALUATORS; i++) {
        Actor who = evaluator(i);
        String score = String.valueOf(60 + i);
        scored.add(pool.submit(() -> {
          start.await();
          return lab.evaluations().submitScores(ref, who, IGA, ROUND, igaAll(score));
        }));
      }
      Future<List<CommandResult>> edits = pool.submit((Callable<List<CommandResult>>) () -> {
        start.await();
        List<CommandResult> out = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
          InnovationDetails d = lab.innovations().get(ref).details().withText(InnovationDetails.RESULTS, "Penerima manfaat: " + i);
          out.add(lab.innovations().updateDetails(ref, LabFixture.INNOVATOR, d, Options.none()));
        }
        return out;
      });
      start.countDown();

      for (Future<EvaluationDecision<ScoreEntry>> f : scored) {
        accepted(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(edits.get(30, TimeUnit.SECONDS)).allMatch(CommandResult::accepted);
    } finally {
      pool.shutdownNow();
    }

    List<ScoreEntry> stream = evaluations.scores(ref, IGA);
    assertThat(stream).hasSize(EVALUATORS);
    assertThat(stream).extracting(ScoreEntry::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, EVALUATORS).boxed().toList());
    assertThat(stream).extracting(ScoreEntry::evaluator).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(1, EVALUATORS).mapToObj(i -> evaluator(i).personId()).toList());
    assertThat(stream).extracting(ScoreEntry::entryId).doesNotHaveDuplicates();
    // every failed append was retried: appends = entries + conflicts
    assertThat(evaluations.scoreAppends.get()).isEqualTo(EVALUATORS + evaluations.conflicts.get());

    // mean of 61..70 = 65.50
    assertThat(lab.evaluations().result(ref, IGA, ROUND).orElseThrow().score()).isEqualTo(new BigDecimal("65.50"));
    assertThat(lab.evaluations().result(ref, IGA, ROUND).orElseThrow().evaluatorCount()).isEqualTo(EVALUATORS);

    // the innovator's stream moved by exactly its own edits, with no conflict (one append per edit)
    assertThat(fx.version(ref)).isEqualTo(versionBefore + EDITS);
    assertThat(fx.store.appendAttempts()).isEqualTo(EDITS);
    assertThat(fx.state(ref).details().field(InnovationDetails.RESULTS)).contains("Penerima manfaat: " + (EDITS - 1));
  }

  @Test
  void aStreamConflictIsRetriedWithTheNextSequence() {
    FlakyEvaluationStore evaluations = new FlakyEvaluationStore();
    LabFixture fx = LabFixture.create(b -> b.evaluationStore(evaluations));
    InnovationRef ref = fx.proposed();
    accepted(fx.lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")));
    evaluations.conflictsToInject.set(3);

    EvaluationDecision<ScoreEntry> d = accepted(fx.lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND, igaAll("60")));

    assertThat(d.findEntry().orElseThrow().sequence()).isEqualTo(2);
    assertThat(evaluations.scoreAppends.get()).isEqualTo(1 + 4);
    assertThat(evaluations.scores(ref, IGA)).extracting(ScoreEntry::evaluator)
        .containsExactly(EVAL_DISHUB.personId(), EVAL_BAPPEDA.personId());
  }

  @Test
  void retriesRunOutAfterConflictRetriesAndNothingIsStored() {
    FlakyEvaluationStore evaluations = new FlakyEvaluationStore();
    LabFixture fx = LabFixture.create(b -> b.evaluationStore(evaluations).conflictRetries(2));
    InnovationRef ref = fx.proposed();
    evaluations.conflictsToInject.set(3);

    assertThatThrownBy(() -> fx.lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")))
        .isInstanceOf(VersionConflictException.class);
    assertThat(evaluations.scoreAppends.get()).isEqualTo(3);
    assertThat(evaluations.scores(ref, IGA)).isEmpty();
    // the evaluator may simply try again
    accepted(fx.lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")));
    assertThat(evaluations.scores(ref, IGA)).extracting(ScoreEntry::evaluator)
        .containsExactly(PersonId.of("penilai-dishub-01"));
  }
}
