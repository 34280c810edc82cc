package id.labinov.core.evaluation;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Estimates a region's innovation index (Indeks Inovasi Daerah, IID) with the 2023 formula, so a
 * region can see where its innovations put it before the national assessment.
 *
 * <p>Formula (2023, sourced [S13]): SPD = sum of the region-level indicators 1-15 (at most
 * 63); SID = (sum over the n innovations of their indicator scores) /
 * {@code max(10, n)} + the innovation-count score (at most 76); IID =
 * (SPD + SID) / maximum x 100. With the shipped indicator scheme the maximum is 63 + 111 + 76 = 250.
 *
 * <p><b>Unverified parts.</b> That a row scores weight x level and the maxima 63 / 111 / 76 come
 * from third-party code [U1] (they do match the published 25.2% / 74.8% split); the indicator list
 * itself is unverified (see {@link EvaluationSchemes#iidInnovationIndicators()}); how the count
 * score is computed is not known, so it is an input; the national assessment also validates
 * evidence, which an estimate cannot do. Treat the result as an estimate, not the official index.
 */
public final class RegionalIndex {
  /** Highest region-level score SPD (indicators 1-15). */
  public static final BigDecimal SPD_MAX = BigDecimal.valueOf(63);
  /** Highest innovation-count score. */
  public static final BigDecimal COUNT_MAX = BigDecimal.valueOf(76);
  /** The innovation sum is divided by at least this many innovations. */
  public static final int MIN_DIVISOR = 10;
  /** Decimals of the index. */
  public static final int INDEX_SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RegionalIndex() {}

  /**
   * Estimates the index with the shipped indicator scheme
   * ({@link EvaluationSchemes#iidInnovationIndicators()}).
   *
   * @param year the year estimated, 2000-2200
   * @param innovationLevels per innovation, the level (0-3) per indicator code; indicators left out
   *     count as 0, but the mandatory ones must be present
   * @param spdScore the region-level score, 0-63
   * @param countScore the innovation-count score, 0-76
   * @param bands the rating bands to apply, e.g. {@link RatingBands#forYear(int)}
   * @return the estimate
   * @throws InvalidValueException with code {@code REQUIRED} for a {@code null} argument or element,
   *     {@code OUT_OF_RANGE} for a year or score outside its range
   * @throws InvalidScoreSheetException ({@code INVALID_SCORE_SHEET}) naming the innovation
   *     ({@code innovationLevels[i]}) whose levels do not fit the scheme
   */
  public static RegionalIndexEstimate estimate(int year, List<Map<String, Integer>> innovationLevels,
      BigDecimal spdScore, BigDecimal countScore, RatingBands bands) {
    return estimate(year, EvaluationSchemes.iidInnovationIndicators(), innovationLevels, spdScore, countScore, bands);
  }

  /**
   * Estimates the index with a given indicator scheme; the maximum becomes 63 + the scheme's scale
   * maximum + 76.
   *
   * @param year the year estimated, 2000-2200
   * @param indicators an {@link SchemeKind#INDICATOR INDICATOR} scheme
   * @param innovationLevels per innovation, the level per indicator code
   * @param spdScore the region-level score, 0-63
   * @param countScore the innovation-count score, 0-76
   * @param bands the rating bands to apply
   * @return the estimate
   * @throws InvalidValueException with code {@code REQUIRED} for a {@code null} argument or element,
   *     {@code OUT_OF_RANGE} for a year or score outside its range, {@code NOT_AN_INDICATOR_SCHEME}
   *     for a {@code SCORED} scheme
   * @throws InvalidScoreSheetException naming the innovation whose levels do not fit the scheme
   */
  public static RegionalIndexEstimate estimate(int year, EvaluationScheme indicators,
      List<Map<String, Integer>> innovationLevels, BigDecimal spdScore, BigDecimal countScore, RatingBands bands) {
    Checks.notNull(indicators, "indicators");
    Checks.notNull(innovationLevels, "innovationLevels");
    Checks.notNull(bands, "bands");
    range("year", BigDecimal.valueOf(year), BigDecimal.valueOf(2000), BigDecimal.valueOf(2200));
    range("spdScore", Checks.notNull(spdScore, "spdScore"), BigDecimal.ZERO, SPD_MAX);
    range("countScore", Checks.notNull(countScore, "countScore"), BigDecimal.ZERO, COUNT_MAX);
    if (indicators.kind() != SchemeKind.INDICATOR) {
      throw new InvalidValueException("NOT_AN_INDICATOR_SCHEME", "indicators", indicators.reference(),
          "error.evaluation.notIndicator");
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<Map<String, Integer>> all = new ArrayList<>(Checks.notNull(innovationLevels, "innovationLevels"));
    for (int i = 0; i < all.size(); i++) {
      String field = "innovationLevels[" + i + "]";
      Map<String, Integer> levels = Checks.notNull(all.get(i), field);
      Map<String, BigDecimal> scores = new TreeMap<>();
      levels.forEach((code, level) -> scores.put(Checks.notBlank(code, field + ".code"),
          BigDecimal.valueOf(Checks.notNull(level, field + "[" + code + "]"))));
      sum = sum.add(Scoring.exact(indicators, field, field, scores));
    }
    return compute(year, all.size(), sum, indicators.scale().max(), spdScore, countScore, bands);
  }

  /**
   * Estimates the index from each innovation's indicator score (the sum of weight x level over its
   * indicators) instead of its levels: the same formula, for callers that hold scores, such as the
   * what-if of a submission ({@link id.labinov.core.cycle.SubmissionWhatIf}).
   *
   * @param year the year estimated, 2000-2200
   * @param innovationScores per innovation submitted, its score, 0 to {@code innovationMaximum}
   * @param innovationMaximum the highest score of one innovation (111 with the shipped scheme)
   * @param spdScore the region-level score, 0-63
   * @param countScore the innovation-count score, 0-76
   * @param bands the rating bands to apply
   * @return the estimate
   * @throws InvalidValueException with code {@code REQUIRED} for a {@code null} argument or element,
   *     {@code OUT_OF_RANGE} for a year or score outside its range
   */
  public static RegionalIndexEstimate estimateFromScores(int year, List<BigDecimal> innovationScores,
      BigDecimal innovationMaximum, BigDecimal spdScore, BigDecimal countScore, RatingBands bands) {
    Checks.notNull(innovationScores, "innovationScores");
    Checks.notNull(bands, "bands");
    Checks.notNull(innovationMaximum, "innovationMaximum");
    range("year", BigDecimal.valueOf(year), BigDecimal.valueOf(2000), BigDecimal.valueOf(2200));
    range("spdScore", Checks.notNull(spdScore, "spdScore"), BigDecimal.ZERO, SPD_MAX);
    range("countScore", Checks.notNull(countScore, "countScore"), BigDecimal.ZERO, COUNT_MAX);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < innovationScores.size(); i++) {
      BigDecimal s = Checks.notNull(innovationScores.get(i), "innovationScores[" + i + "]");
      range("innovationScores[" + i + "]", s, BigDecimal.ZERO, innovationMaximum);
      sum = sum.add(s);
    }
    return compute(year, innovationScores.size(), sum, innovationMaximum, spdScore, countScore, bands);
  }

  private static RegionalIndexEstimate compute(int year, int n, BigDecimal sum, BigDecimal innovationMaximum,
      BigDecimal spdScore, BigDecimal countScore, RatingBands bands) {
    BigDecimal divisor = BigDecimal.valueOf(Math.max(MIN_DIVISOR, n));
    BigDecimal maximum = SPD_MAX.add(innovationMaximum).add(COUNT_MAX);
    // (spd + sum/d + count) / maximum * 100 = ((spd + count) * d + sum) * 100 / (maximum * d): one rounding
    BigDecimal numerator = spdScore.add(countScore).multiply(divisor).add(sum).multiply(HUNDRED);
    BigDecimal index = numerator.divide(maximum.multiply(divisor), INDEX_SCALE, RoundingMode.HALF_UP);
    BigDecimal sid = sum.divide(divisor, INDEX_SCALE, RoundingMode.HALF_UP);
    return new RegionalIndexEstimate(year, n, sid, spdScore, countScore, index, bands.rate(index));
  }

  private static void range(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new InvalidValueException("OUT_OF_RANGE", field, Decimals.display(value), "error.evaluation.outOfRange",
          Decimals.display(min), Decimals.display(max));
    }
  }
}
