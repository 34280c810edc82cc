package id.labinov.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.spi.EvaluationStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link EvaluationStore}: score streams per innovation and scheme and
 * monitoring streams per innovation, appended with their sequence as the version, read back equal
 * (numbers keep their scale), never mixed across regions, schemes or rounds. A subclass per store
 * supplies a fresh, empty store for each test.
 */
public abstract class EvaluationStoreContract {
  private static final RegionCode LEBAK = RegionCode.parse("36.02");
  private static final RegionCode TANGERANG = RegionCode.parse("36.03");
  private static final RegionCode BOGOR = RegionCode.parse("32.01");
  private static final Instant T0 = Instant.parse("2024-08-12T03:00:00.654321Z");
  private static int entries;

  /**
   * Returns the store under test: the same instance for the whole test, empty at its start.
   *
   * @return the store
   */
  protected abstract EvaluationStore store();

  private static InnovationRef ref(RegionCode region, long n) {
    return new InnovationRef(region, new InnovationId(new UUID(0x018f_0000_0000_7000L + n, 0x8000_0000_0000_0000L + n)));
  }

  private static synchronized UUID nextId() {
    return new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0000L + ++entries);
  }

  private static ScoreEntry score(InnovationRef ref, String scheme, int round, String evaluator, long sequence,
      Map<String, BigDecimal> scores) {
    return new ScoreEntry(nextId(), ref, scheme, 2, round, PersonId.of(evaluator), scores, T0.plusSeconds(sequence * 61),
        sequence);
  }

  private static ScoreEntry score(InnovationRef ref, String scheme, int round, long sequence) {
    return score(ref, scheme, round, "juri-" + sequence, sequence,
        Map.of("KEBARUAN", new BigDecimal("3.50"), "MANFAAT", new BigDecimal(sequence), "BIAYA", new BigDecimal("0.125")));
  }

  private static MonitoringEntry monitoring(InnovationRef ref, long sequence, String note) {
    return new MonitoringEntry(nextId(), ref, "penerima_manfaat", new BigDecimal("1250.00").add(BigDecimal.valueOf(sequence)),
        LocalDate.of(2024, 9, 1).plusMonths(sequence), PersonId.of("admin-bappeda"), note, T0.plusSeconds(sequence),
        sequence);
  }

  @Test
  void appendsScoresAndReadsThemBackEqualInSequenceOrder() {
    InnovationRef a = ref(LEBAK, 1);
    ScoreEntry first = score(a, "IGA", 2024, 1);
    ScoreEntry second = score(a, "IGA", 2024, 2);

    store().appendScore(first);
    store().appendScore(second);

    assertThat(store().scores(a, "IGA")).containsExactly(first, second);
    assertThat(store().scores(a, "IGA").get(0).scores().get("KEBARUAN")).as("scale kept").isEqualTo(new BigDecimal("3.50"));
  }

  @Test
  void keepsLargeAndSmallNumbersExactly() {
    InnovationRef a = ref(LEBAK, 1);
    ScoreEntry e = score(a, "IGA", 2024, "juri-1", 1, Map.of("A", new BigDecimal("123456789012345678901234.5678"),
        "B", new BigDecimal("-0.000000001"), "C", new BigDecimal("1E+3"), "D", BigDecimal.ZERO));

    store().appendScore(e);

    assertThat(store().scores(a, "IGA")).containsExactly(e);
  }

  @Test
  void aScoreOutOfSequenceIsAConflictAndChangesNothing() {
    InnovationRef a = ref(LEBAK, 1);
    store().appendScore(score(a, "IGA", 2024, 1));

    assertThatThrownBy(() -> store().appendScore(score(a, "IGA", 2024, 1)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(1));
    assertThatThrownBy(() -> store().appendScore(score(a, "IGA", 2024, 3)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(2);
          assertThat(e.actual()).isEqualTo(1);
        });
    assertThatThrownBy(() -> store().appendScore(score(ref(LEBAK, 2), "IGA", 2024, 2)))
        .isInstanceOf(VersionConflictException.class);
    assertThat(store().scores(a, "IGA")).hasSize(1);
    assertThat(store().scores(ref(LEBAK, 2), "IGA")).isEmpty();
  }

  @Test
  void streamsAreKeptApartByInnovationSchemeAndRegion() {
    InnovationRef a = ref(LEBAK, 1);
    InnovationRef sameIdElsewhere = new InnovationRef(BOGOR, a.id());
    store().appendScore(score(a, "IGA", 2024, 1));
    store().appendScore(score(a, "KIPP", 2024, 1));
    store().appendScore(score(sameIdElsewhere, "IGA", 2024, 1));
    store().appendScore(score(a, "IGA", 2025, 2));

    assertThat(store().scores(a, "IGA")).extracting(ScoreEntry::round).containsExactly(2024, 2025);
    assertThat(store().scores(a, "KIPP")).hasSize(1);
    assertThat(store().scores(sameIdElsewhere, "IGA")).hasSize(1).allSatisfy(e -> assertThat(e.ref()).isEqualTo(sameIdElsewhere));
    assertThat(store().scores(ref(LEBAK, 9), "IGA")).isEmpty();
  }

  @Test
  void scoresInScopeFilterBySchemeRoundAndScopeAndSortByInnovationThenSequence() {
    List<ScoreEntry> all = new ArrayList<>();
    RegionCode[] regions = {LEBAK, TANGERANG, BOGOR};
    for (int i = 9; i >= 0; i--) {
      InnovationRef r = ref(regions[i % 3], i);
      for (int s = 1; s <= 1 + i % 3; s++) {
        ScoreEntry e = score(r, i % 4 == 0 ? "KIPP" : "IGA", s == 3 ? 2025 : 2024, s);
        store().appendScore(e);
        all.add(e);
      }
    }
    Comparator<ScoreEntry> order = Comparator.comparing((ScoreEntry e) -> e.ref().id()).thenComparingLong(ScoreEntry::sequence);

    for (Scope scope : List.of(Scope.national(), Scope.region(LEBAK), Scope.province(Province.ofCode("36")),
        Scope.province(Province.ofCode("32")), Scope.province(Province.ofCode("91")))) {
      for (int round : new int[] {2024, 2025, 2023}) {
        for (String scheme : List.of("IGA", "KIPP")) {
          List<ScoreEntry> expected = all.stream().filter(e -> e.schemeId().equals(scheme) && e.round() == round
              && scope.includes(e.ref().region())).sorted(order).toList();
          assertThat(store().scoresInScope(scope, scheme, round)).as(scope + " " + scheme + " " + round)
              .containsExactlyElementsOf(expected);
        }
      }
    }
    assertThat(store().scoresInScope(Scope.national(), "IGA", 2024)).hasSizeGreaterThan(5);
  }

  @Test
  void appendsMonitoringEntriesInSequenceAndRefusesOutOfSequence() {
    InnovationRef a = ref(LEBAK, 1);
    MonitoringEntry first = monitoring(a, 1, null);
    MonitoringEntry second = monitoring(a, 2, "Catatan \"lapangan\" ✓ \u2028 baris");

    store().appendMonitoring(first);
    store().appendMonitoring(second);
    assertThatThrownBy(() -> store().appendMonitoring(monitoring(a, 2, null)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(2));
    assertThatThrownBy(() -> store().appendMonitoring(monitoring(a, 4, null))).isInstanceOf(VersionConflictException.class);

    assertThat(store().monitoring(a)).containsExactly(first, second);
    assertThat(store().monitoring(new InnovationRef(BOGOR, a.id()))).isEmpty();
    assertThat(store().monitoring(ref(LEBAK, 2))).isEmpty();
  }

  @Test
  void ofEightConcurrentAppendsAtTheSameSequenceExactlyOneWinsPerStream() throws Exception {
    InnovationRef a = ref(LEBAK, 1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          go.await();
          int won = 0;
          for (long seq = 1; seq <= 10; seq++) {
            try {
              store().appendScore(score(a, "IGA", 2024, "juri-" + thread, seq, Map.of("X", BigDecimal.valueOf(thread))));
              won++;
            } catch (VersionConflictException e) {
              // another evaluator's entry took this sequence
            }
            try {
              store().appendMonitoring(monitoring(a, seq, "t" + thread));
              won++;
            } catch (VersionConflictException e) {
              // another writer's entry took this sequence
            }
          }
          return won;
        }));
      }
      go.countDown();
      int won = 0;
      for (Future<Integer> f : results) {
        won += f.get(2, TimeUnit.MINUTES);
      }
      List<ScoreEntry> scores = store().scores(a, "IGA");
      List<MonitoringEntry> monitoring = store().monitoring(a);
      assertThat(scores).extracting(ScoreEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
      assertThat(monitoring).extracting(MonitoringEntry::sequence)
          .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
      assertThat(won).as("every stored entry was one writer's success").isEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
  }
}
