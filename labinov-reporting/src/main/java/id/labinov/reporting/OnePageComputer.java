package id.labinov.reporting;

import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.LocalizedText;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeFacts;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.StageCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the one-page summary from the programme summary and the evaluation ranking of the same
 * report time (one {@link Context}), so its figures are theirs; the one figure they do not hold, the
 * achieved innovations per OPD, is the store's count of the same innovations ({@code achieved}: in the
 * last stage, active or on hold) by OPD.
 */
final class OnePageComputer {
  private final Context ctx;

  OnePageComputer(Context ctx) {
    this.ctx = ctx;
  }

  OnePageSummary compute(Programme p, EvaluationScheme scheme, int round) {
    Scope scope = Scope.region(p.region());
    InnovationFilter filter = InnovationFilter.builder().programmes(p.id()).build();
    ProgrammeSummary summary = new SummaryComputer(ctx).compute(scope, filter, p);
    EvaluationRanking ranking = new RankingComputer(ctx).compute(scope, filter, scheme, round);
    ProgrammeFacts facts = summary.programme();
    String last = facts.finalStage();
    LocalizedText lastLabel = last == null ? null : summary.byStage().stream().filter(s -> s.stage().equals(last))
        .map(StageCount::label).findFirst()
        .orElse(summary.funnel().stream().filter(s -> s.stage().equals(last)).map(FunnelStep::label).findFirst()
            .orElse(null));
    return new OnePageSummary(ctx.info(ReportKind.ONE_PAGE_SUMMARY, summary.info().timeZone(), scope), facts,
        summary.total(), lastLabel, summary.funnel(), achievedByOpd(scope, filter, last, summary), ranking.schemeId(),
        ranking.schemeName(), ranking.round(), ranking.rows().size(),
        ranking.rows().subList(0, Math.min(OnePageSummary.TOP, ranking.rows().size())));
  }

  /** The achieved innovations (in the last stage, active or on hold) by OPD, most first; names as in the summary. */
  private List<OpdCount> achievedByOpd(Scope scope, InnovationFilter filter, String last, ProgrammeSummary summary) {
    List<OpdCount> out = new ArrayList<>();
    if (last == null) {
      return out;
    }
    Map<OpdCode, String> names = new HashMap<>();
    summary.byOpd().forEach(c -> {
      if (c.opd() != null && c.opdName() != null) {
        names.put(c.opd(), c.opdName());
      }
    });
    InnovationFilter achieved = Filters.withStages(filter, Set.of(last))
        .flatMap(f -> Filters.withStatuses(f, Set.of(InnovationStatus.ACTIVE, InnovationStatus.ON_HOLD)))
        .orElse(null);
    if (achieved == null) {
      return out;
    }
    OpdCount none = null;
    for (CountRow row : ctx.query.count(scope, achieved, Dimension.OPD)) {
      if (row.count() == 0) {
        continue;
      }
      if (row.key().isEmpty()) {
        none = new OpdCount(null, null, row.count());
      } else {
        OpdCode opd = OpdCode.of(row.key());
        out.add(new OpdCount(opd, names.containsKey(opd) ? names.get(opd) : ctx.opdName(opd), row.count()));
      }
    }
    out.sort(Comparator.comparingLong(OpdCount::count).reversed().thenComparing(OpdCount::opd));
    if (none != null) {
      out.add(none);
    }
    return out;
  }
}
