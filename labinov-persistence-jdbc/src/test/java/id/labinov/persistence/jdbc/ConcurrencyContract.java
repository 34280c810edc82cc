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
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.port.Append;
import id.labinov.core.port.VersionConflictException;
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
 * Many writers on a few innovations through the facade, behind a connection pool: 8 threads of 200
 * commands each. A subclass per database names the database.
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
      List<FeedEntry> page = storage.changeFeed().read(id.labinov.core.port.Scope.national(), after, 1000);
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
