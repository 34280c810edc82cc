package id.labinov.reporting.data;

/**
 * A computed report: plain data, ready for any renderer. The family is closed: every report is one
 * of the permitted records.
 */
public sealed interface Report
    permits ProgrammeSummary, StageDurationReport, EvaluationRanking, InnovationProfileReport,
        ShowcaseCatalogue, AuditTrail, NationalStageSummary, BlockerReport, OnePageSummary, IidReadiness,
        IidReadinessOnePage, SustainabilityReport, IndexWhatIf {
  /** {@return what every report carries: kind, language, time of generation, zone and scope} */
  ReportInfo info();
}
