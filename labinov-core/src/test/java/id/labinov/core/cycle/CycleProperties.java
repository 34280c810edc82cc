package id.labinov.core.cycle;

import id.labinov.core.rules.SustainabilitySettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.memory.InMemoryCycleStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the yearly cycle over generated inputs: an innovation never exceeds a competition's
 * entry limit (generated sequences of entries and result updates by several actors, and concurrent
 * writers); a lapsed innovation is watched again as soon as monitoring resumes, and the watch's state
 * always follows its definition; the what-if of "no change" equals the current estimate, which equals
 * the index estimated from the indicator levels, and every choice equals the estimate with that one change.
 */
class CycleProperties {
  private static final List<Actor> WRITERS = List.of(LabFixture.HEAD, LabFixture.ADMIN, LabFixture.INNOVATOR,
      LabFixture.OTHER_HEAD);

  @Test
  void anInnovationNeverExceedsTheEntryLimit() {
    AtomicInteger refusedForTheLimit = new AtomicInteger();
    AtomicInteger updates = new AtomicInteger();
    qt().withExamples(120).forAll(lists().of(lists().of(integers().between(0, 1000)).ofSize(4)).ofSizeBetween(1, 25))
        .checkAssert(raw -> {
          InMemoryCycleStore store = new InMemoryCycleStore();
          LabFixture fx = LabFixture.create(b -> b.cycleStore(store));
          InnovationRef ref = fx.inDisplay();
          Map<Competition, Set<Integer>> model = new HashMap<>();
          for (List<Integer> n : raw) {
            Competition c = Competition.values()[n.get(0) % 2];
            int year = 2023 + n.get(1) % 6;
            EntryResult result = EntryResult.values()[n.get(2) % EntryResult.values().length];
            Actor who = WRITERS.get(n.get(3) % WRITERS.size());
            Set<Integer> years = model.computeIfAbsent(c, k -> new TreeSet<>());
            int limit = EligibilityRules.shipped().forYear(c, year).maxEntries().orElse(Integer.MAX_VALUE);
            boolean known = years.contains(year);
            try {
              fx.lab.cycle().recordEntry(who, ref, c, year, EntryGroup.GENERAL, result, null);
              assertThat(who).as("another unit's head is refused").isNotEqualTo(LabFixture.OTHER_HEAD);
              assertThat(known || years.size() < limit).as("accepted within the limit").isTrue();
              if (known) {
                updates.incrementAndGet();
              }
              years.add(year);
            } catch (InvalidValueException e) {
              assertThat(e.code()).isEqualTo("ENTRY_LIMIT_REACHED");
              assertThat(known || years.size() < limit).as("refused only at the limit").isFalse();
              refusedForTheLimit.incrementAndGet();
            } catch (CycleRefusedException e) {
              assertThat(who).isEqualTo(LabFixture.OTHER_HEAD);
            }
            for (Competition each : Competition.values()) {
              Set<Integer> stored = new TreeSet<>();
              store.entries(ref).stream().filter(e -> e.competition() == each).forEach(e -> stored.add(e.year()));
              assertThat(stored).isEqualTo(model.getOrDefault(each, Set.of()));
              if (each == Competition.IGA) {
                assertThat(stored.size()).as("IGA entry years").isLessThanOrEqualTo(2);
              }
            }
          }
        });
    assertThat(refusedForTheLimit.get()).as("the limit was reached in some sequences").isGreaterThan(20);
    assertThat(updates.get()).as("results were updated in some sequences").isGreaterThan(20);
  }

  @Test
  void concurrentWritersOfNewYearsNeverExceedTheLimit() throws Exception {
    for (int round = 0; round < 15; round++) {
      InMemoryCycleStore store = new InMemoryCycleStore();
      LabFixture fx = LabFixture.create(b -> b.cycleStore(store).conflictRetries(20));
      InnovationRef ref = fx.inDisplay();
      int writers = 4;
      CyclicBarrier start = new CyclicBarrier(writers);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      try {
        List<Future<Boolean>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          int year = 2023 + w;
          results.add(pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            try {
              fx.lab.cycle().recordEntry(LabFixture.ADMIN, ref, Competition.IGA, year, EntryGroup.GENERAL,
                  EntryResult.ENTERED, null);
              return true;
            } catch (InvalidValueException e) {
              assertThat(e.code()).isEqualTo("ENTRY_LIMIT_REACHED");
              return false;
            }
          }));
        }
        int accepted = 0;
        for (Future<Boolean> f : results) {
          accepted += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(2);
        assertThat(store.entries(ref)).hasSize(2);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aLapsedInnovationIsWatchedAgainWhenMonitoringResumes() {
    AtomicInteger lapsed = new AtomicInteger();
    qt().withExamples(400).forAll(lists().of(integers().between(0, 400)).ofSize(3),
            lists().of(integers().between(0, 2000)).ofSizeBetween(0, 8), integers().between(0, 2500))
        .checkAssert((setting, entryOffsets, todayOffset) -> {
          int months = 1 + setting.get(0) % 6;
          int atRisk = setting.get(1) % 91;
          int extra = 1 + setting.get(2);
          SustainabilitySettings s = new SustainabilitySettings(Period.ofMonths(months), atRisk, atRisk + extra);
          LocalDate shown = LocalDate.of(2019, 12, 10);
          LocalDate today = shown.plusDays(todayOffset);
          List<LocalDate> days = new ArrayList<>();
          entryOffsets.forEach(o -> days.add(shown.plusDays(o)));
          WatchAssessment a = SustainabilityWatch.assess(s, shown, days, today);
          // the definition, computed apart
          LocalDate last = shown;
          boolean any = false;
          for (LocalDate d : days) {
            if (!d.isAfter(today) && !d.isBefore(shown) && (!any || d.isAfter(last))) {
              last = d;
              any = true;
            }
          }
          long overdue = Math.max(0, ChronoUnit.DAYS.between(last.plusMonths(months), today));
          assertThat(a.overdueDays()).isEqualTo(overdue);
          assertThat(a.state()).isEqualTo(overdue > s.lapsedAfterDays() ? WatchState.LAPSED
              : overdue > s.atRiskAfterDays() ? WatchState.AT_RISK : WatchState.WATCHED);
          if (a.state() == WatchState.LAPSED) {
            lapsed.incrementAndGet();
            List<LocalDate> resumed = new ArrayList<>(days);
            resumed.add(today);
            WatchAssessment after = SustainabilityWatch.assess(s, shown, resumed, today);
            assertThat(after.state()).isEqualTo(WatchState.WATCHED);
            assertThat(after.overdueDays()).isZero();
            assertThat(after.lastEntry()).contains(today);
          }
        });
    assertThat(lapsed.get()).as("lapsed cases generated").isGreaterThan(50);
  }

  @Test
  void theWhatIfOfNoChangeIsTheCurrentEstimate() {
    EvaluationScheme scheme = EvaluationSchemes.iidInnovationIndicators();
    List<Criterion> criteria = scheme.criteria();
    RatingBands bands = RatingBands.forYear(2025);
    qt().withExamples(300).forAll(lists().of(lists().of(integers().between(0, 3)).ofSize(criteria.size()))
                .ofSizeBetween(0, 24), lists().of(integers().between(0, 1)).ofSize(24), integers().between(0, 63),
            integers().between(0, 76))
        .checkAssert((levelRows, submittedFlags, spd, count) -> {
          List<SubmissionCandidate> candidates = new ArrayList<>();
          List<Map<String, Integer>> submittedLevels = new ArrayList<>();
          for (int i = 0; i < levelRows.size(); i++) {
            Map<String, Integer> levels = new TreeMap<>();
            BigDecimal score = BigDecimal.ZERO;
            for (int k = 0; k < criteria.size(); k++) {
              int level = Math.min(levelRows.get(i).get(k), criteria.get(k).maxLevel());
              levels.put(criteria.get(k).code(), level);
              score = score.add(criteria.get(k).weight().multiply(BigDecimal.valueOf(level)));
            }
            boolean submitted = submittedFlags.get(i) == 1;
            if (submitted) {
              submittedLevels.add(levels);
            }
            candidates.add(new SubmissionCandidate(new InnovationId(new UUID(0, i + 1L)), "Inovasi " + i, score,
                submitted));
          }
          BigDecimal spdScore = BigDecimal.valueOf(spd);
          BigDecimal countScore = BigDecimal.valueOf(count);
          BigDecimal max = scheme.scale().max();
          RegionalIndexEstimate fromLevels = RegionalIndex.estimate(2026, submittedLevels, spdScore, countScore, bands);
          RegionalIndexEstimate noChange = SubmissionWhatIf.estimate(2026, candidates, Set.of(), Set.of(), max, spdScore,
              countScore, bands);
          SubmissionWhatIf analysis = SubmissionWhatIf.analyse(2026, candidates, max, spdScore, countScore, bands);
          assertThat(noChange).isEqualTo(fromLevels);
          assertThat(analysis.current()).isEqualTo(fromLevels);
          assertThat(analysis.choices()).hasSize(candidates.size());
          Set<InnovationId> seen = new HashSet<>();
          BigDecimal previous = null;
          for (SubmissionChoice c : analysis.choices()) {
            assertThat(seen.add(c.innovation())).isTrue();
            Set<InnovationId> one = Set.of(c.innovation());
            RegionalIndexEstimate expected = c.kind() == SubmissionChoice.Kind.ADD
                ? SubmissionWhatIf.estimate(2026, candidates, one, Set.of(), max, spdScore, countScore, bands)
                : SubmissionWhatIf.estimate(2026, candidates, Set.of(), one, max, spdScore, countScore, bands);
            assertThat(c.after()).isEqualTo(expected);
            assertThat(c.change()).isEqualByComparingTo(expected.index().subtract(fromLevels.index()));
            if (previous != null) {
              assertThat(c.change()).isLessThanOrEqualTo(previous);
            }
            previous = c.change();
          }
        });
  }
}
