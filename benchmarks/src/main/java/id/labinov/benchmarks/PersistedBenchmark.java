package id.labinov.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.TimeUnit;
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
 * Suite 2, persisted: one lifecycle per operation on a database (score: lifecycles per second),
 * labinov's JDBC store against raw JDBC doing the minimal writes by hand. Run once per database
 * with {@code -p db=...}; Flowable and Camunda are in {@link EnginesBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// a fixed, pre-touched heap: an in-memory database grows through the run, and without it the kernel
// zeroing fresh heap pages was a fifth of the CPU profile (the same for every peer)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class PersistedBenchmark {
  /** labinov's JDBC store through the facade. */
  @State(Scope.Benchmark)
  public static class Labinov {
    /** The database. */
    @Param({"h2-file", "h2-mem", "postgresql", "mariadb"})
    public String db;
    LabinovJdbc lab;

    /** Opens a clean area, migrates, checks one lifecycle. */
    @Setup(Level.Trial)
    public void setUp() {
      lab = new LabinovJdbc(db, "bench_labinov", 4, 36_02);
      System.out.println("[bench] " + Databases.version(lab.ds));
      LabinovLifecycle.facade(lab.lab).verify("labinov JDBC on " + db);
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      lab.close();
    }
  }

  /** Raw JDBC. */
  @State(Scope.Benchmark)
  public static class Raw {
    /** The database. */
    @Param({"h2-file", "h2-mem", "postgresql", "mariadb"})
    public String db;
    HikariDataSource ds;
    RawJdbcLifecycle raw;

    /** Opens a clean area, creates the tables, checks one lifecycle. */
    @Setup(Level.Trial)
    public void setUp() {
      ds = Databases.open(db, "bench_raw", 4);
      raw = new RawJdbcLifecycle(ds, Databases.prefix(db, "bench_raw", "raw_"));
      RawJdbcLifecycle.Result r = raw.lifecycle();
      OneLifecycle.verify("raw JDBC on " + db, r.recorded(), r.verdict());
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      ds.close();
    }
  }

  /** labinov: facade, JDBC store. */
  @Benchmark
  public Object labinovJdbc(Labinov s) {
    return LabinovLifecycle.facade(s.lab.lab);
  }

  /**
   * Diagnostic, not a headline figure: the same lifecycle through {@code Labinov.execute} with the
   * transition named, which avoids the second state load of {@code Labinov.advance}.
   */
  @Benchmark
  public Object labinovJdbcViaExecute(Labinov s) {
    return LabinovLifecycle.facadeExecute(s.lab.lab);
  }

  /** Raw JDBC: state row with a version check, event row, one transaction per command. */
  @Benchmark
  public Object rawJdbc(Raw s) {
    return s.raw.lifecycle();
  }
}
