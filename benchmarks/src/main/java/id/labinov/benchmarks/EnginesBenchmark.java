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
 * Suite 2, persisted, the embedded BPMN engines: one lifecycle per operation (score: lifecycles per
 * second) on Flowable 7.1.0 and Camunda 7.24.0, H2 and PostgreSQL only.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// a fixed, pre-touched heap: an in-memory database grows through the run, and without it the kernel
// zeroing fresh heap pages was a fifth of the CPU profile (the same for every peer)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class EnginesBenchmark {
  /** Flowable. */
  @State(Scope.Benchmark)
  public static class Flowable {
    /** The database. */
    @Param({"h2-file", "h2-mem", "postgresql"})
    public String db;
    HikariDataSource ds;
    FlowableLifecycle engine;

    /** Opens a clean area, builds the engine, checks one lifecycle. */
    @Setup(Level.Trial)
    public void setUp() {
      ds = Databases.open(db, "bench_flowable", 4);
      engine = new FlowableLifecycle(ds, db.equals("postgresql") ? "bench_flowable" : null);
      RawJdbcLifecycle.Result r = engine.lifecycle();
      OneLifecycle.verify("Flowable on " + db, r.recorded(), r.verdict());
    }

    /** Closes the engine and the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      engine.close();
      ds.close();
    }
  }

  /** Camunda. */
  @State(Scope.Benchmark)
  public static class Camunda {
    /** The database. */
    @Param({"h2-file", "h2-mem", "postgresql"})
    public String db;
    HikariDataSource ds;
    CamundaLifecycle engine;

    /** Opens a clean area, builds the engine, checks one lifecycle. */
    @Setup(Level.Trial)
    public void setUp() {
      ds = Databases.open(db, "bench_camunda", 4);
      engine = new CamundaLifecycle(ds, db.equals("postgresql") ? "bench_camunda" : null);
      RawJdbcLifecycle.Result r = engine.lifecycle();
      OneLifecycle.verify("Camunda on " + db, r.recorded(), r.verdict());
    }

    /** Closes the engine and the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      engine.close();
      ds.close();
    }
  }

  /** Flowable 7.1.0 embedded. */
  @Benchmark
  public Object flowable(Flowable s) {
    return s.engine.lifecycle();
  }

  /** Camunda 7.24.0 embedded. */
  @Benchmark
  public Object camunda(Camunda s) {
    return s.engine.lifecycle();
  }
}
