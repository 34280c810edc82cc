package id.labinov.benchmarks;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * Bulk advance: {@code advanceAll} of {@code batch} innovations from DRUM_UP to DIAGNOSE, one
 * transaction per move (the facade on the pooled store) against all moves in one transaction (a
 * facade on {@code JdbcInnovationStore.inTransaction(connection)}, committed once). Score: time per
 * batch; fresh innovations are proposed before each invocation, outside the measurement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BulkAdvanceBenchmark {
  /** The database. */
  @Param({"postgresql", "h2-file", "mariadb"})
  public String db;
  /** Innovations per batch. */
  @Param({"100"})
  public int batch;

  private LabinovJdbc lab;
  private List<InnovationRef> refs;
  private long seed = 99;

  /** Opens a clean area. */
  @Setup(Level.Trial)
  public void open() {
    lab = new LabinovJdbc(db, "bench_bulk", 4, 7);
  }

  /** Proposes a fresh batch (not measured). */
  @Setup(Level.Invocation)
  public void propose() {
    refs = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      refs.add(lab.lab.innovations().propose(LabinovLifecycle.REGION, LabinovLifecycle.INNOVATOR, LabinovLifecycle.PROPOSED, null,
          Options.none()).orThrow().ref());
    }
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void close() {
    lab.close();
  }

  /** One transaction per move. */
  @Benchmark
  public List<BulkResult> transactionPerMove() {
    return check(lab.lab.innovations().advanceAll(refs, LabinovLifecycle.INNOVATOR, "DIAGNOSE", Options.none()));
  }

  /** All moves in one transaction. */
  @Benchmark
  public List<BulkResult> oneTransaction() throws SQLException {
    try (Connection c = lab.ds.getConnection()) {
      c.setAutoCommit(false);
      Labinov inTx = Labinov.builder().clock(lab.lab.clock()).ids(LabinovLifecycle.ids(seed++))
          .innovationStore(lab.storage.innovationStore().inTransaction(c))
          .rulebookStore(lab.storage.rulebookStore()).rulebook(LabinovLifecycle.RULEBOOK).build();
      List<BulkResult> out = check(inTx.innovations().advanceAll(refs, LabinovLifecycle.INNOVATOR, "DIAGNOSE", Options.none()));
      c.commit();
      return out;
    }
  }

  private static List<BulkResult> check(List<BulkResult> results) {
    for (BulkResult r : results) {
      if (r.result() == null || !r.result().accepted()) {
        throw new IllegalStateException("bulk item failed: " + r);
      }
    }
    return results;
  }
}
