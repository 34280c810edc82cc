package id.labinov.reporting;

import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.StageDays;
import id.labinov.core.query.StalledStay;
import id.labinov.core.query.StalledStays;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.data.StalledInnovation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes stage durations from the store's aggregates: the histogram of days per stage (from which
 * the statistics follow exactly; memory grows with distinct day counts, not with stays) and the
 * count and longest of the stalled stays, cut at the row limit by the store.
 */
final class DurationComputer {
  /** Longest first, then entered earliest, then id: the order of the stalled list. */
  static final Comparator<StalledInnovation> ORDER = Comparator.comparingLong(StalledInnovation::days).reversed()
      .thenComparing(StalledInnovation::enteredAt)
      .thenComparing(s -> s.ref().id());

  private final Context ctx;
  private final StageAxis axis;

  DurationComputer(Context ctx) {
    this.ctx = ctx;
    this.axis = new StageAxis(ctx);
  }

  StageDurationReport compute(Scope scope, InnovationFilter filter, int stalledAfterDays) {
    Map<String, Histogram> days = new HashMap<>();
    Map<String, Long> ongoing = new HashMap<>();
    List<StalledInnovation> stalled = new ArrayList<>();
    long stalledTotal = 0;
    for (RulebookParts.Part part : RulebookParts.of(ctx, axis, scope, filter)) {
      for (StageDays bar : ctx.query.stageDays(part.scope(), filter, ctx.generatedAt)) {
        axis.addCode(bar.stage());
        days.computeIfAbsent(bar.stage(), k -> new Histogram()).add(bar.days(), bar.stays());
        // a dropped innovation's stay ended at the drop: it is not ongoing, and not stalled
        ongoing.merge(bar.stage(), bar.ongoing(), Long::sum);
      }
      // the last stage of a rulebook is where innovations arrive: none is stalled there
      StalledStays s = ctx.query.stalled(part.scope(), filter, ctx.generatedAt, stalledAfterDays, part.finalStages(),
          ctx.rowLimit);
      stalledTotal += s.total();
      for (StalledStay stay : s.longest()) {
        stalled.add(new StalledInnovation(stay.ref(), stay.title(), stay.opd(), ctx.opdName(stay.opd()), stay.stage(),
            axis.label(part.rulebook(stay.rulebookId(), stay.rulebookVersion()), stay.stage()), stay.status(),
            stay.enteredAt(), stay.days()));
      }
    }
    List<StageStatistics> stats = new ArrayList<>();
    for (String code : axis.codes()) {
      Histogram h = days.getOrDefault(code, new Histogram());
      stats.add(new StageStatistics(code, axis.label(code), h.size(), ongoing.getOrDefault(code, 0L), h.min(),
          h.quartile(1), h.quartile(2), h.quartile(3), h.max(), h.mean()));
    }
    stalled.sort(ORDER);
    return new StageDurationReport(ctx.info(ReportKind.STAGE_DURATIONS, Context.zoneOf(scope), scope), stalledAfterDays,
        stats, stalledTotal, List.copyOf(stalled.subList(0, Math.min(ctx.rowLimit, stalled.size()))));
  }
}
