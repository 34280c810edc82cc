package id.labinov.reporting;

import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the IID readiness report cannot read from the evidence register: the region-level score SPD
 * and the innovation-count score, as the region enters them, and optionally other rating bands.
 *
 * <p>labinov ships no list of the region-level (SPD) indicators and no evidence rules for them, so the
 * SPD is taken as entered: the claimed SPD for the claimed and supported estimate, the verified SPD
 * (if entered, else the claimed one) for the verified estimate. How the count score is computed is not
 * published; it is entered too. Without them both are 0 and the estimates are lower bounds (the report
 * says so).
 *
 * <pre>{@code
 * ReadinessOptions options = ReadinessOptions.none().withSpd(new BigDecimal("41"))
 *     .withSpdVerified(new BigDecimal("36")).withCountScore(new BigDecimal("38"));
 * }</pre>
 *
 * @param spd the claimed region-level score, 0 to {@link RegionalIndex#SPD_MAX}, or {@code null} if not
 *     entered (0 is used)
 * @param spdVerified the verified region-level score, 0 to {@link RegionalIndex#SPD_MAX}, or {@code null}
 *     if not entered (the claimed SPD is used)
 * @param countScore the innovation-count score, 0 to {@link RegionalIndex#COUNT_MAX}, or {@code null} if
 *     not entered (0 is used)
 * @param bands the rating bands to use, or {@code null} for the shipped bands of the year (or of the
 *     latest shipped year before it)
 */
public record ReadinessOptions(BigDecimal spd, BigDecimal spdVerified, BigDecimal countScore, RatingBands bands) {
  private static final ReadinessOptions NONE = new ReadinessOptions(null, null, null, null);

  /**
   * Validates the scores.
   *
   * @param spd the claimed SPD, or {@code null}
   * @param spdVerified the verified SPD, or {@code null}
   * @param countScore the count score, or {@code null}
   * @param bands the rating bands, or {@code null}
   * @throws ReportException with code {@code BAD_ARGUMENT} naming a score outside its range
   */
  public ReadinessOptions {
    check("spd", spd, RegionalIndex.SPD_MAX);
    check("spdVerified", spdVerified, RegionalIndex.SPD_MAX);
    check("countScore", countScore, RegionalIndex.COUNT_MAX);
  }

  private static void check(String name, BigDecimal value, BigDecimal max) {
    if (value != null && (value.signum() < 0 || value.compareTo(max) > 0)) {
      throw new ReportException("BAD_ARGUMENT", "error.argument.range", name, value.toPlainString(), 0,
          max.toPlainString());
    }
  }

  /** {@return options with nothing entered: SPD and count score 0, the shipped bands} */
  public static ReadinessOptions none() {
    return NONE;
  }

  /**
   * Returns a copy with the claimed region-level score.
   *
   * @param value 0 to {@link RegionalIndex#SPD_MAX}
   * @return the copy
   * @throws ReportException with code {@code BAD_ARGUMENT} for a score outside the range
   */
  public ReadinessOptions withSpd(BigDecimal value) {
    return new ReadinessOptions(Checks.notNull(value, "spd"), spdVerified, countScore, bands);
  }

  /**
   * Returns a copy with the verified region-level score.
   *
   * @param value 0 to {@link RegionalIndex#SPD_MAX}
   * @return the copy
   * @throws ReportException with code {@code BAD_ARGUMENT} for a score outside the range
   */
  public ReadinessOptions withSpdVerified(BigDecimal value) {
    return new ReadinessOptions(spd, Checks.notNull(value, "spdVerified"), countScore, bands);
  }

  /**
   * Returns a copy with the innovation-count score.
   *
   * @param value 0 to {@link RegionalIndex#COUNT_MAX}
   * @return the copy
   * @throws ReportException with code {@code BAD_ARGUMENT} for a score outside the range
   */
  public ReadinessOptions withCountScore(BigDecimal value) {
    return new ReadinessOptions(spd, spdVerified, Checks.notNull(value, "countScore"), bands);
  }

  /**
   * Returns a copy with other rating bands (e.g. a year's bands published before labinov ships them,
   * read with {@link RatingBands#parse}).
   *
   * @param value the bands
   * @return the copy
   */
  public ReadinessOptions withBands(RatingBands value) {
    return new ReadinessOptions(spd, spdVerified, countScore, Checks.notNull(value, "bands"));
  }

  /** {@return the claimed SPD, if entered} */
  public Optional<BigDecimal> findSpd() {
    return Optional.ofNullable(spd);
  }

  /** {@return the verified SPD, if entered} */
  public Optional<BigDecimal> findSpdVerified() {
    return Optional.ofNullable(spdVerified);
  }

  /** {@return the count score, if entered} */
  public Optional<BigDecimal> findCountScore() {
    return Optional.ofNullable(countScore);
  }

  /** {@return the rating bands, if given} */
  public Optional<RatingBands> findBands() {
    return Optional.ofNullable(bands);
  }

  /**
   * The bands for a year: those given, else the shipped ones of the year, else those of the latest
   * shipped year before it, else the earliest shipped ones.
   */
  RatingBands bandsFor(int year) {
    if (bands != null) {
      return bands;
    }
    return RatingBands.findLatestUpTo(year).orElse(RatingBands.forYear(RatingBands.years().get(0)));
  }
}
