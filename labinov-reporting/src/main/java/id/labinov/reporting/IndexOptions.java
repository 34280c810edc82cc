package id.labinov.reporting;

import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether and how the national stage summary estimates the regional innovation index (IID).
 *
 * <p>The estimate uses, per innovation of a region with data, the latest score entry of the
 * indicator scheme in the evaluation round {@code year} ({@code RegionalIndex.estimate}). The
 * region-level score SPD and the innovation-count score are not in the evaluation store: give them
 * per region with {@link #withRegionScores}; a region without them is estimated with 0 for both and
 * flagged.
 *
 * @param year the year and evaluation round, or 0 for no estimate
 * @param indicators the indicator scheme (default {@link EvaluationSchemes#iidInnovationIndicators()})
 * @param bands the rating bands (default: the latest shipped ones not after {@code year}, or the
 *     earliest shipped ones)
 * @param regionScores SPD and count score per region, sorted by region
 */
public record IndexOptions(int year, EvaluationScheme indicators, RatingBands bands,
    Map<RegionCode, RegionScores> regionScores) {
  private static final IndexOptions NONE = new IndexOptions(0, EvaluationSchemes.iidInnovationIndicators(),
      RatingBands.forYear(RatingBands.years().get(0)), Map.of());

  /**
   * A region's scores that the evaluation store does not hold.
   *
   * @param spd the region-level score (indicators 1-15), 0 to {@link RegionalIndex#SPD_MAX}
   * @param countScore the innovation-count score, 0 to {@link RegionalIndex#COUNT_MAX}
   */
  public record RegionScores(BigDecimal spd, BigDecimal countScore) {
    /**
     * Validates the scores.
     *
     * @param spd the region-level score (indicators 1-15), 0 to {@link RegionalIndex#SPD_MAX}
     * @param countScore the innovation-count score, 0 to {@link RegionalIndex#COUNT_MAX}
     * @throws ReportException with code {@code BAD_ARGUMENT} if a score is outside its range
     * @throws id.labinov.core.error.InvalidValueException if a score is missing
     */
    public RegionScores {
      check("spd", Checks.notNull(spd, "spd"), RegionalIndex.SPD_MAX);
      check("countScore", Checks.notNull(countScore, "countScore"), RegionalIndex.COUNT_MAX);
    }

    private static void check(String name, BigDecimal value, BigDecimal max) {
      if (value.signum() < 0 || value.compareTo(max) > 0) {
        throw new ReportException("BAD_ARGUMENT", "error.argument.range", name, value.toPlainString(), 0,
            max.toPlainString());
      }
    }
  }

  /**
   * Validates and copies the parts.
   *
   * @param year the year and evaluation round, or 0 for no estimate
   * @param indicators the indicator scheme (default {@link EvaluationSchemes#iidInnovationIndicators()})
   * @param bands the rating bands (default: the latest shipped ones not after {@code year}, or the
   *     earliest shipped ones)
   * @param regionScores SPD and count score per region, sorted by region
   * @throws ReportException with code {@code BAD_ARGUMENT} for a year outside 0 or 2000-2200
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public IndexOptions {
    if (year != 0 && (year < 2000 || year > 2200)) {
      throw new ReportException("BAD_ARGUMENT", "error.argument.range", "year", year, 2000, 2200);
    }
    Checks.notNull(indicators, "indicators");
    Checks.notNull(bands, "bands");
    regionScores = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(regionScores, "regionScores")));
  }

  /** {@return options that ask for no estimate} */
  public static IndexOptions none() {
    return NONE;
  }

  /**
   * Returns options estimating the index of a year with the shipped indicator scheme and bands.
   *
   * @param year the year and evaluation round, 2000-2200
   * @return the options
   * @throws ReportException with code {@code BAD_ARGUMENT} for a year out of range
   */
  public static IndexOptions forYear(int year) {
    RatingBands bands = RatingBands.findLatestUpTo(year).orElse(RatingBands.forYear(RatingBands.years().get(0)));
    return new IndexOptions(year, EvaluationSchemes.iidInnovationIndicators(), bands, Map.of());
  }

  /** {@return whether an estimate is asked for} */
  public boolean enabled() {
    return year != 0;
  }

  /**
   * Returns a copy with a region's SPD and count scores.
   *
   * @param region the region
   * @param spd its SPD score
   * @param countScore its innovation-count score
   * @return the copy
   */
  public IndexOptions withRegionScores(RegionCode region, BigDecimal spd, BigDecimal countScore) {
    Map<RegionCode, RegionScores> copy = new TreeMap<>(regionScores);
    copy.put(Checks.notNull(region, "region"), new RegionScores(spd, countScore));
    return new IndexOptions(year, indicators, bands, copy);
  }

  /**
   * Returns a copy with another indicator scheme.
   *
   * @param scheme an {@code INDICATOR} scheme
   * @return the copy
   */
  public IndexOptions withIndicators(EvaluationScheme scheme) {
    return new IndexOptions(year, scheme, bands, regionScores);
  }

  /**
   * Returns a copy with other rating bands.
   *
   * @param value the bands
   * @return the copy
   */
  public IndexOptions withBands(RatingBands value) {
    return new IndexOptions(year, indicators, value, regionScores);
  }

  /**
   * Finds the scores given for a region.
   *
   * @param region the region
   * @return its scores, or empty
   */
  public Optional<RegionScores> findRegionScores(RegionCode region) {
    return Optional.ofNullable(regionScores.get(region));
  }
}
