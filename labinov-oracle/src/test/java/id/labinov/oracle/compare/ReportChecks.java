package id.labinov.oracle.compare;

import static id.labinov.oracle.compare.Diffs.figure;

import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Scope;
import id.labinov.oracle.expect.CatalogueOracle;
import id.labinov.oracle.expect.ExpectedDurations;
import id.labinov.oracle.expect.ExpectedRanking;
import id.labinov.oracle.expect.ExpectedSummary;
import id.labinov.oracle.expect.NationalOracle;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.Count;
import id.labinov.reporting.data.CriterionInfo;
import id.labinov.reporting.data.DroppedInnovation;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.NationalStageRow;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeFacts;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.ScheduleStep;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.data.StageCount;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.data.StalledInnovation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares every figure of a report's data record with the oracle's expectation. */
public final class ReportChecks {
  private ReportChecks() {}

  private static void info(Diffs.On d, Report r, ReportKind kind, Instant at, IndonesianTimeZone zone, Scope scope) {
    d.eq("info", null, "kind", kind, r.info().kind());
    d.eq("info", null, "generatedAt", at.truncatedTo(ChronoUnit.MICROS), r.info().generatedAt());
    d.eq("info", null, "timeZone", zone, r.info().timeZone());
    d.eq("info", null, "scope", scope, r.info().scope());
  }

  /** Compares a programme or scope summary. */
  public static void summary(Diffs.On d, ExpectedSummary e, ProgrammeSummary a, Instant at, Scope scope) {
    info(d, a, ReportKind.PROGRAMME_SUMMARY, at, e.zone(), scope);
    d.eq("facts", null, "total", e.total(), a.total());
    d.table("byStage", e.byStage(), a.byStage(), ExpectedSummary.StageRow::stage, StageCount::stage, List.of(
        figure("active", ExpectedSummary.StageRow::active, StageCount::active),
        figure("onHold", ExpectedSummary.StageRow::onHold, StageCount::onHold),
        figure("dropped", ExpectedSummary.StageRow::dropped, StageCount::dropped),
        figure("total", r -> r.active() + r.onHold() + r.dropped(), StageCount::total)));
    List<Map.Entry<Object, Long>> statuses = new ArrayList<>();
    e.byStatus().forEach((k, v) -> statuses.add(Map.entry(k, v)));
    d.table("byStatus", statuses, a.byStatus(), Map.Entry::getKey, c -> c.key(), List.of(
        figure("count", Map.Entry::getValue, Count::count)));
    d.table("byOpd", e.byOpd(), a.byOpd(), ExpectedSummary.Keyed::key, OpdCount::opd, List.of(
        figure("count", ExpectedSummary.Keyed::count, OpdCount::count)));
    d.table("byBentuk", e.byBentuk(), a.byBentuk(), ExpectedSummary.Keyed::key, Count::key, List.of(
        figure("count", ExpectedSummary.Keyed::count, Count::count)));
    d.table("byJenis", e.byJenis(), a.byJenis(), ExpectedSummary.Keyed::key, Count::key, List.of(
        figure("count", ExpectedSummary.Keyed::count, Count::count)));
    d.table("funnel", e.funnel(), a.funnel(), ExpectedSummary.FunnelRow::stage, FunnelStep::stage, List.of(
        figure("reached", ExpectedSummary.FunnelRow::reached, FunnelStep::reached),
        figure("percentOfTotal", ExpectedSummary.FunnelRow::percentOfTotal, FunnelStep::percentOfTotal),
        figure("percentOfPrevious", ExpectedSummary.FunnelRow::percentOfPrevious, FunnelStep::percentOfPrevious)));
    d.table("schedule", e.schedule(), a.schedule(), ExpectedSummary.ScheduleRow::stage, ScheduleStep::stage, List.of(
        figure("windowStart", ExpectedSummary.ScheduleRow::windowStart, ScheduleStep::windowStart),
        figure("windowEnd", ExpectedSummary.ScheduleRow::windowEnd, ScheduleStep::windowEnd),
        figure("phase", ExpectedSummary.ScheduleRow::phase, ScheduleStep::phase),
        figure("inStage", ExpectedSummary.ScheduleRow::inStage, ScheduleStep::inStage),
        figure("reached", ExpectedSummary.ScheduleRow::reached, ScheduleStep::reached),
        figure("late", ExpectedSummary.ScheduleRow::late, ScheduleStep::late)));
    ExpectedSummary.Facts f = e.facts();
    ProgrammeFacts p = a.programme();
    d.eq("facts", null, "programme", f == null ? "none" : "present", p == null ? "none" : "present");
    if (f != null && p != null) {
      d.eq("facts", null, "programmeId", f.id(), p.id());
      d.eq("facts", null, "programmeName", f.name(), p.name());
      d.eq("facts", null, "programmeYear", f.year(), p.year());
      d.eq("facts", null, "organisingUnit", f.organisingUnit(), p.organisingUnit());
      d.eq("facts", null, "programmeStatus", f.status(), p.status());
      d.eq("facts", null, "target", f.target(), p.target());
      d.eq("facts", null, "achieved", f.achieved(), p.achieved());
      d.eq("facts", null, "achievedPercent", f.achievedPercent(), p.achievedPercent());
      d.eq("facts", null, "late", f.late(), p.late());
      d.eq("facts", null, "finalStage", f.finalStage(), p.finalStage());
    }
    List<DroppedInnovation> dropped = new ArrayList<>();
    a.dropped().forEach(dropped::add);
    d.table("dropped", e.dropped(), dropped, ExpectedSummary.DroppedRow::ref, DroppedInnovation::ref, List.of(
        figure("title", ExpectedSummary.DroppedRow::title, DroppedInnovation::title),
        figure("opd", ExpectedSummary.DroppedRow::opd, DroppedInnovation::opd),
        figure("stage", ExpectedSummary.DroppedRow::stage, DroppedInnovation::stage),
        figure("droppedAt", ExpectedSummary.DroppedRow::droppedAt, DroppedInnovation::droppedAt),
        figure("reason", ExpectedSummary.DroppedRow::reason, DroppedInnovation::reason)));
  }

  /** Compares a stage-duration report. */
  public static void durations(Diffs.On d, ExpectedDurations e, StageDurationReport a, Instant at,
      IndonesianTimeZone zone, Scope scope) {
    info(d, a, ReportKind.STAGE_DURATIONS, at, zone, scope);
    d.eq("facts", null, "stalledAfterDays", e.stalledAfterDays(), a.stalledAfterDays());
    d.eq("facts", null, "stalledTotal", e.stalledTotal(), a.stalledTotal());
    d.table("stages", e.stages(), a.stages(), ExpectedDurations.StageStats::stage, StageStatistics::stage, List.of(
        figure("stays", ExpectedDurations.StageStats::stays, StageStatistics::stays),
        figure("ongoing", ExpectedDurations.StageStats::ongoing, StageStatistics::ongoing),
        figure("minDays", ExpectedDurations.StageStats::min, StageStatistics::minDays),
        figure("q1Days", ExpectedDurations.StageStats::q1, StageStatistics::q1Days),
        figure("medianDays", ExpectedDurations.StageStats::median, StageStatistics::medianDays),
        figure("q3Days", ExpectedDurations.StageStats::q3, StageStatistics::q3Days),
        figure("maxDays", ExpectedDurations.StageStats::max, StageStatistics::maxDays),
        figure("meanDays", ExpectedDurations.StageStats::mean, StageStatistics::meanDays)));
    d.table("stalled", e.stalled(), a.stalled(), ExpectedDurations.StalledRow::ref, StalledInnovation::ref, List.of(
        figure("title", ExpectedDurations.StalledRow::title, StalledInnovation::title),
        figure("opd", ExpectedDurations.StalledRow::opd, StalledInnovation::opd),
        figure("stage", ExpectedDurations.StalledRow::stage, StalledInnovation::stage),
        figure("status", ExpectedDurations.StalledRow::status, StalledInnovation::status),
        figure("enteredAt", ExpectedDurations.StalledRow::enteredAt, StalledInnovation::enteredAt),
        figure("days", ExpectedDurations.StalledRow::days, StalledInnovation::days)));
  }

  /**
   * Compares an evaluation ranking.
   *
   * @param refused the sheets refused at submission in the ranking's scope, as the test saw them, or
   *     {@code null} when the lab keeps no refusal log (the number is unknown)
   */
  public static void ranking(Diffs.On d, ExpectedRanking e, Long refused, EvaluationRanking a, Instant at,
      IndonesianTimeZone zone, Scope scope) {
    info(d, a, ReportKind.EVALUATION_RANKING, at, zone, scope);
    d.eq("facts", null, "schemeId", e.schemeId(), a.schemeId());
    d.eq("facts", null, "schemeVersion", e.schemeVersion(), a.schemeVersion());
    d.eq("facts", null, "round", e.round(), a.round());
    d.eq("facts", null, "resultScale", e.resultScale(), a.resultScale());
    d.eq("facts", null, "sheetsLeftOut", e.sheetsLeftOut(), a.sheetsLeftOut());
    d.eq("facts", null, "sheetsRefused", refused, a.sheetsRefused());
    d.eq("facts", null, "innovationsRanked", (long) e.rows().size(), (long) a.rows().size());
    d.table("criteria", e.criteria(), a.criteria(), Map.Entry::getKey, CriterionInfo::code, List.of(
        figure("weight", Map.Entry::getValue, CriterionInfo::weight)));
    d.table("ranking", e.rows(), a.rows(), ExpectedRanking.Row::ref, RankedInnovation::ref, List.of(
        figure("rank", ExpectedRanking.Row::rank, RankedInnovation::rank),
        figure("title", ExpectedRanking.Row::title, RankedInnovation::title),
        figure("opd", ExpectedRanking.Row::opd, RankedInnovation::opd),
        figure("stage", ExpectedRanking.Row::stage, RankedInnovation::stage),
        figure("score", ExpectedRanking.Row::score, RankedInnovation::score),
        figure("category", ExpectedRanking.Row::category, RankedInnovation::categoryCode),
        figure("evaluators", ExpectedRanking.Row::evaluators, RankedInnovation::evaluatorCount),
        figure("trimmed", ExpectedRanking.Row::trimmed, RankedInnovation::trimmed),
        figure("perCriterion", r -> List.copyOf(r.perCriterion().entrySet()),
            r -> List.copyOf(r.perCriterion().entrySet()))));
  }

  /** Compares a national-stage summary (the national stages per OPD and the total row). */
  public static void national(Diffs.On d, NationalOracle.Expected e, NationalStageSummary a, Instant at,
      IndonesianTimeZone zone, Scope scope) {
    info(d, a, ReportKind.NATIONAL_STAGES, at, zone, scope);
    List<Diffs.Figure<NationalOracle.Row, NationalStageRow>> figures = List.of(
        figure("notYetSet", NationalOracle.Row::notYetSet, NationalStageRow::notYetSet),
        figure("inisiatif", NationalOracle.Row::inisiatif, NationalStageRow::inisiatif),
        figure("ujiCoba", NationalOracle.Row::ujiCoba, NationalStageRow::ujiCoba),
        figure("penerapan", NationalOracle.Row::penerapan, NationalStageRow::penerapan),
        figure("dropped", NationalOracle.Row::dropped, NationalStageRow::dropped),
        figure("total", r -> r.notYetSet() + r.inisiatif() + r.ujiCoba() + r.penerapan() + r.dropped(),
            NationalStageRow::total));
    d.table("nationalByOpd", e.byOpd(), a.byOpd(), NationalOracle.Row::opd, NationalStageRow::opd, figures);
    d.table("total", List.of(e.total()), List.of(a.total()), r -> "total", r -> "total", figures);
  }

  /** Compares a showcase catalogue, entry by entry. */
  public static void catalogue(Diffs.On d, CatalogueOracle.Expected e, ShowcaseCatalogue a, Instant at,
      IndonesianTimeZone zone, Scope scope) {
    info(d, a, ReportKind.SHOWCASE_CATALOGUE, at, zone, scope);
    d.eq("facts", null, "grouping", e.grouping(), a.grouping());
    d.eq("facts", null, "stages", e.stages(), a.stages());
    d.eq("facts", null, "innovations", e.innovations(), a.innovations());
    d.eq("facts", null, "entries", (long) e.entries().size(), a.entryCount());
    List<CatalogueEntry> entries = new ArrayList<>();
    a.entries().forEach(entries::add);
    d.table("catalogue", e.entries(), entries, x -> x.group() + "/" + x.title() + "#" + x.number(),
        x -> x.groupKey() + "/" + x.title() + "#" + x.number(), List.of(
        figure("opd", CatalogueOracle.Entry::opd, CatalogueEntry::opd),
        figure("bentuk", CatalogueOracle.Entry::bentuk, CatalogueEntry::bentuk),
        figure("jenis", CatalogueOracle.Entry::jenis, CatalogueEntry::jenis),
        figure("themes", CatalogueOracle.Entry::themes, CatalogueEntry::themes),
        figure("stage", CatalogueOracle.Entry::stage, CatalogueEntry::stage),
        figure("nationalStage", CatalogueOracle.Entry::nationalStage, CatalogueEntry::nationalStage),
        figure("since", CatalogueOracle.Entry::since, CatalogueEntry::since),
        figure("ideaSummary", CatalogueOracle.Entry::ideaSummary, CatalogueEntry::ideaSummary),
        figure("benefits", CatalogueOracle.Entry::benefits, CatalogueEntry::benefits),
        figure("results", CatalogueOracle.Entry::results, CatalogueEntry::results),
        figure("video", CatalogueOracle.Entry::video, CatalogueEntry::video)));
  }
}
