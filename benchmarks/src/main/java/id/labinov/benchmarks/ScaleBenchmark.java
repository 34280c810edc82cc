package id.labinov.benchmarks;

import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.ProgrammeSummary;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suite 3, scale. {@code importProposals}: {@code size} innovations proposed into a clean store
 * through the facade, 1,000 per transaction; {@code importBatchApi}: the same through the JDBC
 * module's batch-import API (single shot: seconds per import). {@code programmeSummary}: the summary
 * ({@link Reports#summary}) over {@code summarySize} innovations on PostgreSQL (seconds per summary).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class ScaleBenchmark {
  /** A clean store for every import. */
  @State(org.openjdk.jmh.annotations.Scope.Benchmark)
  public static class Import {
    /** The database. */
    @Param({"postgresql", "h2-file", "h2-mem", "mariadb"})
    public String db;
    /** Innovations per import. */
    @Param({"100000"})
    public int size;
    LabinovJdbc lab;

    /** Opens a clean area. */
    @Setup(Level.Iteration)
    public void open() {
      lab = new LabinovJdbc(db, "bench_import", 2, 5);
    }

    /** Checks the count and closes the pool. */
    @TearDown(Level.Iteration)
    public void close() {
      long n = ScaleData.count(lab);
      lab.close();
      if (n != size) {
        throw new IllegalStateException("imported " + n + " of " + size);
      }
    }
  }

  /** A large store on PostgreSQL, kept between runs. */
  @State(org.openjdk.jmh.annotations.Scope.Benchmark)
  public static class Large {
    /** Innovations in the store. */
    @Param({"1000000"})
    public int summarySize;
    LabinovJdbc lab;
    Reports reports;

    /** Opens the kept area and grows it to the size wanted (proposing 10,000, copying the rest). */
    @Setup(Level.Trial)
    public void open() {
      lab = new LabinovJdbc("postgresql", "bench_large", 4, 3, false);
      long have = ScaleData.count(lab);
      if (have > summarySize) {
        lab.close();
        lab = new LabinovJdbc("postgresql", "bench_large", 4, 3, true);
        have = 0;
      }
      if (have < Math.min(10_000, summarySize)) {
        ScaleData.importProposals(lab, (int) (Math.min(10_000, summarySize) - have), 1_000, have + 1);
      }
      ScaleData.copyOnPostgres(lab, summarySize);
      System.out.println("[bench] " + ScaleData.count(lab) + " innovations on " + Databases.version(lab.ds));
      reports = Reports.builder().labinov(lab.lab).generatedAt(Instant.parse("2019-12-20T02:00:00Z")).build();
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() {
      lab.close();
    }
  }

  /** Imports {@code size} proposals. */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public int importProposals(Import s) {
    return ScaleData.importProposals(s.lab, s.size, 1_000, 17);
  }

  /** Imports {@code size} proposals through the batch-import API (1,000 per JDBC batch). */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public int importBatchApi(Import s) {
    return ScaleData.importBatch(s.lab, s.size, 1_000, 17);
  }

  /** The summary over the whole region, its dropped list read to the end. */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long programmeSummary(Large s) {
    ProgrammeSummary summary = s.reports.summary(Scope.region(LabinovLifecycle.REGION), InnovationFilter.all());
    long n = 0;
    for (Object ignored : summary.dropped()) {
      n++;
    }
    return n + summary.total();
  }
}
