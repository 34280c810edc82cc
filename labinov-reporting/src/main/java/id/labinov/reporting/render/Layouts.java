package id.labinov.reporting.render;

import id.labinov.core.internal.Checks;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.data.BlockerReport;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.internal.ReportTexts;

/** Lays out any report as a {@link Doc}; the one place that knows every report's tables and columns. */
final class Layouts {
  private Layouts() {}

  static Doc of(Report report) {
    Checks.notNull(report, "report");
    Doc d;
    if (report instanceof ProgrammeSummary r) {
      d = AggregateLayouts.summary(r);
    } else if (report instanceof StageDurationReport r) {
      d = AggregateLayouts.durations(r);
    } else if (report instanceof NationalStageSummary r) {
      d = AggregateLayouts.national(r);
    } else if (report instanceof EvaluationRanking r) {
      d = ListLayouts.ranking(r);
    } else if (report instanceof ShowcaseCatalogue r) {
      d = ListLayouts.catalogue(r);
    } else if (report instanceof InnovationProfileReport r) {
      d = DetailLayouts.profile(r);
    } else if (report instanceof AuditTrail r) {
      d = DetailLayouts.audit(r);
    } else if (report instanceof BlockerReport r) {
      d = ListLayouts.blockers(r);
    } else if (report instanceof OnePageSummary r) {
      d = OnePageLayout.of(r);
    } else if (report instanceof id.labinov.reporting.data.IidReadiness r) {
      d = ReadinessLayouts.readiness(r);
    } else if (report instanceof id.labinov.reporting.data.IidReadinessOnePage r) {
      d = ReadinessLayouts.onePage(r);
    } else if (report instanceof id.labinov.reporting.data.SustainabilityReport r) {
      d = CycleLayouts.sustainability(r);
    } else if (report instanceof id.labinov.reporting.data.IndexWhatIf r) {
      d = CycleLayouts.whatIf(r);
    } else {
      throw new IllegalArgumentException("unknown report " + report.getClass().getName());
    }
    return d;
  }

  static String title(Report report) {
    return ReportTexts.text(report.info().locale(), "report." + report.info().kind().code() + ".title");
  }
}
