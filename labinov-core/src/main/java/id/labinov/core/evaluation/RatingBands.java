package id.labinov.core.evaluation;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.json.JsonTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rating bands ("predikat") of the regional innovation index (IID) for one year: bands that
 * cover the index range 0-100 exactly once, half-open {@code [min, max)}, the highest closed at 100.
 * Immutable and thread-safe.
 *
 * <p>The thresholds change between years, so they are year-versioned data: the shipped table
 * ({@value #RESOURCE}, format {@value #FORMAT}) holds 2023 (sourced) and 2025 (the lower bound of
 * "Kurang Inovatif" is our inference). Published thresholds are at two decimals, e.g. "Inovatif
 * 35.00-60.00", and are read here as {@code [35.00, 60.01)}; an index with more decimals is rated
 * as given, not rounded first.
 */
public final class RatingBands {
  /** The JSON format name. */
  public static final String FORMAT = "labinov-rating-bands/1";
  /** Class-path resource of the shipped IID rating-band table. */
  public static final String RESOURCE = "/id/labinov/core/evaluation/iid-rating-bands.json";

  private final int year;
  private final Scale scale;
  private final List<Band> bands;
  private final boolean verified;
  private final String source;

  RatingBands(int year, Scale scale, List<Band> bands, boolean verified, String source) {
    this.year = year;
    this.scale = scale;
    this.bands = List.copyOf(bands);
    this.verified = verified;
    this.source = source;
  }

  /**
   * Returns the shipped bands of a year.
   *
   * @param year e.g. 2023
   * @return the bands
   * @throws InvalidValueException with code {@code UNKNOWN_YEAR} listing the known years
   */
  public static RatingBands forYear(int year) {
    RatingBands found = Holder.SHIPPED.get(year);
    if (found == null) {
      throw new InvalidValueException("UNKNOWN_YEAR", "year", year, "error.evaluation.unknownBandYear",
          String.join(", ", Holder.SHIPPED.keySet().stream().map(String::valueOf).toList()));
    }
    return found;
  }

  /**
   * Finds the shipped bands that applied in a year: those of the latest shipped year not after it.
   *
   * @param year e.g. 2024 (gives the 2023 bands)
   * @return the bands, or empty if the year is before every shipped year
   */
  public static Optional<RatingBands> findLatestUpTo(int year) {
    RatingBands latest = null;
    for (RatingBands b : Holder.SHIPPED.values()) {
      if (b.year <= year) {
        latest = b;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the years of the shipped table, ascending.
   *
   * @return e.g. {@code [2023, 2025]}; unmodifiable
   */
  public static List<Integer> years() {
    return List.copyOf(Holder.SHIPPED.keySet());
  }

  /**
   * Parses a rating-band table of format {@value #FORMAT}, e.g. to add a year before labinov
   * ships it: {@code {"format", "id", "scale": {"min", "max"}, "years": [{"year", "verified",
   * "source", "bands": [{"code", "label", "min", "max"?}]}]}}. Each year's bands must cover the
   * scale exactly once.
   *
   * @param json the table
   * @return the bands of each year, ascending by year
   * @throws InvalidValueException with code {@code REQUIRED} if {@code json} is {@code null}
   * @throws EvaluationSchemeValidationException listing every problem with its JSON path
   */
  public static List<RatingBands> parse(String json) {
    Checks.notNull(json, "json");
    return RatingBandsReader.read("rating bands", json);
  }

  /** {@return the year these bands apply to} */
  public int year() {
    return year;
  }

  /** {@return the index range the bands cover, 0-100 in the shipped table} */
  public Scale scale() {
    return scale;
  }

  /** {@return the bands, ascending; unmodifiable} */
  public List<Band> bands() {
    return bands;
  }

  /** {@return whether every threshold of the year was found in a source (see {@link #source()})} */
  public boolean verified() {
    return verified;
  }

  /** {@return where the thresholds come from, with the source tags of the domain reference} */
  public String source() {
    return source;
  }

  /**
   * Rates an index: returns the band with {@code min <= index < max}, or the highest band for an
   * index equal to the scale maximum.
   *
   * @param index the index, e.g. 49.43
   * @return the band
   * @throws InvalidValueException with code {@code REQUIRED} if {@code index} is {@code null}, or
   *     {@code OUT_OF_RANGE} if it is outside the scale
   */
  public Band rate(BigDecimal index) {
    Checks.notNull(index, "index");
    if (!scale.contains(index)) {
      throw new InvalidValueException("OUT_OF_RANGE", "index", Decimals.display(index), "error.evaluation.outOfRange",
          Decimals.display(scale.min()), Decimals.display(scale.max()));
    }
    for (Band b : bands) {
      if (index.compareTo(b.min()) >= 0 && (b.max() == null || index.compareTo(b.max()) < 0)) {
        return b;
      }
    }
    throw new IllegalStateException("bands validated to cover the scale");
  }

  /** Returns this year's entry as a JSON tree, as read. */
  Map<String, Object> toTree() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", JsonTree.Num.of(year));
    m.put("verified", verified);
    m.put("source", source);
    List<Object> out = new ArrayList<>();
    bands.forEach(b -> out.add(SchemeWriter.range(b.code(), b.label(), b.min(), b.max())));
    m.put("bands", out);
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RatingBands r && r.scale.equals(scale)
        && JsonTree.canonical(r.toTree()).equals(JsonTree.canonical(toTree()));
  }

  @Override
  public int hashCode() {
    return JsonTree.canonical(toTree()).hashCode();
  }

  @Override
  public String toString() {
    return "RatingBands[" + year + ", " + String.join(", ", bands.stream().map(Band::code).toList()) + "]";
  }

  private static final class Holder {
    static final Map<Integer, RatingBands> SHIPPED = load();

    private static Map<Integer, RatingBands> load() {
      try (java.io.InputStream in = RatingBands.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<Integer, RatingBands> out = new LinkedHashMap<>();
        for (RatingBands b : RatingBandsReader.read(RESOURCE,
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
          out.put(b.year(), b);
        }
        return java.util.Collections.unmodifiableMap(out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
