package id.labinov.core.evaluation;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.rules.LocalizedText;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An evaluation scheme as data: criteria with weights, a scale, how sheets aggregate, and the
 * categories of results. Loaded and validated by {@link EvaluationSchemes}; immutable and
 * thread-safe.
 *
 * <p>Two schemes are equal when their canonical forms are equal; {@link #hash()} is the SHA-256 of
 * the canonical form (labels and source included), so a store can refuse a known {@code id@version}
 * with different content.
 *
 * <p>All arithmetic is exact {@link BigDecimal} arithmetic; a result is rounded once, half up, to
 * {@link #resultScale()} decimals.
 */
public final class EvaluationScheme {
  private final String id;
  private final int version;
  private final int year;
  private final LocalizedText name;
  private final SchemeKind kind;
  private final Scale scale;
  private final List<Criterion> criteria;
  private final Aggregation aggregation;
  private final List<Category> categories;
  private final int resultScale;
  private final boolean verified;
  private final String source;
  private final String canonicalJson;
  private final String hash;

  EvaluationScheme(String id, int version, int year, LocalizedText name, SchemeKind kind, Scale scale,
      List<Criterion> criteria, Aggregation aggregation, List<Category> categories, int resultScale, boolean verified,
      String source) {
    this.id = id;
    this.version = version;
    this.year = year;
    this.name = name;
    this.kind = kind;
    this.scale = scale;
    this.criteria = List.copyOf(criteria);
    this.aggregation = aggregation;
    this.categories = List.copyOf(categories);
    this.resultScale = resultScale;
    this.verified = verified;
    this.source = source;
    this.canonicalJson = JsonTree.canonical(SchemeWriter.toTree(this));
    this.hash = JsonTree.sha256(canonicalJson.getBytes(StandardCharsets.UTF_8));
  }

  /** {@return the scheme's id, e.g. {@code iga-presentation-2023}} */
  public String id() {
    return id;
  }

  /** {@return the version, 1 or more} */
  public int version() {
    return version;
  }

  /** {@return {@code id@version}, e.g. {@code kipp-criteria@1}} */
  public String reference() {
    return id + "@" + version;
  }

  /** {@return the year the scheme's figures apply to, e.g. 2023} */
  public int year() {
    return year;
  }

  /** {@return the name in both languages} */
  public LocalizedText name() {
    return name;
  }

  /** {@return whether criteria get scores ({@code SCORED}) or levels ({@code INDICATOR})} */
  public SchemeKind kind() {
    return kind;
  }

  /** {@return the scale of results (and, for {@code SCORED} schemes, of each criterion's score)} */
  public Scale scale() {
    return scale;
  }

  /** {@return the criteria in scheme order; unmodifiable} */
  public List<Criterion> criteria() {
    return criteria;
  }

  /** {@return how sheets are scored and aggregated} */
  public Aggregation aggregation() {
    return aggregation;
  }

  /** {@return the categories in ascending order, covering the scale once; empty if the scheme has none} */
  public List<Category> categories() {
    return categories;
  }

  /** {@return the number of decimals of results, e.g. 2} */
  public int resultScale() {
    return resultScale;
  }

  /** {@return whether the figures (weights, levels) were checked against an official source} */
  public boolean verified() {
    return verified;
  }

  /** {@return where the figures come from, with the source tags of the domain reference} */
  public String source() {
    return source;
  }

  /**
   * Finds a criterion by code.
   *
   * @param code the criterion code; {@code null} finds nothing
   * @return the criterion, or empty
   */
  public Optional<Criterion> findCriterion(String code) {
    return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * Finds the category of a result: the one with {@code min <= score < max}, or the last one when
   * {@code score} equals the scale maximum.
   *
   * @param score the result
   * @return the category, or empty if the scheme has no categories or the score is off the scale
   * @throws InvalidValueException with code {@code REQUIRED} if {@code score} is {@code null}
   */
  public Optional<Category> findCategory(BigDecimal score) {
    Checks.notNull(score, "score");
    if (!scale.contains(score)) {
      return Optional.empty();
    }
    return categories.stream()
        .filter(c -> score.compareTo(c.min()) >= 0 && (c.max() == null || score.compareTo(c.max()) < 0))
        .findFirst();
  }

  /**
   * Checks a score sheet against the scheme, listing every problem (all must-meet, rule type
   * {@code evaluation}): {@code UNKNOWN_CRITERION} for each code the scheme does not have (in code
   * order), then per criterion in scheme order {@code CRITERION_MISSING} (a mandatory criterion
   * without a value) or {@code SCORE_OFF_SCALE} (a score outside the scale, or a level that is not
   * a whole number from 0 to the indicator's number of levels). The evaluator is not checked.
   *
   * @param sheet the sheet
   * @return the violations; empty if the sheet can be scored
   * @throws InvalidValueException with code {@code REQUIRED} if {@code sheet} is {@code null}
   */
  public List<Violation> check(ScoreSheet sheet) {
    Checks.notNull(sheet, "sheet");
    return Scoring.check(this, sheet.scores());
  }

  /**
   * Scores one sheet: {@code WEIGHTED_MEAN} and {@code WEIGHTED_SUM} both give the sum of weight x
   * score (or level), exactly; an optional criterion left out counts as the scale minimum (level 0).
   * The result is rounded half up to {@link #resultScale()} decimals.
   *
   * @param sheet the sheet
   * @return the score
   * @throws InvalidValueException with code {@code REQUIRED} if {@code sheet} is {@code null}
   * @throws InvalidScoreSheetException if {@link #check(ScoreSheet)} finds a violation
   */
  public BigDecimal score(ScoreSheet sheet) {
    Checks.notNull(sheet, "sheet");
    return Scoring.round(this, Scoring.exact(this, "sheet", sheet.evaluator().value(), sheet.scores()));
  }

  /**
   * Aggregates several evaluators' sheets: the mean of their exact scores, rounded once. With
   * {@link Aggregation#trimExtremes()} and three or more sheets, the sheet with the highest and the
   * one with the lowest score are left out (ties broken by evaluator id), for the score and for the
   * per-criterion means alike. The result does not depend on the order of the sheets.
   *
   * @param sheets one sheet per evaluator, e.g. each evaluator's latest
   * @return the result
   * @throws InvalidValueException with code {@code REQUIRED} if {@code sheets} or an element is
   *     {@code null}, {@code NO_SCORE_SHEETS} if it is empty, {@code DUPLICATE_EVALUATOR} if an
   *     evaluator has two sheets
   * @throws InvalidScoreSheetException if a sheet does not fit the scheme
   */
  public EvaluationResult aggregate(Collection<ScoreSheet> sheets) {
    return Scoring.aggregate(this, sheets);
  }

  /** {@return the canonical JSON: sorted keys, no insignificant white space, NFC strings} */
  public String toCanonicalJson() {
    return canonicalJson;
  }

  /** {@return the SHA-256 of the canonical form, 64 lower-case hex digits} */
  public String hash() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvaluationScheme s && s.canonicalJson.equals(canonicalJson);
  }

  @Override
  public int hashCode() {
    return canonicalJson.hashCode();
  }

  @Override
  public String toString() {
    return "EvaluationScheme[" + reference() + ", " + hash.substring(0, 12) + "]";
  }
}
