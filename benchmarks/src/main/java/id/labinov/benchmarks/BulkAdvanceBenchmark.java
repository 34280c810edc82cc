package id.labinov.benchmarks;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.CommandResult;
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
 * Bulk advance: {@code batch} innovations from DRUM_UP to DIAGNOSE, one transaction per move (a loop
 * of {@code advance} on the pooled store), all single moves in one transaction (the loop on a facade
 * on {@code JdbcInnovationStore.inTransaction(connection)}, committed once), and the bulk path
 * ({@code advanceAll} with {@code BulkItem}s: one locked read and batched writes per chunk of
 * {@code chunk}). Score: time per batch; fresh innovations are proposed before each invocation,
 * outside the measurement.
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
  /** Items per chunk of the bulk path. */
  @Param({"500"})
  public int chunk;

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
  public List<CommandResult> transactionPerMove() {
    return moveEach(lab.lab);
  }

  /** All single moves in one transaction. */
  @Benchmark
  public List<CommandResult> oneTransaction() throws SQLException {
    try (Connection c = lab.ds.getConnection()) {
      c.setAutoCommit(false);
      Labinov inTx = Labinov.builder().clock(lab.lab.clock()).ids(LabinovLifecycle.ids(seed++))
          .innovationStore(lab.storage.innovationStore().inTransaction(c))
          .rulebookStore(lab.storage.rulebookStore()).rulebook(LabinovLifecycle.RULEBOOK).build();
      List<CommandResult> out = moveEach(inTx);
      c.commit();
      return out;
    }
  }

  /** The bulk path: chunks of {@code chunk} items, each one locked read and batched writes. */
  @Benchmark
  public List<BulkResult> bulkPath() {
    List<BulkResult> results = lab.lab.innovations().advanceAll(refs.stream().map(BulkItem::of).toList(),
        LabinovLifecycle.INNOVATOR, "DIAGNOSE", BulkOptions.defaults().withChunkSize(chunk));
    for (BulkResult r : results) {
      if (r.outcome() != BulkResult.Outcome.ACCEPTED) {
        throw new IllegalStateException("bulk item failed: " + r);
      }
    }
    return results;
  }

  private List<CommandResult> moveEach(Labinov facade) {
    List<CommandResult> out = new ArrayList<>(refs.size());
    for (InnovationRef ref : refs) {
      out.add(facade.innovations().advance(ref, LabinovLifecycle.INNOVATOR, "DIAGNOSE", Options.none()).orThrow());
    }
    return out;
  }
}
