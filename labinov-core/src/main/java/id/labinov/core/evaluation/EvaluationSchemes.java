package id.labinov.core.evaluation;

import id.labinov.core.error.InputLimitException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.Resources;
import id.labinov.core.rules.RulebookLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads evaluation schemes (JSON format {@value #FORMAT}) and gives the shipped ones. All methods
 * are thread-safe.
 *
 * <p>The format: {@code format}, {@code id} (lower-case), {@code version} (from 1), {@code year},
 * {@code name} ({@code {"id": ..., "en": ...}}), {@code kind} ({@code SCORED} or
 * {@code INDICATOR}), {@code scale} ({@code {"min": 0, "max": 100}}), {@code aggregation}
 * ({@code {"method": "WEIGHTED_MEAN" | "WEIGHTED_SUM", "trimExtremes": false}}),
 * {@code resultScale} (decimals of results, 0-10), {@code verified}, {@code source},
 * {@code criteria} (each {@code code}, {@code label}, {@code weight}, {@code mandatory} and, for
 * indicators only, {@code levels}: the descriptions of levels 1..n) and optional
 * {@code categories} (each {@code code}, {@code label}, {@code min} and, except the last,
 * {@code max}). Numbers are plain JSON decimals (no exponent). Loading refuses unknown properties,
 * duplicate codes, weights of 0 or less, {@code WEIGHTED_MEAN} weights not summing to exactly 1,
 * {@code WEIGHTED_SUM} on a {@code SCORED} scheme, an {@code INDICATOR} scale other than 0 to the
 * sum of weight x highest level, and categories that leave a gap, overlap or leave the scale.
 *
 * <p>Shipped schemes, and how far their figures are confirmed:
 * <ul>
 *   <li>{@link #kippCriteria()}: the five KIPP criteria of KemenPAN-RB (Permenpan 91/2021). The
 *       national weights were not found: equal weights 0.20 are our assumption
 *       ({@code verified = false}).
 *   <li>{@link #igaPresentation2023()}: the IGA 2023 presentation weights published by BSKDN
 *       ({@code verified = true}); its categories are our inference.
 *   <li>{@link #iidInnovationIndicators()}: the 20 per-innovation IID/IGA indicators, weights,
 *       level descriptions and mandatory flags as found only in third-party code
 *       ({@code verified = false}).
 * </ul>
 */
public final class EvaluationSchemes {
  /** The JSON format name, the value of the {@code format} property. */
  public static final String FORMAT = SchemeWriter.FORMAT;
  /** Class-path resource of the KIPP criteria scheme. */
  public static final String KIPP_CRITERIA_RESOURCE = "/id/labinov/core/evaluation/kipp-criteria.json";
  /** Class-path resource of the IGA 2023 presentation scheme. */
  public static final String IGA_PRESENTATION_2023_RESOURCE = "/id/labinov/core/evaluation/iga-presentation-2023.json";
  /** Class-path resource of the IID per-innovation indicator scheme. */
  public static final String IID_INNOVATION_INDICATORS_RESOURCE =
      "/id/labinov/core/evaluation/iid-innovation-indicators.json";

  private EvaluationSchemes() {}

  /**
   * Parses a scheme.
   *
   * @param json the scheme JSON
   * @return the validated scheme
   * @throws InvalidValueException with code {@code REQUIRED} if {@code json} is {@code null}
   * @throws EvaluationSchemeValidationException listing every problem with its JSON path
   */
  public static EvaluationScheme parse(String json) {
    Checks.notNull(json, "json");
    return SchemeReader.read("evaluation scheme", json);
  }

  /**
   * Reads a scheme from a UTF-8 stream (the caller closes it).
   *
   * @param source a name for messages, e.g. the file name
   * @param in the stream
   * @return the validated scheme
   * @throws InvalidValueException with code {@code REQUIRED} if an argument is {@code null} or blank
   * @throws EvaluationSchemeValidationException listing every problem
   * @throws InputLimitException if the stream holds more than 2 MiB
   * @throws InvalidValueException with code {@code MALFORMED_UTF8} naming the byte offset if the stream
   *     is not UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static EvaluationScheme read(String source, InputStream in) {
    Checks.notBlank(source, "source");
    Checks.notNull(in, "in");
    try {
      // strict UTF-8 and a bounded read, as for rulebooks: a scheme is a small document
      byte[] bytes = in.readNBytes((int) RulebookLimits.DEFAULT_MAX_BYTES + 1);
      if (bytes.length > RulebookLimits.DEFAULT_MAX_BYTES) {
        throw new InputLimitException(source, "scheme.maxBytes", RulebookLimits.DEFAULT_MAX_BYTES,
            "EvaluationSchemes.parse(String)");
      }
      return SchemeReader.read(source, Checks.utf8(bytes, source));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read evaluation scheme " + source, e);
    }
  }

  /**
   * Loads a scheme from a class-path resource.
   *
   * <p>labinov's shipped resources are always found. On the module path, a resource of another
   * module is found only if it lies in a package that module opens, or outside any package.
   *
   * @param resource an absolute resource path, e.g. {@link #KIPP_CRITERIA_RESOURCE}
   * @return the scheme
   * @throws InvalidValueException with code {@code RESOURCE_NOT_FOUND} if there is no such resource,
   *     {@code REQUIRED} if {@code resource} is {@code null} or blank
   * @throws EvaluationSchemeValidationException if the resource is not a valid scheme
   */
  public static EvaluationScheme fromResource(String resource) {
    Checks.notBlank(resource, "resource");
    try (InputStream in = Resources.open(EvaluationSchemes.class, resource)) {
      if (in == null) {
        throw new InvalidValueException("RESOURCE_NOT_FOUND", "resource", resource, "error.resourceNotFound");
      }
      return read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the KIPP criteria scheme ({@code kipp-criteria@1}, year 2021): novelty (kebaruan),
   * effectiveness (efektif), benefit (bermanfaat), replicability (mudah ditransfer) and
   * sustainability (berkelanjutan), each weighted 0.20 (an assumption: the national weights were not
   * found), scored 0-100, {@code WEIGHTED_MEAN}, with categories of our own.
   *
   * @return the scheme
   */
  public static EvaluationScheme kippCriteria() {
    return Holder.KIPP;
  }

  /**
   * Returns the IGA 2023 presentation scheme ({@code iga-presentation-2023@1}): novelty 30%,
   * benefit 25%, authority and collaboration 15%, replicability/applicability 20% and mastery of the
   * material 10%, scored 0-100, {@code WEIGHTED_MEAN}, with categories of our own.
   *
   * @return the scheme
   */
  public static EvaluationScheme igaPresentation2023() {
    return Holder.IGA_2023;
  }

  /**
   * Returns the IID per-innovation indicator scheme ({@code iid-innovation-indicators@1}): 20
   * indicators (weights summing to 37), levels 0-3 each, {@code WEIGHTED_SUM}, scale 0-111, indicators
   * 1, 2, 17, 18 and 20 mandatory, no categories. Unverified third-party figures.
   *
   * @return the scheme
   */
  public static EvaluationScheme iidInnovationIndicators() {
    return Holder.IID;
  }

  private static final class Holder {
    static final EvaluationScheme KIPP = fromResource(KIPP_CRITERIA_RESOURCE);
    static final EvaluationScheme IGA_2023 = fromResource(IGA_PRESENTATION_2023_RESOURCE);
    static final EvaluationScheme IID = fromResource(IID_INNOVATION_INDICATORS_RESOURCE);
  }
}
