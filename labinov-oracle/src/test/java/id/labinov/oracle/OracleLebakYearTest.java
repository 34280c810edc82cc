package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.Rulebooks;
import id.labinov.examples.lebak.LebakLabYear;
import id.labinov.examples.lebak.YearSummary;
import id.labinov.oracle.compare.Audit;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.expect.Snapshot;
import id.labinov.oracle.world.OracleDatabase;
import id.labinov.oracle.world.StoreKind;
import id.labinov.oracle.world.TestClock;
import id.labinov.persistence.jdbc.FeedEntry;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.reporting.Reports;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Lebak lab year of the examples module ({@code LebakLabYear.run}) played onto a database, then
 * every figure of its reports recomputed by the oracle from the raw histories (enumerated through the
 * region's change feed) at report times around the innovation week and after it. The year keeps a
 * refusal log; the sheets its panel saw refused (counted from the year's own command results) must be
 * what the ranking says was refused.
 */
class OracleLebakYearTest {
  private static final RegionCode LEBAK = RegionCode.parse("36.02");
  private static final String PROGRAMME = "lebak-2019";
  /** The scheme the year's innovation-week panel scores with (README, "The Lebak lab year"). */
  private static final String PANEL_SCHEME = EvaluationSchemes.igaPresentation2023().id();

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = StoreKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
  void everyFigureOfTheLebakYearsReportsMatchesTheOracle(StoreKind kind, @TempDir Path out) {
    try (OracleDatabase db = OracleDatabase.reserve(kind, "lbk")) {
      YearSummary year = LebakLabYear.run(new LebakLabYear.Settings(out, db.url(), db.user(), "", db.prefix()),
          new PrintStream(OutputStream.nullOutputStream()));
      // the panel of four tried to score every displayed innovation once: what it did not get in was refused
      long refusedSheets = 4L * year.displayed() - year.scoreSheets();
      assertThat(refusedSheets).as("sheets the year's panel saw refused").isPositive();
      JdbcStorage storage = db.storage();
      List<InnovationRef> refs = new ArrayList<>();
      Instant lastEvent = innovations(storage, refs);
      assertThat(refs).as("innovations of the Lebak year in the change feed").hasSize(150);
      // report times come after everything the year recorded: its events, score sheets and refusals
      for (ScoreEntry e : storage.evaluationStore().scoresInScope(Scope.region(LEBAK), PANEL_SCHEME, 2019)) {
        lastEvent = e.recordedAt().isAfter(lastEvent) ? e.recordedAt() : lastEvent;
      }
      Instant[] lastRefusal = {lastEvent};
      storage.refusalLog().forEach(Scope.region(LEBAK), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
          r -> lastRefusal[0] = r.at().isAfter(lastRefusal[0]) ? r.at() : lastRefusal[0]);
      lastEvent = lastRefusal[0];

      TestClock clock = new TestClock(lastEvent);
      Labinov lab = Labinov.builder().clock(clock).innovationStore(storage.innovationStore())
          .rulebookStore(storage.rulebookStore()).programmeStore(storage.programmeStore())
          .evaluationStore(storage.evaluationStore()).rulebook(Rulebooks.fiveD()).build();
      Programme programme = lab.programmes().find(LEBAK, PROGRAMME).orElseThrow();
      Snapshot data = Snapshot.read(lab, storage.rulebookStore(), storage.evaluationStore(), refs,
          List.of(Rulebooks.fiveD()));

      Diffs diffs = new Diffs();
      int[] thresholds = {60, 0, 20, 120};
      List<Instant> times = reportTimes(lastEvent);
      for (int i = 0; i < times.size(); i++) {
        Instant at = times.get(i);
        Audit audit = new Audit(List.of(Scope.region(LEBAK), Scope.province(Province.ofCode("36"))),
            List.of(programme), List.of(EvaluationSchemes.igaPresentation2023(), EvaluationSchemes.kippCriteria()),
            List.of(2019, 2020), thresholds[i % thresholds.length],
            // every sheet the panel saw refused was for an innovation of the programme, in Lebak
            (covered, scheme, round) -> scheme.equals(PANEL_SCHEME) && round == 2019 && !covered.isEmpty()
                ? refusedSheets : 0);
        Reports reports = Reports.builder().labinov(lab).evaluationStore(storage.evaluationStore())
            .refusalLog(storage.refusalLog()).generatedAt(at).build();
        audit.run(reports, data, at, diffs);
      }
      assertThat(diffs.compared()).as("figures compared").isGreaterThan(5_000);
      assertThat(diffs.lines()).as("the Lebak year on " + kind + ": " + diffs.describe(80)).isEmpty();
    }
  }

  /** Lists the region's innovations from its change feed; returns the time of the last event. */
  private static Instant innovations(JdbcStorage storage, List<InnovationRef> out) {
    Set<InnovationRef> seen = new LinkedHashSet<>();
    Instant last = Instant.EPOCH;
    long after = 0;
    while (true) {
      List<FeedEntry> page = storage.changeFeed().read(LEBAK, after, 1000);
      if (page.isEmpty()) {
        break;
      }
      for (FeedEntry e : page) {
        seen.add(e.ref());
        Instant t = e.event().metadata().occurredAt();
        last = t.isAfter(last) ? t : last;
        after = e.position();
      }
    }
    out.addAll(seen);
    return last;
  }

  /**
   * Report times: just after the last event; the last moment of the innovation week's window
   * (14 December 23:59:59 WIB) and the first moment after it; the new year; mid-2020.
   */
  private static List<Instant> reportTimes(Instant lastEvent) {
    List<Instant> out = new ArrayList<>();
    out.add(lastEvent.plusSeconds(60));
    for (String t : List.of("2019-12-14T16:59:59Z", "2019-12-14T17:00:00Z", "2020-01-01T00:00:00Z",
        "2020-07-01T05:00:00Z")) {
      Instant at = Instant.parse(t);
      if (at.isAfter(lastEvent)) {
        out.add(at);
      }
    }
    return out;
  }
}
