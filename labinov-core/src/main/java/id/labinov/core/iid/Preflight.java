package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The IID pre-flight: before a region submits, tells it for each claim which level its evidence
 * carries and why not more. A pure function of an indicator scheme, its {@link EvidenceRules}, the
 * year, the claims and the documents, all plain values: no store, no clock, so another system can
 * run it on its own register. Immutable and thread-safe.
 *
 * <p>For each claim: the linked documents are looked up (a link to a document not supplied, or to a
 * document of another region, is a gap and the document does not count); then the levels are tried
 * from the claimed level down, and the first whose requirements are all met is the supported level
 * (0 if none). The gaps listed are those of the claimed level: what the claim as made lacks. To see
 * what a lower level lacks, claim it. Finally every innovation (or region) with claims is checked for
 * the scheme's mandatory indicators.
 */
@Beta
public final class Preflight {
  private final EvaluationScheme scheme;
  private final EvidenceRules rules;

  private Preflight(EvaluationScheme scheme, EvidenceRules rules) {
    this.scheme = scheme;
    this.rules = rules;
  }

  /**
   * Creates a pre-flight for a scheme and its evidence rules.
   *
   * @param scheme an {@link id.labinov.core.evaluation.SchemeKind#INDICATOR INDICATOR} scheme
   * @param rules the evidence rules written for that scheme and version
   * @return the pre-flight
   * @throws InvalidValueException with code {@code REQUIRED} for a missing argument,
   *     {@code RULES_FOR_OTHER_SCHEME} if the rules name another scheme or version, or
   *     {@code RULES_DO_NOT_MATCH_SCHEME} naming the first indicator the rules leave out, add, or
   *     describe with another number of levels or another mandatory flag
   */
  public static Preflight of(EvaluationScheme scheme, EvidenceRules rules) {
    Checks.notNull(scheme, "scheme");
    Checks.notNull(rules, "rules");
    if (!rules.schemeId().equals(scheme.id()) || rules.schemeVersion() != scheme.version()) {
      throw new InvalidValueException("RULES_FOR_OTHER_SCHEME", "rules", rules.schemeId() + "@" + rules.schemeVersion(),
          "error.iid.rulesScheme", scheme.id() + "@" + scheme.version());
    }
    for (Criterion c : scheme.criteria()) {
      IndicatorProvenance p = rules.findIndicator(c.code()).orElseThrow(() -> mismatch(c.code()));
      if (p.levels() != c.maxLevel() || p.mandatory() != c.mandatory()) {
        throw mismatch(c.code());
      }
    }
    for (IndicatorProvenance p : rules.indicators()) {
      scheme.findCriterion(p.code()).orElseThrow(() -> mismatch(p.code()));
    }
    return new Preflight(scheme, rules);
  }

  private static InvalidValueException mismatch(String code) {
    return new InvalidValueException("RULES_DO_NOT_MATCH_SCHEME", "rules", code, "error.iid.rulesMismatch");
  }

  /**
   * Returns the pre-flight for the shipped per-innovation IID indicators and their shipped evidence
   * rules ({@link EvaluationSchemes#iidInnovationIndicators()},
   * {@link EvidenceRules#iidInnovationIndicators()}); both are marked unverified.
   *
   * @return the pre-flight
   */
  public static Preflight iidInnovationIndicators() {
    return of(EvaluationSchemes.iidInnovationIndicators(), EvidenceRules.iidInnovationIndicators());
  }

  /** {@return the scheme claims are checked against} */
  public EvaluationScheme scheme() {
    return scheme;
  }

  /** {@return the evidence rules} */
  public EvidenceRules rules() {
    return rules;
  }

  /**
   * Runs the pre-flight.
   *
   * @param year the IID year (T-0); every claim must be for it
   * @param claims the claims, any number, for any innovations and regions
   * @param documents the documents the claims may link (more may be given; unlinked ones are ignored)
   * @return the report, one result per claim in the order given
   * @throws InvalidValueException with code {@code REQUIRED} for a missing argument or element,
   *     {@code INVALID_YEAR} for a year out of range, {@code CLAIM_YEAR_MISMATCH} for a claim of
   *     another year, {@code UNKNOWN_INDICATOR} for an indicator the scheme lacks,
   *     {@code LEVEL_ABOVE_SCHEME} for a level above the indicator's highest,
   *     {@code DUPLICATE_CLAIM} for two claims on one subject and indicator,
   *     {@code DUPLICATE_DOCUMENT} for two documents with one id
   */
  public PreflightReport run(int year, Collection<IndicatorClaim> claims, Collection<EvidenceDocument> documents) {
    IndicatorClaim.year(year, "year");
    Map<String, EvidenceDocument> byId = new HashMap<>();
    for (EvidenceDocument d : EvidenceDocument.noNulls(documents, "documents")) {
      if (byId.putIfAbsent(d.id(), d) != null) {
        throw new InvalidValueException("DUPLICATE_DOCUMENT", "documents", d.id(), "error.iid.duplicateDocument");
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    Map<String, IndicatorClaim> subjects = new LinkedHashMap<>();
    Map<String, Set<String>> claimed = new HashMap<>();
    List<ClaimResult> results = new ArrayList<>();
    for (IndicatorClaim claim : EvidenceDocument.noNulls(claims, "claims")) {
      Criterion criterion = validate(year, claim);
      if (!seen.add(claim.subject() + "|" + claim.indicator())) {
        throw new InvalidValueException("DUPLICATE_CLAIM", "claims", claim.subject() + " " + claim.indicator(),
            "error.iid.duplicateClaim");
      }
      subjects.putIfAbsent(claim.subject(), claim);
      claimed.computeIfAbsent(claim.subject(), k -> new LinkedHashSet<>()).add(claim.indicator());
      results.add(check(claim, criterion, byId));
    }
    List<MissingIndicator> missing = new ArrayList<>();
    subjects.forEach((subject, first) -> scheme.criteria().stream()
        .filter(c -> c.mandatory() && !claimed.get(subject).contains(c.code()))
        .forEach(c -> missing.add(new MissingIndicator(first.region(), first.innovation(), c))));
    return new PreflightReport(year, scheme.id(), results, missing);
  }

  private Criterion validate(int year, IndicatorClaim claim) {
    if (claim.year() != year) {
      throw new InvalidValueException("CLAIM_YEAR_MISMATCH", "claims", claim.year(), "error.iid.claimYear",
          String.valueOf(year), claim.indicator());
    }
    Criterion criterion = scheme.findCriterion(claim.indicator()).orElseThrow(() -> new InvalidValueException(
        "UNKNOWN_INDICATOR", "indicator", claim.indicator(), "error.iid.unknownIndicator", scheme.id()));
    if (claim.claimedLevel() > criterion.maxLevel()) {
      throw new InvalidValueException("LEVEL_ABOVE_SCHEME", "claimedLevel", claim.claimedLevel(),
          "error.iid.levelAboveScheme", claim.indicator(), criterion.maxLevel());
    }
    return criterion;
  }

  private ClaimResult check(IndicatorClaim claim, Criterion criterion, Map<String, EvidenceDocument> byId) {
    List<Gap> gaps = new ArrayList<>();
    List<EvidenceDocument> linked = new ArrayList<>();
    RegionCode region = claim.region();
    for (String id : claim.documentIds()) {
      EvidenceDocument d = byId.get(id);
      if (d == null) {
        gaps.add(new Gap("UNKNOWN_DOCUMENT", Optional.of(id), "iid.gap.UNKNOWN_DOCUMENT", List.of(id)));
      } else if (!d.region().equals(region)) {
        gaps.add(Gap.about("OTHER_REGION", d, d.region().value(), region.value()));
      } else {
        linked.add(d);
      }
    }
    List<List<EvidenceRules.Requirement>> levels = rules.indicator(claim.indicator()).orElseThrow().levels();
    for (int level = claim.claimedLevel(); level >= 1; level--) {
      EvidenceInput input = new EvidenceInput(claim, linked, level);
      List<Gap> levelGaps = new ArrayList<>();
      Set<String> counted = new LinkedHashSet<>();
      for (EvidenceRules.Requirement requirement : levels.get(level - 1)) {
        RequirementOutcome outcome = Checks.notNull(requirement.rule().check(input),
            "outcome of requirement type " + requirement.type());
        levelGaps.addAll(outcome.gaps());
        counted.addAll(outcome.counted());
      }
      if (level == claim.claimedLevel()) {
        gaps.addAll(levelGaps);
      }
      if (levelGaps.isEmpty()) {
        return new ClaimResult(claim, criterion, level, gaps, List.copyOf(counted));
      }
    }
    return new ClaimResult(claim, criterion, 0, gaps, List.of());
  }
}
