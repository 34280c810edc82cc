package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Races on one database that the in-memory store cannot provoke: writers on their own connections,
 * started together. Of two writers of the same next record of an innovation's stream (a competition
 * record or a development version, the first of the stream included, where there is no row yet),
 * exactly one appends and the other gets a {@link VersionConflictException} carrying the sequence
 * number the stream then holds; writers of different innovations of one region all append, and the
 * region-wide reads list every record. A subclass per database supplies a fresh, empty store, and
 * may run more rounds (H2 does; a server runs a few).
 */
abstract class CycleRaceContract {
  private static final InnovationRef POSYANDU = new InnovationRef(Fixtures.LEBAK,
      InnovationId.parse("0190a1b2-0000-7000-8000-000000000001"));
  private static final PersonId ADMIN = PersonId.of("admin-lab-lebak");
  private static final String APPENDED = "appended";

  private JdbcCycleStore store;
  private Instant clock = Instant.parse("2026-06-10T03:20:45.000001Z");

  /** Returns a store on empty tables of the database the tests run on. */
  abstract JdbcCycleStore freshStore();

  /** How many times each race runs, each at the next sequence number of the same stream. */
  int rounds() {
    return 4;
  }

  @BeforeEach
  void open() {
    store = freshStore();
  }

  private synchronized Instant tick() {
    clock = clock.plusMillis(1);
    return clock;
  }

  private CompetitionEntry entry(InnovationRef ref, int year, EntryResult result, long sequence) {
    return new CompetitionEntry(ref, Competition.IGA, year, EntryGroup.GENERAL, result, null, ADMIN, tick(), sequence);
  }

  private InnovationVersion version(InnovationRef ref, int year, DevelopmentChange change, long sequence) {
    return new InnovationVersion(ref, year, "Pengembangan " + year, Set.of(change), ADMIN, tick(), sequence);
  }

  /** Runs two writes at the same moment on two threads of their own; returns what each did or threw. */
  private static List<Object> race(Runnable first, Runnable second) throws Exception {
    // not the common pool: it may have a single worker on a 2-core machine, and then the second
    // writer would never reach the barrier
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<CompletableFuture<Object>> runs = List.of(first, second).stream().map(w -> CompletableFuture.supplyAsync(
          (Supplier<Object>) () -> {
            try {
              together.await(10, TimeUnit.SECONDS);
              w.run();
              return APPENDED;
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

  /** Checks that one write appended and the other conflicted at {@code held} records; returns the winner's index. */
  private static int oneAppendsOneConflicts(List<Object> outcomes, long held, int round) {
    assertThat(outcomes).as("round %d: %s", round, outcomes).containsOnlyOnce(APPENDED);
    assertThat(outcomes).filteredOn(VersionConflictException.class::isInstance).singleElement().satisfies(e -> {
      VersionConflictException conflict = (VersionConflictException) e;
      assertThat(conflict.expected()).isEqualTo(held);
      assertThat(conflict.actual()).isEqualTo(held + 1);
    });
    return outcomes.indexOf(APPENDED);
  }

  @Test
  void ofTwoWritersOfTheNextCompetitionRecordOneAppendsAndTheOtherConflicts() throws Exception {
    List<CompetitionEntry> winners = new ArrayList<>();
    for (int round = 0; round < rounds(); round++) {
      long sequence = round + 1;
      List<CompetitionEntry> rivals = List.of(entry(POSYANDU, 2025, EntryResult.ENTERED, sequence),
          entry(POSYANDU, 2026, EntryResult.NOMINEE, sequence));
      int won = oneAppendsOneConflicts(race(() -> store.appendEntry(rivals.get(0)),
          () -> store.appendEntry(rivals.get(1))), round, round);
      winners.add(rivals.get(won));
      assertThat(store.entries(POSYANDU)).containsExactlyElementsOf(winners);
    }
  }

  @Test
  void ofTwoWritersOfTheNextDevelopmentVersionOneAppendsAndTheOtherConflicts() throws Exception {
    List<InnovationVersion> winners = new ArrayList<>();
    for (int round = 0; round < rounds(); round++) {
      long sequence = round + 1;
      List<InnovationVersion> rivals = List.of(version(POSYANDU, 2024 + round, DevelopmentChange.SCOPE, sequence),
          version(POSYANDU, 2024 + round, DevelopmentChange.DIGITALISATION, sequence));
      int won = oneAppendsOneConflicts(race(() -> store.appendVersion(rivals.get(0)),
          () -> store.appendVersion(rivals.get(1))), round, round);
      winners.add(rivals.get(won));
      assertThat(store.versions(POSYANDU)).containsExactlyElementsOf(winners);
    }
  }

  @Test
  void writersOfDifferentInnovationsAllAppend() throws Exception {
    int writers = 4;
    int each = rounds();
    List<InnovationRef> refs = LongStream.rangeClosed(1, writers).mapToObj(i -> new InnovationRef(Fixtures.LEBAK,
        InnovationId.parse(String.format("0190a1b2-0000-7000-8000-%012d", 100 + i)))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CyclicBarrier together = new CyclicBarrier(writers);
      List<Future<List<Object>>> runs = new ArrayList<>();
      for (InnovationRef ref : refs) {
        runs.add(pool.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          List<Object> mine = new ArrayList<>();
          for (int i = 1; i <= each; i++) {
            CompetitionEntry e = entry(ref, 2025, EntryResult.ENTERED, i);
            InnovationVersion v = version(ref, 2024 + i, DevelopmentChange.BENEFICIARIES, i);
            store.appendEntry(e);
            store.appendVersion(v);
            mine.add(e);
            mine.add(v);
          }
          return mine;
        }));
      }
      List<CompetitionEntry> entries = new ArrayList<>();
      List<InnovationVersion> versions = new ArrayList<>();
      for (Future<List<Object>> run : runs) {
        for (Object o : run.get(120, TimeUnit.SECONDS)) {
          if (o instanceof CompetitionEntry e) {
            entries.add(e);
          } else {
            versions.add((InnovationVersion) o);
          }
        }
      }
      entries.sort(Comparator.comparing((CompetitionEntry e) -> e.ref().id()).thenComparingLong(
          CompetitionEntry::sequence));
      versions.sort(Comparator.comparing((InnovationVersion v) -> v.ref().id()).thenComparingLong(
          InnovationVersion::sequence));
      assertThat(store.entries(Fixtures.LEBAK)).hasSize(writers * each).containsExactlyElementsOf(entries);
      assertThat(store.versions(Fixtures.LEBAK)).hasSize(writers * each).containsExactlyElementsOf(versions);
    } finally {
      pool.shutdownNow();
    }
  }
}
