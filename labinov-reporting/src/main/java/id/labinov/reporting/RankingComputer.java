package id.labinov.reporting;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationResult;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.evaluation.ScoreSheet;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.CriterionInfo;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.ReportKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a ranking: aggregates each evaluated innovation's latest sheets per evaluator (memory
 * grows with the evaluated innovations only), joins them with the matching innovations by paging
 * through the query port, then sorts.
 */
final class RankingComputer {
  private final Context ctx;
  private final StageAxis axis;

  RankingComputer(Context ctx) {
    this.ctx = ctx;
    this.axis = new StageAxis(ctx);
  }

  EvaluationRanking compute(Scope scope, InnovationFilter filter, EvaluationScheme scheme, int round) {
    // each evaluator's latest sheet of the scheme and round, whatever its version, as of the report time
    Map<InnovationId, Map<PersonId, ScoreEntry>> latest = new HashMap<>();
    for (ScoreEntry e : ctx.evaluations.scoresInScope(scope, scheme.id(), round)) {
      if (e.recordedAt().isAfter(ctx.generatedAt)) {
        continue;
      }
      latest.computeIfAbsent(e.ref().id(), k -> new HashMap<>())
          .merge(e.evaluator(), e, (a, b) -> b.sequence() > a.sequence() ? b : a);
    }
    // a latest sheet of another scheme version, or one the scheme refuses, is left out (an earlier
    // sheet of the same evaluator does not stand in for it)
    Map<InnovationId, Long> leftOut = new HashMap<>();
    Map<InnovationId, EvaluationResult> results = new HashMap<>();
    for (Map.Entry<InnovationId, Map<PersonId, ScoreEntry>> e : latest.entrySet()) {
      List<ScoreSheet> sheets = new ArrayList<>();
      for (ScoreEntry entry : e.getValue().values()) {
        ScoreSheet sheet = ScoreSheet.of(entry.evaluator(), entry.scores());
        if (entry.schemeVersion() == scheme.version() && scheme.check(sheet).isEmpty()) {
          sheets.add(sheet);
        } else {
          leftOut.merge(e.getKey(), 1L, Long::sum);
        }
      }
      if (!sheets.isEmpty()) {
        results.put(e.getKey(), scheme.aggregate(sheets));
      }
    }
    Map<InnovationRef, Long> refused = ctx.refusedSheets(scope, scheme.id(), round);
    // the sheets counted as left out or refused are those of the innovations the ranking covers
    long[] leftOutCount = {0};
    long[] refusedCount = {0};
    List<RankedInnovation> rows = new ArrayList<>();
    if (!results.isEmpty() || !leftOut.isEmpty() || refused != null && !refused.isEmpty()) {
      Pages.forEachSummary(ctx, scope, filter, s -> {
        EvaluationResult r = results.get(s.ref().id());
        if (r != null) {
          rows.add(row(0, s.ref(), s.title(), s, r));
        }
        leftOutCount[0] += leftOut.getOrDefault(s.ref().id(), 0L);
        if (refused != null) {
          refusedCount[0] += refused.getOrDefault(s.ref(), 0L);
        }
      });
    }
    rows.sort(Comparator.comparing(RankedInnovation::score).reversed().thenComparing(x -> x.ref().id()));
    List<RankedInnovation> ranked = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      RankedInnovation x = rows.get(i);
      int rank = i > 0 && x.score().compareTo(rows.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new RankedInnovation(rank, x.ref(), x.title(), x.opd(), x.opdName(), x.stage(), x.stageLabel(),
          x.score(), x.categoryCode(), x.categoryLabel(), x.evaluatorCount(), x.trimmed(), x.perCriterion()));
    }
    List<CriterionInfo> criteria = new ArrayList<>();
    for (Criterion c : scheme.criteria()) {
      criteria.add(new CriterionInfo(c.code(), c.label(), c.weight()));
    }
    return new EvaluationRanking(ctx.info(ReportKind.EVALUATION_RANKING, Context.zoneOf(scope), scope), scheme.id(),
        scheme.version(), scheme.name(), round, scheme.resultScale(), criteria, leftOutCount[0],
        refused == null ? null : refusedCount[0], ranked);
  }

  private RankedInnovation row(int rank, InnovationRef ref, String title, id.labinov.core.query.InnovationSummary s,
      EvaluationResult r) {
    Map<String, java.math.BigDecimal> per = new LinkedHashMap<>(r.perCriterion());
    return new RankedInnovation(rank, ref, title, s.opd(), ctx.opdName(s.opd()), s.stage(),
        axis.label(axis.rulebookOf(s), s.stage()), r.score(), r.findCategory().map(c -> c.code()).orElse(null),
        r.findCategory().map(c -> c.label()).orElse(null), r.evaluatorCount(), r.trimmed(), per);
  }
}
