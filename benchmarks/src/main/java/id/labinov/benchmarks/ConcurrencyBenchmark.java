package id.labinov.benchmarks;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suite 4, concurrency on PostgreSQL (run with {@code -t 1}, {@code -t 2}, {@code -t 4},
 * {@code -t 8}): one facade shared by all threads. {@code distinct}: each operation is a whole
 * lifecycle of a new innovation (score: lifecycles per second, all threads). {@code shared}: each
 * operation updates the details of one of {@code sharedInnovations} innovations picked at random,
 * the facade retrying version conflicts up to 20 times, the benchmark calling again past that and
 * counting it (score: accepted updates per second). {@code distinctRegions}: as {@code distinct},
 * each thread in a region of its own (regions never share a feed row).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ConcurrencyBenchmark {
  /** The database. */
  @Param({"postgresql"})
  public String db;
  /** How many innovations the {@code shared} threads fight over. */
  @Param({"4"})
  public int sharedInnovations;

  private final AtomicLong counter = new AtomicLong();
  private final AtomicLong giveUps = new AtomicLong();
  private LabinovJdbc store;
  private id.labinov.core.Labinov lab;
  private List<InnovationRef> shared;

  /** Opens a clean area (pool of 10) and proposes the shared innovations. */
  @Setup(Level.Trial)
  public void setUp() {
    store = new LabinovJdbc(db, "bench_concurrency", 10, 11);
    // conflicts are retried by the facade (only commands without a caller version are retried)
    lab = LabinovJdbc.facade(store.storage, 12, 20);
    shared = new ArrayList<>();
    for (int i = 0; i < sharedInnovations; i++) {
      shared.add(lab.innovations().propose(LabinovLifecycle.REGION, LabinovLifecycle.INNOVATOR, LabinovLifecycle.PROPOSED, null,
          Options.none()).orThrow().ref());
    }
    LabinovLifecycle.facade(lab).verify("labinov JDBC on " + db);
  }

  /**
   * Checks that nothing was lost, then closes the pool: every innovation's version equals its
   * stored events, every event is in its region's change feed exactly once, and each region's feed
   * positions run from 1 to its head without a gap. A failure fails the run.
   */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.println("[bench] facade retries exhausted " + giveUps.get() + " times");
    try {
      System.out.println("[bench] " + verify(store));
    } finally {
      store.close();
    }
  }

  /**
   * Checks a benchmark area for lost updates and feed gaps.
   *
   * @param store the area
   * @return what was checked
   * @throws IllegalStateException naming what is wrong
   */
  static String verify(LabinovJdbc store) {
    String p = store.storage.tablePrefix();
    String[] checks = {
        // versions that do not match the stored history (a lost or a phantom event)
        "SELECT COUNT(*) FROM " + p + "innovation i WHERE i.version <> (SELECT COUNT(*) FROM " + p
            + "event e WHERE e.region = i.region AND e.innovation_id = i.id)",
        // events missing from the feed, or fed twice
        "SELECT (SELECT COUNT(*) FROM " + p + "event) - (SELECT COUNT(DISTINCT region || innovation_id || '/' || seq_no)"
            + " FROM " + p + "feed)",
        "SELECT (SELECT COUNT(*) FROM " + p + "feed) - (SELECT COUNT(DISTINCT region || innovation_id || '/' || seq_no)"
            + " FROM " + p + "feed)",
        // regions whose positions are not exactly 1..head
        "SELECT COUNT(*) FROM (SELECT f.region FROM " + p + "feed f JOIN " + p + "feed_head h ON h.region = f.region"
            + " GROUP BY f.region, h.last_position HAVING MIN(f.feed_position) <> 1 OR MAX(f.feed_position) <> h.last_position"
            + " OR COUNT(*) <> h.last_position) x"};
    String[] names = {"innovations whose version differs from their events", "events missing from the feed",
        "events fed twice", "regions with gaps in their feed"};
    try (java.sql.Connection c = store.ds.getConnection(); java.sql.Statement s = c.createStatement()) {
      for (int i = 0; i < checks.length; i++) {
        try (java.sql.ResultSet rs = s.executeQuery(checks[i])) {
          rs.next();
          if (rs.getLong(1) != 0) {
            throw new IllegalStateException(rs.getLong(1) + " " + names[i]);
          }
        }
      }
      try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM " + p + "event),"
          + " (SELECT COUNT(DISTINCT region) FROM " + p + "feed) FROM " + p + "innovation")) {
        rs.next();
        return "no lost updates, no feed gaps: " + rs.getLong(1) + " innovations, " + rs.getLong(2) + " events in "
            + rs.getLong(3) + " regions";
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot verify the concurrency area: " + e.getMessage(), e);
    }
  }

  /** A whole lifecycle of a new innovation per operation. */
  @Benchmark
  public Object distinct() {
    return LabinovLifecycle.facade(lab);
  }

  /** The regions handed to threads by {@link #distinctRegions}, one per thread (all in WIB). */
  private static final List<RegionCode> THREAD_REGIONS = List.of("36.01", "36.03", "36.04", "32.01", "32.02",
      "32.03", "33.01", "33.02").stream().map(RegionCode::parse).toList();
  private final java.util.concurrent.atomic.AtomicInteger nextRegion = new java.util.concurrent.atomic.AtomicInteger();

  /** The region of one benchmark thread. */
  @State(Scope.Thread)
  public static class ThreadRegion {
    /** This thread's region. */
    public RegionCode region;

    /**
     * Takes the next unused region.
     *
     * @param bench the benchmark state that hands them out
     */
    @Setup(Level.Trial)
    public void take(ConcurrencyBenchmark bench) {
      region = THREAD_REGIONS.get(bench.nextRegion.getAndIncrement() % THREAD_REGIONS.size());
    }
  }

  /**
   * A whole lifecycle of a new innovation per operation, each thread in a region of its own: with a
   * change feed per region, these writers share no row, where {@link #distinct} (all in one region)
   * queues its writers on the region's feed head until each commits.
   *
   * @param region this thread's region
   * @return the outcome
   */
  @Benchmark
  public Object distinctRegions(ThreadRegion region) {
    return LabinovLifecycle.facade(lab, region.region);
  }

  /** One details update of a shared innovation per operation, conflicts retried. */
  @Benchmark
  public Object shared() {
    InnovationRef ref = shared.get(ThreadLocalRandom.current().nextInt(shared.size()));
    var details = LabinovLifecycle.PROPOSED.withText("results", "update " + counter.incrementAndGet());
    for (;;) {
      try {
        return lab.innovations().updateDetails(ref, LabinovLifecycle.INNOVATOR, details, Options.none()).orThrow();
      } catch (VersionConflictException e) {
        // the facade's own 20 retries ran out: try again, as a caller would
        giveUps.incrementAndGet();
      }
    }
  }
}
