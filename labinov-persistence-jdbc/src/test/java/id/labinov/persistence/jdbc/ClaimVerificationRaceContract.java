package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.Verification;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Races on one database that the in-memory store cannot provoke: writers on their own connections,
 * started together. Of two verifiers who record on one claim at the version they both saw, exactly
 * one records and the other gets {@code VERSION_CONFLICT} carrying the winner's version, also for a
 * claim's first decision (no row yet to lock); writers of different claims of one region all record,
 * the stream numbers them without gaps, and a reader following the stream meanwhile misses none of
 * them. A subclass per database supplies a fresh, empty store.
 */
abstract class ClaimVerificationRaceContract {
  private static final RegionCode LEBAK = Fixtures.LEBAK;
  private static final InnovationId POSYANDU = InnovationId.parse("0190a1b2-0000-7000-8000-000000000001");
  private static final PersonId VERIFIER = PersonId.of("verifikator-bskdn-07");
  private static final int ROUNDS = 8;

  private JdbcClaimVerificationStore store;
  private Instant clock = Instant.parse("2026-06-10T03:20:45.000001Z");

  /** Returns a store on empty tables of the database the tests run on. */
  abstract JdbcClaimVerificationStore freshStore();

  @BeforeEach
  void open() {
    store = freshStore();
  }

  private synchronized Verification decision(ClaimKey key, int level) {
    clock = clock.plusMillis(1);
    return new Verification(key, level, "Diverifikasi terhadap SK kepala dinas", 1, 3, OptionalInt.of(1), VERIFIER,
        clock);
  }

  /** Runs two writes at the same moment on two threads of their own; returns what each returned or threw. */
  private static List<Object> race(Supplier<?> first, Supplier<?> second) throws Exception {
    // not the common pool: it may have a single worker on a 2-core machine, and then the second
    // writer would never reach the barrier
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<CompletableFuture<Object>> runs = List.of(first, second).stream().map(w -> CompletableFuture.supplyAsync(() -> {
        try {
          together.await(10, TimeUnit.SECONDS);
          return (Object) w.get();
        } catch (RuntimeException e) {
          return e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, pool)).toList();
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      return List.of(runs.get(0).get(), runs.get(1).get());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Checks that one outcome is the decision at {@code expected + 1} and the other its conflict; returns the decision. */
  private RecordedVerification oneWinsOneConflicts(List<Object> outcomes, long expected, int round) {
    assertThat(outcomes).as("round %d: %s", round, outcomes).filteredOn(RecordedVerification.class::isInstance)
        .hasSize(1);
    assertThat(outcomes).filteredOn(RegisterConflictException.class::isInstance).singleElement().satisfies(e -> {
      RegisterConflictException conflict = (RegisterConflictException) e;
      assertThat(conflict.code()).isEqualTo("VERSION_CONFLICT");
      assertThat(conflict.expected()).isEqualTo(expected);
      assertThat(conflict.actual()).isEqualTo(expected + 1);
    });
    RecordedVerification winner = (RecordedVerification) outcomes.stream()
        .filter(RecordedVerification.class::isInstance).findFirst().orElseThrow();
    assertThat(winner.version()).isEqualTo(expected + 1);
    assertThat(store.latest(winner.key())).contains(winner);
    return winner;
  }

  @Test
  void ofTwoVerifiersOfTheNextVersionOneRecordsAndTheOtherConflicts() throws Exception {
    ClaimKey key = ClaimKey.forInnovation(LEBAK, POSYANDU, 2026, "REGULATION");
    List<RecordedVerification> winners = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      long expected = round;
      winners.add(oneWinsOneConflicts(race(() -> store.record(decision(key, 1), expected),
          () -> store.record(decision(key, 2), expected)), expected, round));
    }
    assertThat(store.log(LEBAK, 0, 1000)).containsExactlyElementsOf(winners)
        .extracting(RecordedVerification::sequence).containsExactly(LongStream.rangeClosed(1, ROUNDS).boxed()
            .toArray(Long[]::new));
  }

  @Test
  void ofTwoVerifiersOfAFirstDecisionOneRecordsAndTheOtherConflicts() throws Exception {
    List<RecordedVerification> winners = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      ClaimKey key = round % 2 == 0 ? ClaimKey.forRegion(LEBAK, 2026, "SPD_" + round)
          : ClaimKey.forInnovation(LEBAK, POSYANDU, 2026, "BENEFIT_" + round);
      winners.add(oneWinsOneConflicts(race(() -> store.record(decision(key, 1), 0),
          () -> store.record(decision(key, 3), 0)), 0, round));
    }
    assertThat(store.latest(LEBAK, 2026)).containsExactlyInAnyOrderElementsOf(winners);
    assertThat(store.log(LEBAK, 0, 1000)).containsExactlyElementsOf(winners);
  }

  @Test
  void writersOfDifferentClaimsAllRecordAndAFollowerOfTheStreamMissesNone() throws Exception {
    int writers = 4;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      CyclicBarrier together = new CyclicBarrier(writers + 1);
      List<Future<List<RecordedVerification>>> runs = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        runs.add(pool.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          List<RecordedVerification> mine = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            mine.add(store.record(decision(ClaimKey.forInnovation(LEBAK, POSYANDU, 2026, "W" + writer + "_" + i), 1),
                0));
          }
          return mine;
        }));
      }
      Future<List<RecordedVerification>> follower = pool.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        List<RecordedVerification> seen = new ArrayList<>();
        while (true) {
          boolean done = !writing.get(); // read on to the end once the writers are done
          long after = seen.isEmpty() ? 0 : seen.get(seen.size() - 1).sequence();
          List<RecordedVerification> page = store.log(LEBAK, after, 7);
          seen.addAll(page);
          if (done && page.size() < 7) {
            return seen;
          }
        }
      });
      List<RecordedVerification> written = new ArrayList<>();
      for (Future<List<RecordedVerification>> run : runs) {
        List<RecordedVerification> mine = run.get(120, TimeUnit.SECONDS);
        assertThat(mine).extracting(RecordedVerification::sequence).isSorted();
        written.addAll(mine);
      }
      writing.set(false);
      List<RecordedVerification> followed = follower.get(60, TimeUnit.SECONDS);

      List<RecordedVerification> stream = store.log(LEBAK, 0, 1000);
      assertThat(stream).containsExactlyInAnyOrderElementsOf(written).extracting(RecordedVerification::sequence)
          .containsExactly(LongStream.rangeClosed(1, writers * each).boxed().toArray(Long[]::new));
      assertThat(followed).as("what a reader following the stream saw").containsExactlyElementsOf(stream);
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
  }
}
