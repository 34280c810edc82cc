package id.labinov.oracle.compare;

import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.oracle.expect.CatalogueOracle;
import id.labinov.oracle.expect.DurationOracle;
import id.labinov.oracle.expect.ExpectedDurations;
import id.labinov.oracle.expect.ExpectedRanking;
import id.labinov.oracle.expect.ExpectedSummary;
import id.labinov.oracle.expect.NationalOracle;
import id.labinov.oracle.expect.RankingOracle;
import id.labinov.oracle.expect.Selection;
import id.labinov.oracle.expect.Snapshot;
import id.labinov.oracle.expect.SummaryOracle;
import id.labinov.oracle.expect.Zones;
import id.labinov.oracle.fold.Folded;
import id.labinov.oracle.fold.Pause;
import id.labinov.oracle.fold.Stay;
import id.labinov.oracle.gen.Coverage;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.CatalogueGrouping;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Runs the reports of one data set at one report time and compares each with the oracle.
 *
 * @param scopes the scopes whose reports (over every innovation) are compared
 * @param programmes the programmes whose reports (over their innovations) are compared
 * @param schemes the evaluation schemes ranked
 * @param rounds the rounds ranked
 * @param stalledAfterDays the stalled threshold
 * @param refusedSheets how many sheets were refused at submission per scope, scheme and round, when the
 *     lab keeps a refusal log (and gives it to the reports); {@code null} without one (the rankings then
 *     know no number)
 */
public record Audit(List<Scope> scopes, List<Programme> programmes, List<EvaluationScheme> schemes, List<Integer> rounds,
    int stalledAfterDays, RefusedSheets refusedSheets) {

  /**
   * Counts the sheets refused at submission, from what the test saw refused (not from the log). As the
   * figure's definition says, a ranking counts those of the innovations it covers: its scope and, for a
   * programme's ranking, the programme's innovations.
   */
  @FunctionalInterface
  public interface RefusedSheets {
    /** Returns how many sheets were refused for the scheme and round on the innovations in {@code covered}. */
    long count(java.util.Set<id.labinov.core.engine.InnovationRef> covered, String schemeId, int round);
  }

  /** The stages the catalogue counts as displayed (the reports' default). */
  public static final Set<String> DISPLAYED = Reports.DEFAULT_DISPLAYED_STAGES;

  /**
   * Compares every report of the audit at one report time.
   *
   * @param reports the reports, built with {@code generatedAt(at)}
   * @param data the raw data, read after the last event
   * @param at the report time
   * @param diffs where the differences go
   */
  public void run(Reports reports, Snapshot data, Instant at, Diffs diffs) {
    run(reports, data, at, diffs, new Coverage());
  }

  /**
   * Compares every report of the audit at one report time, and counts what the data exercised.
   *
   * @param reports the reports, built with {@code generatedAt(at)}
   * @param data the raw data, read after the last event
   * @param at the report time
   * @param diffs where the differences go
   * @param coverage where what was exercised is counted
   */
  public void run(Reports reports, Snapshot data, Instant at, Diffs diffs, Coverage coverage) {
    for (Scope scope : scopes) {
      Selection s = new Selection(scope, null);
      check(reports, data, at, diffs, s, scope, InnovationFilter.all(), null, coverage);
    }
    for (Programme p : programmes) {
      Scope scope = Scope.region(p.region());
      Selection s = new Selection(scope, p.id());
      check(reports, data, at, diffs, s, scope, InnovationFilter.builder().programmes(p.id()).build(), p, coverage);
    }
    for (Folded f : data.all()) {
      ZoneId zone = f.ref().region().defaultTimeZone().zoneId();
      for (Stay stay : f.stays()) {
        for (Pause pause : stay.pauses()) {
          Instant end = pause.end() == null ? at : pause.end();
          if (!pause.start().atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate())) {
            coverage.saw("hold over a midnight");
          }
        }
      }
      LocalDate today = at.atZone(zone).toLocalDate();
      if (!f.dropped() && NationalOracle.raisedByDates(f, data.rulebookOf(f), today)) {
        coverage.saw("national stage from dates");
      }
    }
  }

  private void check(Reports reports, Snapshot data, Instant at, Diffs diffs, Selection s, Scope scope,
      InnovationFilter filter, Programme p, Coverage coverage) {
    String where = s + " at " + at;
    IndonesianTimeZone zone = Zones.of(scope);
    ExpectedSummary summary = SummaryOracle.expect(data, s, p, at);
    ReportChecks.summary(diffs.on("programme-summary", where), summary,
        p == null ? reports.summary(scope, filter) : reports.programmeSummary(p.region(), p.id()), at, scope);
    coverage.saw("late in schedule", summary.schedule().stream().mapToLong(ExpectedSummary.ScheduleRow::late).sum());
    ExpectedDurations durations = DurationOracle.expect(data, s, stalledAfterDays, at);
    ReportChecks.durations(diffs.on("stage-durations", where), durations,
        reports.stageDurations(scope, filter, stalledAfterDays), at, zone, scope);
    coverage.saw("stalled", durations.stalledTotal());
    ReportChecks.national(diffs.on("national-stages", where), NationalOracle.expect(data, s, at),
        reports.nationalStages(scope, filter, IndexOptions.none()), at, zone, scope);
    for (CatalogueGrouping g : CatalogueGrouping.values()) {
      CatalogueOracle.Expected catalogue = CatalogueOracle.expect(data, s, g, DISPLAYED, at);
      ReportChecks.catalogue(diffs.on("showcase-catalogue", where + " by " + g), catalogue,
          reports.showcaseCatalogue(scope, filter, g), at, zone, scope);
      coverage.saw("catalogue entry", catalogue.entries().size());
    }
    java.util.Set<id.labinov.core.engine.InnovationRef> covered = new java.util.HashSet<>();
    data.select(s).forEach(f -> covered.add(f.ref()));
    for (EvaluationScheme scheme : schemes) {
      for (int round : rounds) {
        ExpectedRanking ranking = RankingOracle.expect(data, s, scheme, round);
        Long refused = refusedSheets == null ? null : refusedSheets.count(covered, scheme.id(), round);
        ReportChecks.ranking(diffs.on("evaluation-ranking", where + " " + scheme.reference() + " round " + round),
            ranking, refused, reports.evaluationRanking(scope, filter, scheme, round), at, zone, scope);
        coverage.saw("trimmed ranking", ranking.rows().stream().filter(ExpectedRanking.Row::trimmed).count());
        if (p != null) {
          OnePageChecks.check(diffs.on("one-page-summary", where + " " + scheme.reference() + " round " + round),
              summary, ranking, data.select(s), reports.onePageSummary(p.region(), p.id(), scheme, round));
        }
      }
    }
  }
}
