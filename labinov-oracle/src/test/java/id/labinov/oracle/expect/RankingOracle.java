package id.labinov.oracle.expect;

import id.labinov.core.evaluation.Aggregation;
import id.labinov.core.evaluation.Category;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.SchemeKind;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.PersonId;
import id.labinov.oracle.expect.ExpectedRanking.Row;
import id.labinov.oracle.fold.Folded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluation ranking from the scheme's definition (README "Evaluation" and the scheme's Javadoc),
 * recomputed here rather than by {@code EvaluationScheme.check/score/aggregate}:
 *
 * <ul>
 *   <li>per innovation, each evaluator's latest score entry (highest stream sequence) of the scheme's id
 *       in the round; an evaluator's earlier entries are superseded, never counted and never left out;
 *   <li>that latest sheet is left out (and counted in {@code sheetsLeftOut}) if it is of another scheme
 *       version, or fails the scheme (unknown criterion, mandatory criterion missing, score off the
 *       scale, level not a whole number from 0 to the indicator's levels); an earlier sheet of the same
 *       evaluator does not stand in for it (reading of "each evaluator's latest sheet for the scheme and
 *       round; sheets of another scheme version or failing the check are left out", and of the
 *       figure's definition "Only each evaluator's latest sheet is considered");
 *   <li>a sheet's exact score is Σ weight × value, an optional criterion left out counting as the scale
 *       minimum (level 0 for indicators); with {@code trimExtremes} and three sheets or more, the sheet
 *       with the lowest and the one with the highest exact score are left out (equal scores ordered by
 *       evaluator id); the score is the mean of the kept exact scores, rounded once half up to the
 *       scheme's result scale; per criterion, the mean of the kept values, likewise;
 *   <li>the category is the one with {@code min <= score < max}, the last one up to the scale maximum;
 *   <li>rank: best first, equal scores share a rank and the next rank skips (1, 2, 2, 4); equal scores are
 *       listed by innovation id.
 * </ul>
 *
 * <p>Reading: {@code sheetsLeftOut} counts the sheets of the innovations the ranking covers (scope and
 * filter), not those of other innovations of the scope, which the ranking does not consider at all.
 */
public final class RankingOracle {
  private RankingOracle() {}

  /**
   * Computes the expected ranking.
   *
   * @param data the raw data
   * @param selection scope and programme
   * @param scheme the scheme (its definition)
   * @param round the round
   * @return the expectation
   */
  public static ExpectedRanking expect(Snapshot data, Selection selection, EvaluationScheme scheme, int round) {
    long leftOut = 0;
    List<Row> rows = new ArrayList<>();
    for (Folded f : data.select(selection)) {
      Map<PersonId, ScoreEntry> latest = new TreeMap<>(Comparator.comparing(PersonId::value));
      for (ScoreEntry e : data.scores(f.ref(), scheme.id())) {
        if (e.round() == round) {
          latest.merge(e.evaluator(), e, (a, b) -> b.sequence() > a.sequence() ? b : a);
        }
      }
      List<ScoreEntry> usable = new ArrayList<>();
      for (ScoreEntry e : latest.values()) {
        if (e.schemeVersion() == scheme.version() && fits(scheme, e.scores())) {
          usable.add(e);
        } else {
          leftOut++;
        }
      }
      if (!usable.isEmpty()) {
        rows.add(row(scheme, f, usable));
      }
    }
    rows.sort(Comparator.comparing(Row::score).reversed().thenComparing(r -> r.ref().id()));
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int rank = i > 0 && r.score().compareTo(rows.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Row(rank, r.ref(), r.title(), r.opd(), r.stage(), r.score(), r.category(), r.evaluators(),
          r.trimmed(), r.perCriterion()));
    }
    List<Map.Entry<String, BigDecimal>> criteria = new ArrayList<>();
    for (Criterion c : scheme.criteria()) {
      criteria.add(new AbstractMap.SimpleImmutableEntry<>(c.code(), c.weight()));
    }
    return new ExpectedRanking(scheme.id(), scheme.version(), round, scheme.resultScale(), criteria, leftOut,
        ranked);
  }

  /** Whether a sheet fits the scheme, by the scheme's definition. */
  static boolean fits(EvaluationScheme scheme, Map<String, BigDecimal> scores) {
    for (String code : scores.keySet()) {
      if (scheme.criteria().stream().noneMatch(c -> c.code().equals(code))) {
        return false;
      }
    }
    for (Criterion c : scheme.criteria()) {
      BigDecimal v = scores.get(c.code());
      if (v == null) {
        if (c.mandatory()) {
          return false;
        }
      } else if (scheme.kind() == SchemeKind.INDICATOR) {
        boolean whole = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
        if (!whole || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(c.levels().size())) > 0) {
          return false;
        }
      } else if (v.compareTo(scheme.scale().min()) < 0 || v.compareTo(scheme.scale().max()) > 0) {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal value(EvaluationScheme scheme, Criterion c, Map<String, BigDecimal> scores) {
    BigDecimal v = scores.get(c.code());
    if (v != null) {
      return v;
    }
    return scheme.kind() == SchemeKind.INDICATOR ? BigDecimal.ZERO : scheme.scale().min();
  }

  private static BigDecimal exact(EvaluationScheme scheme, Map<String, BigDecimal> scores) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion c : scheme.criteria()) {
      sum = sum.add(c.weight().multiply(value(scheme, c, scores)));
    }
    return sum;
  }

  private record Scored(ScoreEntry entry, BigDecimal exact) {}

  private static Row row(EvaluationScheme scheme, Folded f, List<ScoreEntry> sheets) {
    List<Scored> scored = new ArrayList<>();
    for (ScoreEntry e : sheets) {
      scored.add(new Scored(e, exact(scheme, e.scores())));
    }
    scored.sort(Comparator.comparing(Scored::exact).thenComparing(s -> s.entry().evaluator().value()));
    Aggregation a = scheme.aggregation();
    boolean trimmed = a.trimExtremes() && scored.size() >= 3;
    List<Scored> kept = trimmed ? scored.subList(1, scored.size() - 1) : scored;
    BigDecimal n = BigDecimal.valueOf(kept.size());
    BigDecimal total = BigDecimal.ZERO;
    for (Scored s : kept) {
      total = total.add(s.exact());
    }
    BigDecimal score = total.divide(n, scheme.resultScale(), RoundingMode.HALF_UP);
    Map<String, BigDecimal> per = new LinkedHashMap<>();
    for (Criterion c : scheme.criteria()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Scored s : kept) {
        sum = sum.add(value(scheme, c, s.entry().scores()));
      }
      per.put(c.code(), sum.divide(n, scheme.resultScale(), RoundingMode.HALF_UP));
    }
    return new Row(0, f.ref(), f.details().title(), f.opd(), f.stage(), score, category(scheme, score), sheets.size(),
        trimmed, per);
  }

  private static String category(EvaluationScheme scheme, BigDecimal score) {
    if (score.compareTo(scheme.scale().min()) < 0 || score.compareTo(scheme.scale().max()) > 0) {
      return null;
    }
    List<Category> cats = new ArrayList<>(scheme.categories());
    cats.sort(Comparator.comparing(Category::min));
    for (int i = 0; i < cats.size(); i++) {
      Category c = cats.get(i);
      boolean last = i == cats.size() - 1;
      if (score.compareTo(c.min()) >= 0 && (last || c.max() == null || score.compareTo(c.max()) < 0)) {
        return c.code();
      }
    }
    return null;
  }
}
