package id.labinov.reporting;

import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.evaluation.ScoreSheet;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.national.NationalAlignment;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.ReachRow;
import id.labinov.core.rules.Rulebook;
import id.labinov.reporting.data.NationalStageRow;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.RegionalIndexRow;
import id.labinov.reporting.data.ReportKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes national stages per unit from the store's groups of innovations that came equally far
 * (stages stayed in, and whether the trial and implementation start dates have come), without
 * reading any innovation's state, and the regional index estimates from the latest indicator entry
 * of each innovation.
 */
final class NationalComputer {
  private static final int NOT_SET = 0;
  private static final int DROPPED = 4;

  private final Context ctx;
  private final StageAxis axis;

  NationalComputer(Context ctx) {
    this.ctx = ctx;
    this.axis = new StageAxis(ctx);
  }

  NationalStageSummary compute(Scope scope, InnovationFilter filter, IndexOptions index) {
    Map<String, long[]> perOpd = new TreeMap<>();
    for (RulebookParts.Part part : RulebookParts.of(ctx, axis, scope, filter)) {
      for (ReachRow row : ctx.query.reach(part.scope(), filter, ctx.generatedAt)) {
        long[] counts = perOpd.computeIfAbsent(row.opd() == null ? "" : row.opd().value(), k -> new long[5]);
        if (row.status() == InnovationStatus.DROPPED) {
          counts[DROPPED] += row.innovations();
          continue;
        }
        Rulebook r = part.rulebook(row.rulebookId(), row.rulebookVersion());
        // the dates are compared with the report day in each innovation's region (the store's flags)
        Optional<NationalStage> ns = r == null ? Optional.empty()
            : NationalAlignment.stage(row.visitedStages(), r, row.implementationStarted(), row.trialStarted());
        counts[ns.map(n -> n.ordinal() + 1).orElse(NOT_SET)] += row.innovations();
      }
    }
    List<NationalStageRow> rows = new ArrayList<>();
    long[] total = new long[5];
    long[] none = perOpd.remove("");
    perOpd.forEach((code, c) -> rows.add(row(OpdCode.of(code), c, total)));
    if (none != null) {
      rows.add(row(null, none, total));
    }
    NationalStageRow sum = new NationalStageRow(null, null, total[0], total[1], total[2], total[3], total[4]);
    List<RegionalIndexRow> estimates = index.enabled() ? estimates(scope, index) : List.of();
    return new NationalStageSummary(ctx.info(ReportKind.NATIONAL_STAGES, Context.zoneOf(scope), scope), rows, sum,
        index.year(), estimates);
  }

  private NationalStageRow row(OpdCode opd, long[] c, long[] total) {
    for (int i = 0; i < c.length; i++) {
      total[i] += c[i];
    }
    return new NationalStageRow(opd, ctx.opdName(opd), c[0], c[1], c[2], c[3], c[4]);
  }

  private List<RegionalIndexRow> estimates(Scope scope, IndexOptions index) {
    if (ctx.evaluations == null) {
      throw new ReportException("NO_EVALUATION_STORE", "error.evaluationStore");
    }
    EvaluationScheme scheme = index.indicators();
    Map<InnovationId, ScoreEntry> latest = new LinkedHashMap<>();
    for (ScoreEntry e : ctx.evaluations.scoresInScope(scope, scheme.id(), index.year())) {
      if (e.schemeVersion() == scheme.version()) {
        latest.merge(e.ref().id(), e, (a, b) -> b.sequence() > a.sequence() ? b : a);
      }
    }
    Map<RegionCode, List<Map<String, Integer>>> levels = new TreeMap<>();
    Map<RegionCode, Integer> rejected = new HashMap<>();
    for (ScoreEntry e : latest.values()) {
      Optional<Map<String, Integer>> l = levels(e);
      if (l.isPresent() && scheme.check(ScoreSheet.ofLevels(e.evaluator(), l.get())).isEmpty()) {
        levels.computeIfAbsent(e.ref().region(), k -> new ArrayList<>()).add(l.get());
      } else {
        levels.computeIfAbsent(e.ref().region(), k -> new ArrayList<>());
        rejected.merge(e.ref().region(), 1, Integer::sum);
      }
    }
    List<RegionalIndexRow> out = new ArrayList<>();
    levels.forEach((region, list) -> {
      Optional<IndexOptions.RegionScores> given = index.findRegionScores(region);
      BigDecimal spd = given.map(IndexOptions.RegionScores::spd).orElse(BigDecimal.ZERO);
      BigDecimal count = given.map(IndexOptions.RegionScores::countScore).orElse(BigDecimal.ZERO);
      RegionalIndexEstimate estimate = RegionalIndex.estimate(index.year(), scheme, list, spd, count, index.bands());
      out.add(new RegionalIndexRow(region, rejected.getOrDefault(region, 0), given.isPresent(), estimate));
    });
    return out;
  }

  private static Optional<Map<String, Integer>> levels(ScoreEntry e) {
    Map<String, Integer> out = new TreeMap<>();
    for (Map.Entry<String, BigDecimal> s : e.scores().entrySet()) {
      try {
        out.put(s.getKey(), s.getValue().intValueExact());
      } catch (ArithmeticException ex) {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }
}
