package id.labinov.core.evaluation;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One evaluator's scores for one innovation under one scheme.
 *
 * <p>For a {@link SchemeKind#SCORED SCORED} scheme each value is a score on the scheme's scale; for
 * an {@link SchemeKind#INDICATOR INDICATOR} scheme each value is a level, a whole number from 0 (not
 * fulfilled) to the indicator's number of levels. Whether the values fit a scheme is told by
 * {@link EvaluationScheme#check(ScoreSheet)}.
 *
 * @param evaluator who scored
 * @param scores score (or level) per criterion code, kept sorted by code; unmodifiable
 */
public record ScoreSheet(PersonId evaluator, Map<String, BigDecimal> scores) {
  /**
   * Validates and copies the parts.
   *
   * @param evaluator who scored
   * @param scores score (or level) per criterion code, kept sorted by code; unmodifiable
   * @throws InvalidValueException with code {@code REQUIRED} if the evaluator or the map is
   *     {@code null}, or a code is blank or a value {@code null}
   */
  public ScoreSheet {
    Checks.notNull(evaluator, "evaluator");
    Checks.notNull(scores, "scores");
    TreeMap<String, BigDecimal> copy = new TreeMap<>();
    scores.forEach((code, value) -> {
      Checks.notBlank(code, "scores.code");
      copy.put(code, Checks.notNull(value, "scores[" + code + "]"));
    });
    scores = Collections.unmodifiableMap(copy);
  }

  /**
   * Creates a sheet of scores.
   *
   * @param evaluator who scored
   * @param scores score per criterion code
   * @return the sheet
   * @throws InvalidValueException as the constructor
   */
  public static ScoreSheet of(PersonId evaluator, Map<String, BigDecimal> scores) {
    return new ScoreSheet(evaluator, scores);
  }

  /**
   * Creates a sheet of indicator levels.
   *
   * @param evaluator who scored
   * @param levels level per indicator code (0 = not fulfilled)
   * @return the sheet
   * @throws InvalidValueException as the constructor
   */
  public static ScoreSheet ofLevels(PersonId evaluator, Map<String, Integer> levels) {
    Checks.notNull(levels, "levels");
    TreeMap<String, BigDecimal> scores = new TreeMap<>();
    levels.forEach((code, level) -> {
      Checks.notBlank(code, "levels.code");
      scores.put(code, BigDecimal.valueOf(Checks.notNull(level, "levels[" + code + "]")));
    });
    return new ScoreSheet(evaluator, scores);
  }
}
