package id.labinov.benchmarks;

import id.labinov.core.Labinov;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.StageDurationReport;
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
 * National size (issue 21): reports over the data set {@link NationalData} wrote to PostgreSQL
 * (every kabupaten/kota with a lab year; run the generator first). One warm-up shot, then measured
 * single shots; score: seconds per report. {@code nationalSummary} is the summary of every region,
 * {@code nationalStages} the national stage table, {@code provinceSummary} the summary of one
 * province ({@code province}, default Jawa Timur with 38 kabupaten/kota), {@code regionSummary} one
 * region's programme summary ({@code region}), {@code regionDurations} its stage durations with the
 * stalled list, {@code millionSummary} the summary over 1,000,000 innovations ({@link MillionData}).
 * The summaries are measured as the report values the renderers receive: every figure computed,
 * the dropped list still lazy. {@code nationalDroppedList} reads the national dropped list to the
 * end, as a renderer would (one history read per dropped innovation, for its reason).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
public class NationalBenchmark {
  /** The PostgreSQL schema {@link NationalData} filled. */
  @Param({"bench_national"})
  public String area;
  /** The regions the data set must hold (the generator's progress table is checked). */
  @Param({"514"})
  public int regions;
  /** The province of {@code provinceSummary}. */
  @Param({"35"})
  public String province;
  /** The region of {@code regionSummary}. */
  @Param({"36.02"})
  public String region;

  private javax.sql.DataSource ds;
  private com.zaxxer.hikari.HikariDataSource pool;
  private Reports reports;

  /** Opens the kept national area and checks it is complete. */
  @Setup(Level.Trial)
  public void open() throws Exception {
    pool = Databases.open("postgresql", area, 4, false);
    ds = pool;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM national_done")) {
      rs.next();
      if (rs.getLong(1) < regions) {
        throw new IllegalStateException("the national area holds " + rs.getLong(1) + " of " + regions
            + " regions: run NationalData first (see BENCHMARKS.md)");
      }
    }
    JdbcStorage storage = JdbcStorage.builder().dataSource(ds).migrate(false).build();
    Labinov lab = Labinov.builder().clock(java.time.Clock.systemUTC()).innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore())
        .programmeStore(storage.programmeStore()).build();
    reports = Reports.builder().labinov(lab).generatedAt(Instant.parse(NationalData.YEAR + "-12-20T02:00:00Z")).build();
    System.out.println("[bench] " + NationalProgress.totals(ds) + " on " + Databases.version(ds));
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void close() {
    pool.close();
  }

  /** The summary of every region. */
  @Benchmark
  public long nationalSummary() {
    return figures(reports.summary(Scope.national(), InnovationFilter.all()));
  }

  /** The summary of every region with its dropped list read to the end. */
  @Benchmark
  public long nationalDroppedList() {
    ProgrammeSummary summary = reports.summary(Scope.national(), InnovationFilter.all());
    long n = 0;
    for (Object ignored : summary.dropped()) {
      n++;
    }
    return n;
  }

  /** The national stage table. */
  @Benchmark
  public long nationalStages() {
    NationalStageSummary s = reports.nationalStages(Scope.national(), InnovationFilter.all(), IndexOptions.none());
    return s.total().total() + s.byOpd().size();
  }

  /** The summary of one province. */
  @Benchmark
  public long provinceSummary() {
    return figures(reports.summary(Scope.province(Province.ofCode(province)), InnovationFilter.all()));
  }

  /** One region's programme summary, with its schedule. */
  @Benchmark
  public long regionSummary() {
    return figures(reports.programmeSummary(RegionCode.parse(region), NationalData.PROGRAMME));
  }

  /** One region's stage durations and stalled list. */
  @Benchmark
  public long regionDurations() {
    StageDurationReport r = reports.stageDurations(Scope.region(RegionCode.parse(region)), InnovationFilter.all(), 30);
    return r.stalledTotal() + r.stalled().size();
  }

  /** The 1,000,000-innovation area, grown from the national one by {@link MillionData}. */
  @State(org.openjdk.jmh.annotations.Scope.Benchmark)
  public static class Million {
    /** Innovations in the area. */
    @Param({"1000000"})
    public int millionSize;
    com.zaxxer.hikari.HikariDataSource pool;
    Reports reports;

    /**
     * Opens (and on the first run fills) the area.
     *
     * @param bench the national state, for its area's name
     * @throws Exception if the database fails
     */
    @Setup(Level.Trial)
    public void open(NationalBenchmark bench) throws Exception {
      pool = Databases.open("postgresql", bench.area + "_million", 4, false);
      JdbcStorage storage = JdbcStorage.builder().dataSource(pool).build();
      long n = MillionData.fill(pool, bench.area, millionSize);
      Labinov lab = Labinov.builder().clock(java.time.Clock.systemUTC()).innovationStore(storage.innovationStore())
          .rulebookStore(storage.rulebookStore()).programmeStore(storage.programmeStore()).build();
      reports = Reports.builder().labinov(lab).generatedAt(Instant.parse(NationalData.YEAR + "-12-20T02:00:00Z")).build();
      System.out.println("[bench] million area: " + n + " innovations");
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() {
      pool.close();
    }
  }

  /**
   * The summary over the 1,000,000 innovations.
   *
   * @param m the million area
   * @return what was read
   */
  @Benchmark
  public long millionSummary(Million m) {
    return figures(m.reports.summary(Scope.national(), InnovationFilter.all()));
  }

  /** Touches every computed figure of a summary (not the lazy dropped list). */
  private static long figures(ProgrammeSummary summary) {
    return summary.total() + summary.byStage().size() + summary.funnel().size() + summary.byOpd().size()
        + summary.schedule().size();
  }
}
