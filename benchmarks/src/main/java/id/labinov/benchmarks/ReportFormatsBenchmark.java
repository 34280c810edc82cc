package id.labinov.benchmarks;

import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.render.ReportFormat;
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
 * Suite 3, reports within a heap bound: each format renders the summary and the catalogue of
 * {@code size} innovations (all in DRUM_UP, which this benchmark's {@code Reports} counts as
 * displayed, so the catalogue lists every one) from PostgreSQL, in a JVM with {@code -Xmx256m}.
 * The output goes to a counting sink. Score: seconds per format (single shot); passing means the
 * heap bound held.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
public class ReportFormatsBenchmark {
  /** The format. */
  @Param({"JSON", "CSV", "XLSX", "HTML", "PDF"})
  public String format;
  /** Innovations in the store. */
  @Param({"100000"})
  public int size;
  /** The database. */
  @Param({"postgresql"})
  public String db;

  private LabinovJdbc lab;
  private Reports reports;

  /** Opens the kept area and fills it to {@code size} innovations. */
  @Setup(Level.Trial)
  public void open() {
    lab = new LabinovJdbc(db, "bench_reports", 4, 21, false);
    long have = ScaleData.count(lab);
    if (have > size) {
      lab.close();
      lab = new LabinovJdbc(db, "bench_reports", 4, 21, true);
      have = 0;
    }
    if (db.equals("postgresql")) {
      if (have < Math.min(10_000, size)) {
        ScaleData.importProposals(lab, (int) (Math.min(10_000, size) - have), 1_000, have + 1);
      }
      ScaleData.copyOnPostgres(lab, size);
    } else if (have < size) {
      ScaleData.importProposals(lab, (int) (size - have), 1_000, have + 1);
    }
    reports = Reports.builder().labinov(lab.lab).generatedAt(Instant.parse("2019-12-20T02:00:00Z"))
        .displayedStages("DRUM_UP").build();
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void close() {
    lab.close();
  }

  /** Computes and renders the summary and the catalogue. */
  @Benchmark
  public long render() {
    ReportFormat f = ReportFormat.valueOf(format);
    CountingSink out = new CountingSink();
    Report summary = reports.summary(Scope.region(LabinovLifecycle.REGION), InnovationFilter.all());
    f.write(summary, out);
    Report catalogue = reports.showcaseCatalogue(Scope.region(LabinovLifecycle.REGION), InnovationFilter.all(),
        CatalogueGrouping.OPD);
    f.write(catalogue, out);
    return out.bytes;
  }
}
