package id.labinov.oracle.compare;

import static id.labinov.oracle.compare.Diffs.figure;

import id.labinov.core.model.OpdCode;
import id.labinov.oracle.expect.ExpectedRanking;
import id.labinov.oracle.expect.ExpectedSummary;
import id.labinov.oracle.fold.Folded;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.ReportKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the one-page summary with the oracle: its big numbers and funnel with the expected programme
 * summary, its top rows with the expected ranking, and its achieved innovations per OPD with a count of
 * the folded histories (in the programme's last stage, not dropped, by current OPD).
 */
public final class OnePageChecks {
  private OnePageChecks() {}

  /**
   * Compares one one-page summary.
   *
   * @param d where differences go
   * @param summary the oracle's programme summary (with its facts)
   * @param ranking the oracle's ranking of the programme's innovations
   * @param selected the programme's innovations, folded by the oracle
   * @param a the report
   */
  public static void check(Diffs.On d, ExpectedSummary summary, ExpectedRanking ranking, List<Folded> selected,
      OnePageSummary a) {
    d.eq("info", null, "kind", ReportKind.ONE_PAGE_SUMMARY, a.info().kind());
    ExpectedSummary.Facts f = summary.facts();
    d.eq("facts", null, "total", summary.total(), a.total());
    d.eq("facts", null, "target", f.target(), a.programme().target());
    d.eq("facts", null, "achieved", f.achieved(), a.programme().achieved());
    d.eq("facts", null, "achievedPercent", f.achievedPercent(), a.programme().achievedPercent());
    d.eq("facts", null, "finalStage", f.finalStage(), a.programme().finalStage());
    d.eq("facts", null, "innovationsRanked", (long) ranking.rows().size(), a.ranked());
    d.table("funnel", summary.funnel(), a.funnel(), ExpectedSummary.FunnelRow::stage, FunnelStep::stage, List.of(
        figure("reached", ExpectedSummary.FunnelRow::reached, FunnelStep::reached),
        figure("percentOfTotal", ExpectedSummary.FunnelRow::percentOfTotal, FunnelStep::percentOfTotal)));
    List<ExpectedRanking.Row> top = ranking.rows().subList(0, Math.min(OnePageSummary.TOP, ranking.rows().size()));
    d.table("ranking", top, a.top(), ExpectedRanking.Row::ref, RankedInnovation::ref, List.of(
        figure("rank", ExpectedRanking.Row::rank, RankedInnovation::rank),
        figure("title", ExpectedRanking.Row::title, RankedInnovation::title),
        figure("score", ExpectedRanking.Row::score, RankedInnovation::score)));
    Map<OpdCode, Long> byOpd = new HashMap<>();
    long none = 0;
    for (Folded x : selected) {
      if (x.dropped() || f.finalStage() == null || !f.finalStage().equals(x.stage())) {
        continue;
      }
      if (x.opd() == null) {
        none++;
      } else {
        byOpd.merge(x.opd(), 1L, Long::sum);
      }
    }
    List<Map.Entry<OpdCode, Long>> expected = new ArrayList<>(byOpd.entrySet());
    expected.sort(Comparator.<Map.Entry<OpdCode, Long>>comparingLong(Map.Entry::getValue).reversed()
        .thenComparing(e -> e.getKey().value()));
    List<String> expectedRows = new ArrayList<>();
    expected.forEach(e -> expectedRows.add(e.getKey().value() + "=" + e.getValue()));
    if (none > 0) {
      expectedRows.add("-=" + none);
    }
    List<String> actualRows = new ArrayList<>();
    for (OpdCount c : a.achievedByOpd()) {
      actualRows.add((c.opd() == null ? "-" : c.opd().value()) + "=" + c.count());
    }
    d.eq("achievedByOpd", null, "rows", expectedRows, actualRows);
  }
}
