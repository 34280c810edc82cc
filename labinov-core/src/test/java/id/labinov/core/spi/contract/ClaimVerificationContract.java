package id.labinov.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.Verification;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.ClaimVerificationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link ClaimVerificationStore}: decisions are kept whole and read back equal
 * (a region-level key and an empty prediction included), versions per claim key start at 1 and a
 * stale one is refused with nothing written, the latest decision per key is listed in the port's
 * order and only for its region and year, the stream keeps every decision in sequence order and pages
 * by sequence, and of two writers of one version exactly one wins. A subclass per store supplies a
 * fresh, empty store for each test.
 */
public abstract class ClaimVerificationContract {
  /** Kabupaten Lebak. */
  protected static final RegionCode LEBAK = ContractData.LEBAK;
  /** Kabupaten Bogor: another province. */
  protected static final RegionCode BOGOR = ContractData.BOGOR;
  /** An innovation. */
  protected static final InnovationId POSYANDU = new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000001"));
  /** Another innovation, sorting after the first. */
  protected static final InnovationId SIMPEL = new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000002"));
  /** The verifier. */
  protected static final PersonId VERIFIER = PersonId.of("verifikator-bskdn-07");
  /** Another verifier. */
  protected static final PersonId OTHER = PersonId.of("verifikator-bskdn-11");
  /** A time with microseconds, kept exactly by every store. */
  protected static final Instant T0 = Instant.parse("2026-06-10T03:20:45.654321Z");

  /**
   * Returns the store under test: the same instance for the whole test, empty at its start.
   *
   * @return the store
   */
  protected abstract ClaimVerificationStore store();

  private static ClaimKey key(InnovationId innovation, String indicator) {
    return ClaimKey.forInnovation(LEBAK, innovation, 2026, indicator);
  }

  private static Verification decision(ClaimKey key, int verified, int claimed, OptionalInt predicted, int minute) {
    return new Verification(key, verified, "SK kepala dinas, bukan Perda (menit " + minute + ")", 3, claimed, predicted,
        VERIFIER, T0.plusSeconds(60L * minute));
  }

  @Test
  void aDecisionIsKeptWholeAndReadBackEqual() {
    Verification v = decision(key(POSYANDU, "REGULATION"), 1, 3, OptionalInt.of(1), 0);
    RecordedVerification recorded = store().record(v, 0);
    assertThat(recorded.version()).isEqualTo(1);
    assertThat(recorded.verification()).isEqualTo(v);
    assertThat(store().latest(v.key())).contains(recorded);
    assertThat(store().latest(LEBAK, 2026)).containsExactly(recorded);
    assertThat(store().log(LEBAK, 0, 10)).containsExactly(recorded);
  }

  @Test
  void aRegionLevelDecisionWithoutAPredictionIsKept() {
    Verification v = new Verification(ClaimKey.forRegion(LEBAK, 2026, "SPD_01"), 2, "Perda inovasi daerah ada, tahun 2024",
        1, 3, OptionalInt.empty(), OTHER, T0);
    RecordedVerification recorded = store().record(v, 0);
    RecordedVerification read = store().latest(v.key()).orElseThrow();
    assertThat(read).isEqualTo(recorded);
    assertThat(read.verification().predictedLevel()).isEmpty();
    assertThat(read.key().innovation()).isEmpty();
  }

  @Test
  void aRevisionIsTheNextVersionAndTheLatestCounts() {
    ClaimKey k = key(POSYANDU, "VIDEO");
    RecordedVerification first = store().record(decision(k, 0, 3, OptionalInt.of(0), 0), 0);
    RecordedVerification second = store().record(decision(k, 2, 3, OptionalInt.of(0), 5), 1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.sequence()).isGreaterThan(first.sequence());
    assertThat(store().latest(k)).contains(second);
    assertThat(store().latest(LEBAK, 2026)).containsExactly(second);
    assertThat(store().log(LEBAK, 0, 10)).containsExactly(first, second);
  }

  @Test
  void aStaleVersionIsRefusedAndNothingIsWritten() {
    ClaimKey k = key(POSYANDU, "BENEFIT");
    RecordedVerification first = store().record(decision(k, 1, 2, OptionalInt.of(2), 0), 0);
    assertThatThrownBy(() -> store().record(decision(k, 2, 2, OptionalInt.of(2), 1), 0))
        .isInstanceOf(RegisterConflictException.class)
        .satisfies(e -> assertThat(((RegisterConflictException) e).code()).isEqualTo("VERSION_CONFLICT"));
    assertThatThrownBy(() -> store().record(decision(k, 2, 2, OptionalInt.of(2), 1), 2))
        .isInstanceOf(RegisterConflictException.class);
    assertThatThrownBy(() -> store().record(decision(key(SIMPEL, "BENEFIT"), 1, 2, OptionalInt.of(2), 1), 1))
        .as("a first decision states version 0")
        .isInstanceOf(RegisterConflictException.class);
    assertThat(store().latest(k)).contains(first);
    assertThat(store().log(LEBAK, 0, 10)).containsExactly(first);
  }

  @Test
  void theLatestAreListedRegionLevelFirstThenByInnovationAndIndicator() {
    store().record(decision(key(SIMPEL, "BENEFIT"), 1, 3, OptionalInt.of(1), 0), 0);
    store().record(decision(key(POSYANDU, "VIDEO"), 1, 3, OptionalInt.of(1), 1), 0);
    store().record(decision(key(POSYANDU, "BENEFIT"), 1, 3, OptionalInt.of(1), 2), 0);
    store().record(new Verification(ClaimKey.forRegion(LEBAK, 2026, "SPD_02"), 1, "ada", 1, 2, OptionalInt.empty(),
        VERIFIER, T0), 0);
    List<String> order = store().latest(LEBAK, 2026).stream().map(r -> r.key().text()).toList();
    assertThat(order).containsExactly(ClaimKey.forRegion(LEBAK, 2026, "SPD_02").text(),
        key(POSYANDU, "BENEFIT").text(), key(POSYANDU, "VIDEO").text(), key(SIMPEL, "BENEFIT").text());
  }

  @Test
  void readsStayInTheirRegionAndYear() {
    RecordedVerification lebak = store().record(decision(key(POSYANDU, "REGULATION"), 1, 3, OptionalInt.of(1), 0), 0);
    ClaimKey lastYear = ClaimKey.forInnovation(LEBAK, POSYANDU, 2025, "REGULATION");
    RecordedVerification earlier = store().record(new Verification(lastYear, 3, "Perda 2023", 1, 3, OptionalInt.of(3),
        VERIFIER, T0), 0);
    ClaimKey bogor = ClaimKey.forInnovation(BOGOR, POSYANDU, 2026, "REGULATION");
    RecordedVerification other = store().record(new Verification(bogor, 2, "Perkada", 1, 2, OptionalInt.of(2), OTHER,
        T0), 0);
    assertThat(other.version()).as("versions are per key, not per innovation").isEqualTo(1);
    assertThat(store().latest(LEBAK, 2026)).containsExactly(lebak);
    assertThat(store().latest(LEBAK, 2025)).containsExactly(earlier);
    assertThat(store().latest(BOGOR, 2026)).containsExactly(other);
    assertThat(store().latest(BOGOR, 2025)).isEmpty();
    assertThat(store().log(BOGOR, 0, 10)).containsExactly(other);
    assertThat(store().latest(ClaimKey.forInnovation(BOGOR, SIMPEL, 2026, "REGULATION"))).isEmpty();
  }

  @Test
  void theStreamPagesBySequence() {
    List<RecordedVerification> all = new ArrayList<>();
    String[] indicators = {"REGULATION", "HUMAN_RESOURCES", "CREATION_SPEED", "BENEFIT", "VIDEO"};
    for (int i = 0; i < indicators.length; i++) {
      all.add(store().record(decision(key(POSYANDU, indicators[i]), 1, 2, OptionalInt.of(1), i), 0));
    }
    List<RecordedVerification> first = store().log(LEBAK, 0, 2);
    assertThat(first).containsExactlyElementsOf(all.subList(0, 2));
    List<RecordedVerification> rest = store().log(LEBAK, first.get(1).sequence(), 1000);
    assertThat(rest).containsExactlyElementsOf(all.subList(2, 5));
    assertThat(store().log(LEBAK, all.get(4).sequence(), 10)).isEmpty();
    assertThat(store().log(BOGOR, 0, 10)).isEmpty();
  }

  @Test
  void badPagingIsATypedError() {
    assertThatThrownBy(() -> store().log(LEBAK, 0, 0)).isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).code()).isEqualTo("INVALID_LIMIT"));
    assertThatThrownBy(() -> store().log(LEBAK, 0, 1001)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> store().log(LEBAK, -1, 10)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void ofTwoWritersOfOneVersionExactlyOneWins() throws Exception {
    ClaimKey k = key(SIMPEL, "REGULATION");
    store().record(decision(k, 1, 3, OptionalInt.of(1), 0), 0);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        long seen = store().latest(k).orElseThrow().version();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
          int level = w + 1;
          writers.add(two.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            try {
              store().record(decision(k, level, 3, OptionalInt.of(1), 10), seen);
              return true;
            } catch (RegisterConflictException e) {
              return false;
            }
          }));
        }
        int won = 0;
        for (Future<Boolean> f : writers) {
          won += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(won).as("round %d", round).isEqualTo(1);
        assertThat(store().latest(k).orElseThrow().version()).isEqualTo(seen + 1);
      }
      assertThat(store().log(LEBAK, 0, 1000)).hasSize(6);
    } finally {
      two.shutdownNow();
    }
  }
}
