package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.spi.Append;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many writers on a few innovations through the facade, behind a connection pool (8 threads of 200
 * commands each); a command's read under its row lock; writers of different regions that do not
 * wait on each other while a region's writers queue for its feed; readers that never see a gap. A
 * subclass per database names the database.
 */
abstract class ConcurrencyContract {
  private static final int THREADS = 8;
  private static final int COMMANDS_PER_THREAD = 200;
  private static final int INNOVATIONS = 3;

  private Backend backend;
  private JdbcStorage storage;
  private Labinov lab;
  private ExecutorService executor;

  @BeforeEach
  void start() {
    backend = Backend.open(kind(), THREADS + 2);
    storage = backend.storage();
    lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), new Fixtures.TickingClock(Fixtures.START), 11);
    executor = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (executor != null) {
      executor.shutdownNow();
      executor.awaitTermination(30, TimeUnit.SECONDS);
    }
    if (backend != null) {
      backend.close();
    }
  }

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @Test
  void eightWritersLoseNoUpdateLeaveNoGapAndTheHistoryReplaysToTheState() throws Exception {
    List<InnovationRef> refs = new ArrayList<>();
    for (int i = 0; i < INNOVATIONS; i++) {
      refs.add(lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Inovasi " + i)).orThrow().ref());
    }
    Map<InnovationRef, Set<UUID>> accepted = new ConcurrentHashMap<>();
    refs.forEach(r -> accepted.put(r, ConcurrentHashMap.newKeySet()));
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger replays = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(executor.submit(() -> {
        go.await();
        for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
          InnovationRef ref = refs.get((thread + i) % INNOVATIONS);
          long n = thread * 10_000L + i;
          // every fifth command carries a key and is sent twice, as after a lost reply
          Options options = i % 5 == 0 ? Options.idempotent("t" + thread + "-" + i) : Options.none();
          try {
            CommandResult r = i % 2 == 0
                ? lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("PHOTO", n), options)
                : lab.innovations().updateDetails(ref, INNOVATOR, Fixtures.details("Judul " + n), options);
            r.orThrow();
            r.events().forEach(e -> accepted.get(ref).add(e.metadata().eventId()));
            if (options.idempotencyKey() != null) {
              CommandResult again = i % 2 == 0
                  ? lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("PHOTO", n), options)
                  : lab.innovations().updateDetails(ref, INNOVATOR, Fixtures.details("Judul " + n), options);
              assertThat(again.replayed()).isTrue();
              assertThat(again.events()).isEqualTo(r.events());
              replays.incrementAndGet();
            }
          } catch (VersionConflictException e) {
            conflicts.incrementAndGet(); // retries ran out: allowed, but then nothing may be written
          }
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get(5, TimeUnit.MINUTES);
    }

    JdbcInnovationStore store = storage.innovationStore();
    long total = 0;
    for (InnovationRef ref : refs) {
      List<InnovationEvent> history = store.history(ref);
      InnovationState state = store.load(ref).orElseThrow();
      Set<UUID> stored = history.stream().map(e -> e.metadata().eventId()).collect(Collectors.toSet());
      assertThat(history).extracting(e -> e.metadata().sequence())
          .as("sequences without gaps").containsExactlyElementsOf(seq(history.size()));
      assertThat(state.version()).isEqualTo(history.size());
      assertThat(Decider.replay(history)).as("replay equals stored state").isEqualTo(state);
      assertThat(stored).as("no lost update").containsAll(accepted.get(ref));
      assertThat(history.size() - 1).as("nothing written but the accepted commands").isEqualTo(accepted.get(ref).size());
      assertThat(store.verify(ref).ok()).isTrue();
      total += history.size();
    }
    assertThat(total).isEqualTo(INNOVATIONS + THREADS * COMMANDS_PER_THREAD - conflicts.get());
    assertThat(replays.get()).isGreaterThan(0);
    List<FeedEntry> feed = new ArrayList<>();
    for (long after = 0; ; ) {
      List<FeedEntry> page = storage.changeFeed().read(LEBAK, after, 1000);
      if (page.isEmpty()) {
        break;
      }
      feed.addAll(page);
      after = page.get(page.size() - 1).position();
    }
    assertThat(feed).extracting(FeedEntry::position).as("feed positions without gaps")
        .containsExactlyElementsOf(seq((int) total));
  }

  @Test
  void ofTwoWritersWithTheSameExpectedVersionExactlyOneWins() throws Exception {
    JdbcInnovationStore store = storage.innovationStore();
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Balapan")).orThrow().ref();
    for (int round = 0; round < 30; round++) {
      InnovationState before = store.load(ref).orElseThrow();
      Append a = JdbcInnovationStoreTest.nextAppend(before, "A" + round, null);
      Append b = JdbcInnovationStoreTest.nextAppend(before, "B" + round, null);
      CountDownLatch go = new CountDownLatch(1);
      Future<String> fa = executor.submit(() -> attempt(store, a, go));
      Future<String> fb = executor.submit(() -> attempt(store, b, go));
      go.countDown();
      List<String> outcomes = List.of(fa.get(1, TimeUnit.MINUTES), fb.get(1, TimeUnit.MINUTES));

      assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
      InnovationState after = store.load(ref).orElseThrow();
      assertThat(after.version()).isEqualTo(before.version() + 1);
      assertThat(after).isIn(a.state(), b.state());
      assertThat(store.history(ref)).hasSize((int) after.version());
    }
    assertThat(store.verify(ref).ok()).isTrue();
  }

  // The facade tells a stored result from its own by the record's equality: with a ticking clock every
  // attempt's expiry differs, as in production. (With a frozen clock the records are equal and the
  // facade would take a lost race for a success: reported against core.)
  @Test
  void theSameKeyFromEightConnectionsAtOnceAppendsOnce() throws Exception {
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Sekali saja")).orThrow().ref();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<CommandResult>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(executor.submit(() -> {
        go.await();
        return lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("PHOTO", 77), Options.idempotent("unggah-77"));
      }));
    }
    go.countDown();
    List<CommandResult> results = new ArrayList<>();
    for (Future<CommandResult> f : futures) {
      results.add(f.get(1, TimeUnit.MINUTES));
    }

    assertThat(storage.innovationStore().history(ref)).hasSize(2);
    List<CommandResult> accepted = results.stream().filter(CommandResult::accepted).toList();
    assertThat(accepted).filteredOn(r -> !r.replayed()).hasSize(1);
    assertThat(accepted).allSatisfy(r -> assertThat(r.events()).isEqualTo(accepted.get(0).events()));
    // The facade looks the key up before it loads the state: a request that looked before the winner
    // committed and loaded after it is refused (DUPLICATE_EVIDENCE) instead of replayed. Nothing is
    // written either way; reported against core.
    assertThat(results).filteredOn(r -> !r.accepted()).allSatisfy(r -> assertThat(r.verdict().violations())
        .extracting(v -> v.code()).containsExactly("DUPLICATE_EVIDENCE"));
  }

  /**
   * The state is read inside the write transaction, under the row lock: writer B's read waits while
   * writer A, which has read and not yet appended, holds the lock; then B reads A's state and
   * appends after it without a conflict.
   */
  @Test
  void aSecondWriterWaitsAtItsReadAndDecidesOnTheFirstOnesState() throws Exception {
    JdbcInnovationStore store = storage.innovationStore();
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Terkunci")).orThrow().ref();
    CountDownLatch aRead = new CountDownLatch(1);
    CountDownLatch aMayAppend = new CountDownLatch(1);
    Future<Long> a = executor.submit(() -> store.transact(ref, tx -> {
      InnovationState seen = tx.load().orElseThrow();
      aRead.countDown();
      try {
        assertThat(aMayAppend.await(1, TimeUnit.MINUTES)).isTrue();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      tx.append(JdbcInnovationStoreTest.nextAppend(seen, "Oleh A", null));
      return seen.version();
    }));
    assertThat(aRead.await(1, TimeUnit.MINUTES)).isTrue();
    Future<Long> b = executor.submit(() -> store.transact(ref, tx -> {
      InnovationState seen = tx.load().orElseThrow();
      tx.append(JdbcInnovationStoreTest.nextAppend(seen, "Oleh B", null));
      return seen.version();
    }));

    backend.awaitALockWait();
    assertThat(b.isDone()).as("B's read waits for A's row lock").isFalse();
    aMayAppend.countDown();

    assertThat(a.get(1, TimeUnit.MINUTES)).isEqualTo(1);
    assertThat(b.get(1, TimeUnit.MINUTES)).as("B read the state A wrote").isEqualTo(2);
    assertThat(store.load(ref).orElseThrow().details().title()).isEqualTo("Oleh B");
    assertThat(store.history(ref)).hasSize(3);
    assertThat(store.verify(ref).ok()).isTrue();
  }

  /**
   * Writer A of Lebak holds its transaction open after its command (a caller's transaction); writer
   * B of Bandung commits meanwhile, so B never waited for A. Writer C of another Lebak innovation
   * waits for Lebak's feed head until A commits, and takes the next position: the feed of a region
   * follows commit order.
   */
  @Test
  void writersOfDifferentRegionsDoNotWaitForEachOtherWhileOneRegionsWritersQueue() throws Exception {
    InnovationRef x = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Lebak X")).orThrow().ref();
    InnovationRef z = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Lebak Z")).orThrow().ref();
    InnovationRef y = lab.innovations().propose(Fixtures.BANDUNG, INNOVATOR.in(Fixtures.BANDUNG), Fixtures.details("Bandung Y")).orThrow().ref();
    JdbcChangeFeed feed = storage.changeFeed();

    try (java.sql.Connection a = backend.pool().getConnection()) {
      a.setAutoCommit(false);
      Labinov inA = Fixtures.lab(storage.innovationStore().inTransaction(a), storage.rulebookStore(),
          new Fixtures.TickingClock(Fixtures.START), 12);
      inA.innovations().attachEvidence(x, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();

      Future<CommandResult> b = executor.submit(
          () -> lab.innovations().attachEvidence(y, INNOVATOR.in(Fixtures.BANDUNG), Fixtures.evidence("PHOTO", 2),
              Options.none()));
      assertThat(b.get(1, TimeUnit.MINUTES).accepted()).as("Bandung's writer finished while Lebak's is open").isTrue();
      assertThat(feed.read(Fixtures.BANDUNG, 0, 10)).as("and its event is in Bandung's feed").hasSize(2);

      Future<CommandResult> c = executor.submit(
          () -> lab.innovations().attachEvidence(z, INNOVATOR, Fixtures.evidence("PHOTO", 3), Options.none()));
      backend.awaitALockWait();
      assertThat(c.isDone()).as("Lebak's second writer waits for the first one's commit").isFalse();
      assertThat(feed.read(LEBAK, 2, 10)).as("nothing of the open transaction is visible").isEmpty();

      a.commit();
      assertThat(c.get(1, TimeUnit.MINUTES).accepted()).isTrue();
    }
    assertThat(feed.read(LEBAK, 2, 10)).extracting(FeedEntry::ref, FeedEntry::position).containsExactly(
        org.assertj.core.groups.Tuple.tuple(x, 3L), org.assertj.core.groups.Tuple.tuple(z, 4L));
  }

  /**
   * Writers of four regions commit concurrently while readers poll: a region's reader and a
   * national reader with a cursor each see every region's positions 1, 2, 3 … and never a position
   * before the one behind it has appeared.
   */
  @Test
  void readersNeverSeeAGapWhileWritersOfSeveralRegionsCommit() throws Exception {
    List<id.labinov.core.model.RegionCode> regions = List.of(LEBAK, Fixtures.SERANG, Fixtures.BANDUNG,
        Fixtures.JAYAPURA);
    JdbcChangeFeed feed = storage.changeFeed();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      id.labinov.core.model.RegionCode region = regions.get(t % regions.size());
      int thread = t;
      writers.add(executor.submit(() -> {
        go.await();
        InnovationRef ref = lab.innovations().propose(region, INNOVATOR.in(region), Fixtures.details("Inovasi " + thread)).orThrow().ref();
        for (int i = 0; i < 25; i++) {
          lab.innovations().attachEvidence(ref, INNOVATOR.in(region), Fixtures.evidence("PHOTO", thread * 100L + i),
              Options.none()).orThrow();
        }
        return null;
      }));
    }
    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    AtomicInteger polls = new AtomicInteger();
    Future<Map<id.labinov.core.model.RegionCode, Long>> national = executor.submit(() -> {
      FeedCursor cursor = FeedCursor.start();
      while (true) {
        boolean last = !writing.get();
        FeedPage page = feed.read(id.labinov.core.model.Scope.national(), cursor, 37);
        for (FeedEntry e : page.entries()) {
          assertThat(e.position()).as("next position of %s", e.ref().region())
              .isEqualTo(cursor.position(e.ref().region()) + 1);
          cursor = cursor.with(e.ref().region(), e.position());
        }
        assertThat(page.cursor()).isEqualTo(cursor);
        polls.incrementAndGet();
        if (last && page.isEmpty()) {
          return cursor.positions();
        }
      }
    });
    Future<?> regional = executor.submit(() -> {
      while (writing.get()) {
        for (id.labinov.core.model.RegionCode region : regions) {
          List<FeedEntry> all = feed.read(region, 0, 1000);
          assertThat(all).extracting(FeedEntry::position).as("%s without a gap", region)
              .containsExactlyElementsOf(seq(all.size()));
        }
        polls.incrementAndGet();
      }
      return null;
    });
    go.countDown();
    for (Future<?> w : writers) {
      w.get(5, TimeUnit.MINUTES);
    }
    writing.set(false);
    regional.get(1, TimeUnit.MINUTES);
    Map<id.labinov.core.model.RegionCode, Long> seen = national.get(1, TimeUnit.MINUTES);

    assertThat(seen).as("the national reader saw everything").containsEntry(LEBAK, 52L)
        .containsEntry(Fixtures.SERANG, 52L).containsEntry(Fixtures.BANDUNG, 26L).containsEntry(Fixtures.JAYAPURA, 26L);
    assertThat(polls.get()).as("the readers ran while the writers wrote").isGreaterThan(2);
  }

  private static String attempt(JdbcInnovationStore store, Append append, CountDownLatch go) throws InterruptedException {
    go.await();
    try {
      store.append(append);
      return "won";
    } catch (VersionConflictException e) {
      return "conflict";
    }
  }

  private static List<Long> seq(int n) {
    List<Long> out = new ArrayList<>();
    for (long i = 1; i <= n; i++) {
      out.add(i);
    }
    return out;
  }
}
