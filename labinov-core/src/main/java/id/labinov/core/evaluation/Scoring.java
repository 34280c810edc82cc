package id.labinov.core.evaluation;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checking, scoring and aggregation of score sheets; exact arithmetic, one rounding at the end. */
final class Scoring {
  static final String RULE_TYPE = "evaluation";

  private Scoring() {}

  static List<Violation> check(EvaluationScheme scheme, Map<String, BigDecimal> scores) {
    List<Violation> out = new ArrayList<>();
    String known = String.join(", ", scheme.criteria().stream().map(Criterion::code).toList());
    scores.keySet().stream().sorted().forEach(code -> {
      if (scheme.findCriterion(code).isEmpty()) {
        out.add(violation("UNKNOWN_CRITERION", "violation.UNKNOWN_CRITERION", code, scheme.reference(), known));
      }
    });
    for (Criterion c : scheme.criteria()) {
      BigDecimal v = scores.get(c.code());
      if (v == null) {
        if (c.mandatory()) {
          out.add(violation("CRITERION_MISSING", "violation.CRITERION_MISSING", c.code(), c.label().id(),
              c.label().en()));
        }
      } else if (scheme.kind() == SchemeKind.INDICATOR) {
        if (!isLevel(v, c.maxLevel())) {
          out.add(violation("SCORE_OFF_SCALE", "violation.LEVEL_OFF_SCALE", c.code(), c.label().id(), c.label().en(),
              Decimals.display(v), 0, c.maxLevel()));
        }
      } else if (!scheme.scale().contains(v)) {
        out.add(violation("SCORE_OFF_SCALE", "violation.SCORE_OFF_SCALE", c.code(), c.label().id(), c.label().en(),
            Decimals.display(v), Decimals.display(scheme.scale().min()), Decimals.display(scheme.scale().max())));
      }
    }
    return List.copyOf(out);
  }

  private static boolean isLevel(BigDecimal v, int max) {
    return v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0 && v.stripTrailingZeros().scale() <= 0;
  }

  private static Violation violation(String code, String key, Object... args) {
    return new Violation(code, Severity.MUST, RULE_TYPE, key, List.of(args));
  }

  /** The value counted for a criterion: the given one, or the scale minimum (level 0) if left out. */
  static BigDecimal value(EvaluationScheme scheme, Criterion c, Map<String, BigDecimal> scores) {
    BigDecimal v = scores.get(c.code());
    return v != null ? v : scheme.kind() == SchemeKind.INDICATOR ? BigDecimal.ZERO : scheme.scale().min();
  }

  /** The exact (unrounded) score of a sheet; refuses a sheet with violations. */
  static BigDecimal exact(EvaluationScheme scheme, String field, String who, Map<String, BigDecimal> scores) {
    List<Violation> violations = check(scheme, scores);
    if (!violations.isEmpty()) {
      throw new InvalidScoreSheetException(field, who, scheme.reference(), violations);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion c : scheme.criteria()) {
      sum = sum.add(c.weight().multiply(value(scheme, c, scores)));
    }
    return sum;
  }

  static BigDecimal round(EvaluationScheme scheme, BigDecimal exact) {
    return exact.setScale(scheme.resultScale(), RoundingMode.HALF_UP);
  }

  private record Scored(ScoreSheet sheet, BigDecimal exact) {}

  static EvaluationResult aggregate(EvaluationScheme scheme, Collection<ScoreSheet> sheets) {
    Checks.notNull(sheets, "sheets");
    if (sheets.isEmpty()) {
      throw new InvalidValueException("NO_SCORE_SHEETS", "sheets", "[]", "error.evaluation.noSheets",
          scheme.reference());
    }
    List<Scored> scored = new ArrayList<>();
    Set<String> evaluators = new HashSet<>();
    int i = 0;
    for (ScoreSheet sheet : sheets) {
      String field = "sheets[" + i++ + "]";
      Checks.notNull(sheet, field);
      if (!evaluators.add(sheet.evaluator().value())) {
        throw new InvalidValueException("DUPLICATE_EVALUATOR", "sheets", sheet.evaluator().value(),
            "error.evaluation.duplicateEvaluator");
      }
      scored.add(new Scored(sheet, exact(scheme, field, sheet.evaluator().value(), sheet.scores())));
    }
    scored.sort(Comparator.comparing(Scored::exact).thenComparing(s -> s.sheet().evaluator().value()));
    boolean trimmed = scheme.aggregation().trimExtremes() && scored.size() >= 3;
    List<Scored> kept = trimmed ? scored.subList(1, scored.size() - 1) : scored;
    BigDecimal count = BigDecimal.valueOf(kept.size());
    BigDecimal total = kept.stream().map(Scored::exact).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal score = total.divide(count, scheme.resultScale(), RoundingMode.HALF_UP);
    Map<String, BigDecimal> perCriterion = new LinkedHashMap<>();
    for (Criterion c : scheme.criteria()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Scored s : kept) {
        sum = sum.add(value(scheme, c, s.sheet().scores()));
      }
      perCriterion.put(c.code(), sum.divide(count, scheme.resultScale(), RoundingMode.HALF_UP));
    }
    return new EvaluationResult(score, scored.size(), perCriterion, scheme.findCategory(score).orElse(null), trimmed);
  }
}
