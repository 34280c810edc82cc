package id.labinov.reporting;

import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.StageDuration;
import id.labinov.core.rules.Rulebook;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.data.StalledInnovation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Computes stage durations in one paging pass: a histogram of days per stage (memory grows with
 * distinct day counts, not with innovations) and the longest stalled stays in a bounded queue.
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
    PriorityQueue<StalledInnovation> kept = new PriorityQueue<>(ORDER.reversed());
    long[] stalledTotal = {0};
    Pages.forEachWithStays(ctx, scope, filter, (s, stays) -> {
      Rulebook r = axis.rulebookOf(s);
      for (StageDuration d : stays) {
        axis.addCode(d.stage());
        days.computeIfAbsent(d.stage(), k -> new Histogram()).add(d.days());
        // a dropped innovation's stay ended at the drop: it is not ongoing, and not stalled
        if (d.current() && s.status() != InnovationStatus.DROPPED) {
          ongoing.merge(d.stage(), 1L, Long::sum);
          if (d.days() > stalledAfterDays && !isFinal(r, d.stage())) {
            stalledTotal[0]++;
            kept.add(stalled(s, d, r));
            if (kept.size() > ctx.rowLimit) {
              kept.poll();
            }
          }
        }
      }
    });
    List<StageStatistics> stats = new ArrayList<>();
    for (String code : axis.codes()) {
      Histogram h = days.getOrDefault(code, new Histogram());
      stats.add(new StageStatistics(code, axis.label(code), h.size(), ongoing.getOrDefault(code, 0L), h.min(),
          h.quartile(1), h.quartile(2), h.quartile(3), h.max(), h.mean()));
    }
    List<StalledInnovation> stalled = new ArrayList<>(kept);
    stalled.sort(ORDER);
    return new StageDurationReport(ctx.info(ReportKind.STAGE_DURATIONS, Context.zoneOf(scope), scope), stalledAfterDays,
        stats, stalledTotal[0], stalled);
  }

  /** Whether a stage is its rulebook's last: an innovation there has arrived, it is not stalled. */
  private static boolean isFinal(Rulebook r, String stage) {
    return r != null && r.stages().get(r.stages().size() - 1).code().equals(stage);
  }

  private StalledInnovation stalled(InnovationSummary s, StageDuration d, Rulebook r) {
    return new StalledInnovation(s.ref(), s.title(), d.opd(), ctx.opdName(d.opd()), d.stage(), axis.label(r, d.stage()),
        s.status(), d.enteredAt(), d.days());
  }
}
