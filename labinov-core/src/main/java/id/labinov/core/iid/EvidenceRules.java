package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationSchemeValidationException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence that carries each level of each indicator of one evaluation scheme, as data: per
 * indicator and level a list of requirements, each of an {@link EvidenceRuleType} with its
 * parameters; a level is carried when all its requirements are met. Read from JSON (format
 * {@value #FORMAT}) that names the scheme and version it belongs to, ships beside it, and states per
 * indicator whether its rules are verified. Immutable and thread-safe.
 *
 * <pre>{@code
 * {"format": "labinov-iid-evidence-rules/1",
 *  "scheme": {"id": "iid-innovation-indicators", "version": 1},
 *  "verified": false, "source": "...",
 *  "indicators": [
 *    {"code": "REGULATION", "number": 1, "verified": false, "source": "...",
 *     "levels": [
 *       [{"type": "document", "params": {"kinds": ["DECREE"], "issuerLevels": ["REGIONAL_HEAD", "OPD_HEAD"]}}],
 *       [{"type": "document", "params": {"kinds": ["PERKADA"], "window": "T-2..T-0"}}],
 *       [{"type": "document", "params": {"kinds": ["PERDA"], "window": "T-2..T-0"}}]]}]}
 * }</pre>
 */
@Beta
public final class EvidenceRules {
  /** The format marker of evidence-rules JSON. */
  public static final String FORMAT = "labinov-iid-evidence-rules/1";
  /** The class-path resource of the rules shipped for the per-innovation IID indicator scheme. */
  public static final String IID_INNOVATION_INDICATORS_RESOURCE =
      "/id/labinov/core/evaluation/iid-innovation-indicators.evidence.json";
  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of the format, for systems that
   * write or check evidence rules without labinov.
   */
  public static final String SCHEMA_RESOURCE = "/id/labinov/core/evaluation/iid-evidence-rules.schema.json";

  private final String schemeId;
  private final int schemeVersion;
  private final boolean verified;
  private final String source;
  private final Map<String, Indicator> indicators;

  /** One requirement as read: its type's name and the compiled rule. */
  record Requirement(String type, EvidenceRule rule) {}

  /** One indicator's provenance and requirements, level 1 first. */
  record Indicator(IndicatorProvenance provenance, List<List<Requirement>> levels) {}

  EvidenceRules(String schemeId, int schemeVersion, boolean verified, String source, List<Indicator> indicators) {
    this.schemeId = schemeId;
    this.schemeVersion = schemeVersion;
    this.verified = verified;
    this.source = source;
    Map<String, Indicator> byCode = new LinkedHashMap<>();
    indicators.forEach(i -> byCode.put(i.provenance().code(), i));
    this.indicators = Collections.unmodifiableMap(byCode);
  }

  /**
   * Parses evidence rules with the built-in requirement types.
   *
   * @param json the JSON text
   * @return the rules
   * @throws EvaluationSchemeValidationException listing every problem with its JSON path
   */
  public static EvidenceRules parse(String json) {
    return parse("evidence rules", json, EvidenceRuleTypes.builtIn());
  }

  /**
   * Parses evidence rules.
   *
   * @param source a name for the text's origin (a file name), for messages
   * @param json the JSON text
   * @param types the requirement types the rules may use
   * @return the rules
   * @throws EvaluationSchemeValidationException listing every problem with its JSON path
   * @throws InvalidValueException with code {@code REQUIRED} if an argument is {@code null}
   */
  public static EvidenceRules parse(String source, String json, EvidenceRuleTypes types) {
    Checks.notNull(source, "source");
    Checks.notNull(json, "json");
    Checks.notNull(types, "types");
    return EvidenceRulesReader.read(source, json, types);
  }

  /**
   * Reads evidence rules from a class-path resource.
   *
   * @param resource an absolute resource path
   * @param types the requirement types the rules may use
   * @return the rules
   * @throws InvalidValueException with code {@code NO_SUCH_RESOURCE} if there is no such resource
   * @throws EvaluationSchemeValidationException listing every problem with its JSON path
   */
  public static EvidenceRules fromResource(String resource, EvidenceRuleTypes types) {
    Checks.notBlank(resource, "resource");
    try (InputStream in = Resources.open(EvidenceRules.class, resource)) {
      if (in == null) {
        throw new InvalidValueException("NO_SUCH_RESOURCE", "resource", resource, "error.iid.noSuchResource");
      }
      return parse(resource, Checks.utf8(in.readAllBytes(), resource), types);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the rules shipped for {@link id.labinov.core.evaluation.EvaluationSchemes#iidInnovationIndicators()}
   * (the 20 per-innovation indicators), with the built-in requirement types. Mostly unverified: see
   * {@link #indicators()}.
   *
   * @return the rules
   */
  public static EvidenceRules iidInnovationIndicators() {
    return Shipped.RULES;
  }

  /** Holder: the shipped rules are read once, on first use. */
  private static final class Shipped {
    static final EvidenceRules RULES = fromResource(IID_INNOVATION_INDICATORS_RESOURCE, EvidenceRuleTypes.builtIn());
  }

  /** {@return the id of the scheme these rules belong to} */
  public String schemeId() {
    return schemeId;
  }

  /** {@return the version of the scheme these rules belong to} */
  public int schemeVersion() {
    return schemeVersion;
  }

  /** {@return whether the rules as a whole are confirmed against an official source} */
  public boolean verified() {
    return verified;
  }

  /** {@return what the rules as a whole rest on} */
  public String source() {
    return source;
  }

  /** {@return each indicator's provenance, in the rules' order} */
  public List<IndicatorProvenance> indicators() {
    return indicators.values().stream().map(Indicator::provenance).toList();
  }

  /**
   * Finds an indicator's provenance.
   *
   * @param code the indicator's code
   * @return the provenance, or empty if the rules do not cover the indicator
   */
  public Optional<IndicatorProvenance> findIndicator(String code) {
    return Optional.ofNullable(code == null ? null : indicators.get(code)).map(Indicator::provenance);
  }

  Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  @Override
  public String toString() {
    return "EvidenceRules[" + schemeId + "@" + schemeVersion + ", " + indicators.size() + " indicators]";
  }
}
