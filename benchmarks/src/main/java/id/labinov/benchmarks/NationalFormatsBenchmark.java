package id.labinov.benchmarks;

import id.labinov.core.Labinov;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.render.ReportFormat;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * National size, each report format within a heap bound (issue 21): the national summary, the
 * national stage table and the national showcase catalogue (every displayed innovation) over the
 * data set {@link NationalData} wrote, rendered in one format per run, in a JVM with
 * {@code -Xmx256m}. Output goes to a counting sink. Score: seconds per format (single shot); a run
 * that ends in an OutOfMemoryError fails, so passing means the bound held.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
public class NationalFormatsBenchmark {
  /** The format. */
  @Param({"JSON", "CSV", "XLSX", "HTML", "PDF"})
  public String format;
  /** The PostgreSQL schema {@link NationalData} filled. */
  @Param({"bench_national"})
  public String area;
  /** The regions the data set must hold. */
  @Param({"514"})
  public int regions;

  private com.zaxxer.hikari.HikariDataSource pool;
  private Reports reports;

  /** Opens the kept national area and checks it is complete. */
  @Setup(Level.Trial)
  public void open() throws Exception {
    pool = Databases.open("postgresql", area, 4, false);
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM national_done")) {
      rs.next();
      if (rs.getLong(1) < regions) {
        throw new IllegalStateException("the national area holds " + rs.getLong(1) + " of " + regions
            + " regions: run NationalData first (see BENCHMARKS.md)");
      }
    }
    JdbcStorage storage = JdbcStorage.builder().dataSource(pool).migrate(false).build();
    Labinov lab = Labinov.builder().clock(java.time.Clock.systemUTC()).innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore())
        .programmeStore(storage.programmeStore()).build();
    reports = Reports.builder().labinov(lab).generatedAt(Instant.parse(NationalData.YEAR + "-12-20T02:00:00Z")).build();
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void close() {
    pool.close();
  }

  /** Computes and renders the three national reports. */
  @Benchmark
  public long render() {
    ReportFormat f = ReportFormat.valueOf(format);
    CountingSink out = new CountingSink();
    f.write(reports.summary(Scope.national(), InnovationFilter.all()), out);
    f.write(reports.nationalStages(Scope.national(), InnovationFilter.all(), IndexOptions.none()), out);
    f.write(reports.showcaseCatalogue(Scope.national(), InnovationFilter.all(), CatalogueGrouping.OPD), out);
    return out.bytes;
  }
}
