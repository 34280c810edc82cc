package id.labinov.core.evaluation;

import static id.labinov.core.evaluation.SchemeFixtures.criterion;
import static id.labinov.core.evaluation.SchemeFixtures.header;
import static id.labinov.core.evaluation.SchemeFixtures.num;
import static id.labinov.core.evaluation.SchemeFixtures.range;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import id.labinov.core.model.PersonId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/** QuickTheories generators for evaluation: valid schemes, score sheets within their scale. */
final class EvaluationGens {
  private EvaluationGens() {}

  /** A scheme and one sheet per evaluator, every score within the scale. */
  record SchemeAndSheets(EvaluationScheme scheme, List<ScoreSheet> sheets) {}

  /**
   * A valid SCORED, WEIGHTED_MEAN scheme: 1-8 criteria whose 4-decimal weights sum to exactly 1,
   * an integer scale from -100..100 spanning 1-1000, 0-4 result decimals, trimming or not, and 0-3
   * integer cuts into categories.
   */
  static Gen<EvaluationScheme> weightedMeanSchemes() {
    return in -> {
      int k = integers().between(1, 8).generate(in);
      List<Integer> raw = new ArrayList<>();
      int total = 0;
      for (int i = 0; i < k; i++) {
        int r = integers().between(1, 1000).generate(in);
        raw.add(r);
        total += r;
      }
      int min = integers().between(-100, 100).generate(in);
      int span = integers().between(1, 1000).generate(in);
      Map<String, Object> tree = header("gen-" + k, "SCORED", String.valueOf(min), String.valueOf(min + span),
          "WEIGHTED_MEAN", booleans().all().generate(in));
      tree.put("resultScale", num(String.valueOf(integers().between(0, 4).generate(in))));
      List<Object> criteria = new ArrayList<>();
      int assigned = 0;
      for (int i = 0; i < k; i++) {
        int w = i < k - 1 ? raw.get(i) * 10_000 / total : 10_000 - assigned;
        assigned += w;
        criteria.add(criterion("C" + i, BigDecimal.valueOf(w, 4).toPlainString(), null));
      }
      tree.put("criteria", criteria);
      TreeSet<Integer> cuts = new TreeSet<>();
      int wanted = span < 2 ? 0 : integers().between(0, 3).generate(in);
      for (int i = 0; i < wanted; i++) {
        cuts.add(min + integers().between(1, span - 1).generate(in));
      }
      List<Object> categories = new ArrayList<>();
      if (wanted > 0 || booleans().all().generate(in)) {
        int from = min;
        int n = 0;
        for (int cut : cuts) {
          categories.add(range("K" + n++, String.valueOf(from), String.valueOf(cut)));
          from = cut;
        }
        categories.add(range("K" + n, String.valueOf(from), null));
      }
      tree.put("categories", categories);
      return SchemeFixtures.parse(tree);
    };
  }

  /** A score within the scheme's scale, with up to 3 decimals, often at a bound. */
  static Gen<BigDecimal> scoresWithin(Scale scale) {
    BigDecimal span = scale.max().subtract(scale.min());
    int steps = span.movePointRight(3).intValueExact();
    Gen<BigDecimal> inside = integers().between(0, steps).map(r -> scale.min().add(BigDecimal.valueOf(r, 3)));
    return inside.mix(integers().between(0, 1).map(b -> b == 0 ? scale.min() : scale.max()), 20);
  }

  /** A complete sheet for a SCORED scheme, every score within the scale. */
  static Gen<ScoreSheet> sheets(EvaluationScheme scheme, String evaluator) {
    Gen<BigDecimal> scores = scoresWithin(scheme.scale());
    return in -> {
      Map<String, BigDecimal> m = new LinkedHashMap<>();
      scheme.criteria().forEach(c -> m.put(c.code(), scores.generate(in)));
      return ScoreSheet.of(PersonId.of(evaluator), m);
    };
  }

  /** A generated scheme with 1-7 sheets of distinct evaluators. */
  static Gen<SchemeAndSheets> schemesWithSheets() {
    Gen<EvaluationScheme> schemes = weightedMeanSchemes();
    return in -> {
      EvaluationScheme scheme = schemes.generate(in);
      int n = integers().between(1, 7).generate(in);
      List<ScoreSheet> sheets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sheets.add(sheets(scheme, "e" + i).generate(in));
      }
      return new SchemeAndSheets(scheme, sheets);
    };
  }

  /** 1-8 KIPP sheets of distinct evaluators; scores often tie (multiples of 25). */
  static Gen<List<ScoreSheet>> kippSheets() {
    Gen<BigDecimal> score = integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 2))
        .mix(integers().between(0, 4).map(i -> BigDecimal.valueOf(i * 25L)), 50);
    EvaluationScheme kipp = EvaluationSchemes.kippCriteria();
    return in -> {
      int n = integers().between(1, 8).generate(in);
      List<ScoreSheet> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Criterion c : kipp.criteria()) {
          m.put(c.code(), score.generate(in));
        }
        out.add(ScoreSheet.of(PersonId.of("evaluator-" + i), m));
      }
      return out;
    };
  }

  /** A KIPP-like sheet that may break the scheme: codes left out or unknown, scores off the scale. */
  static Gen<ScoreSheet> anyKippSheets() {
    Gen<BigDecimal> score = integers().between(-2_000, 12_000).map(i -> BigDecimal.valueOf(i, 2));
    List<String> codes = List.of("NOVELTY", "EFFECTIVENESS", "BENEFIT", "REPLICABILITY", "SUSTAINABILITY", "OTHER");
    return in -> {
      Map<String, BigDecimal> m = new LinkedHashMap<>();
      for (String code : codes) {
        int pick = integers().between(0, 9).generate(in);
        if (code.equals("OTHER") ? pick == 0 : pick != 0) {
          m.put(code, score.generate(in));
        }
      }
      return ScoreSheet.of(PersonId.of("e"), m);
    };
  }

  /** Levels 0-3 for every indicator of the shipped IID scheme, mandatory ones always present. */
  static Gen<Map<String, Integer>> indicatorLevels() {
    EvaluationScheme iid = EvaluationSchemes.iidInnovationIndicators();
    return in -> {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (Criterion c : iid.criteria()) {
        int level = integers().between(0, 3).generate(in);
        if (c.mandatory() || level > 0) {
          m.put(c.code(), level);
        }
      }
      return m;
    };
  }
}
