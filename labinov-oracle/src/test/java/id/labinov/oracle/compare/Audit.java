package id.labinov.oracle.compare;

import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Scope;
import id.labinov.core.port.InnovationFilter;
import id.labinov.core.programme.Programme;
import id.labinov.oracle.expect.CatalogueOracle;
import id.labinov.oracle.expect.DurationOracle;
import id.labinov.oracle.expect.NationalOracle;
import id.labinov.oracle.expect.RankingOracle;
import id.labinov.oracle.expect.Selection;
import id.labinov.oracle.expect.Snapshot;
import id.labinov.oracle.expect.SummaryOracle;
import id.labinov.oracle.expect.Zones;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.CatalogueGrouping;
import java.time.Instant;
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
 */
public record Audit(List<Scope> scopes, List<Programme> programmes, List<EvaluationScheme> schemes, List<Integer> rounds,
    int stalledAfterDays) {

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
    for (Scope scope : scopes) {
      Selection s = new Selection(scope, null);
      check(reports, data, at, diffs, s, scope, InnovationFilter.all(), null);
    }
    for (Programme p : programmes) {
      Scope scope = Scope.region(p.region());
      Selection s = new Selection(scope, p.id());
      check(reports, data, at, diffs, s, scope, InnovationFilter.builder().programmes(p.id()).build(), p);
    }
  }

  private void check(Reports reports, Snapshot data, Instant at, Diffs diffs, Selection s, Scope scope,
      InnovationFilter filter, Programme p) {
    String where = s + " at " + at;
    IndonesianTimeZone zone = Zones.of(scope);
    ReportChecks.summary(diffs.on("programme-summary", where), SummaryOracle.expect(data, s, p, at),
        p == null ? reports.summary(scope, filter) : reports.programmeSummary(p.region(), p.id()), at, scope);
    ReportChecks.durations(diffs.on("stage-durations", where), DurationOracle.expect(data, s, stalledAfterDays, at),
        reports.stageDurations(scope, filter, stalledAfterDays), at, zone, scope);
    ReportChecks.national(diffs.on("national-stages", where), NationalOracle.expect(data, s, at),
        reports.nationalStages(scope, filter, IndexOptions.none()), at, zone, scope);
    for (CatalogueGrouping g : CatalogueGrouping.values()) {
      ReportChecks.catalogue(diffs.on("showcase-catalogue", where + " by " + g),
          CatalogueOracle.expect(data, s, g, DISPLAYED, at), reports.showcaseCatalogue(scope, filter, g), at, zone,
          scope);
    }
    for (EvaluationScheme scheme : schemes) {
      for (int round : rounds) {
        ReportChecks.ranking(diffs.on("evaluation-ranking", where + " " + scheme.reference() + " round " + round),
            RankingOracle.expect(data, s, scheme, round), reports.evaluationRanking(scope, filter, scheme, round), at,
            zone, scope);
      }
    }
  }
}
