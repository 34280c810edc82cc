package id.labinov.core.iid;

import id.labinov.core.evaluation.EvaluationSchemeValidationException;
import id.labinov.core.evaluation.SchemeProblem;
import id.labinov.core.internal.json.TreeProblems;
import id.labinov.core.rules.RuleParameters;
import id.labinov.core.rules.RulebookLimits;
import id.labinov.core.rules.RulebookProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates evidence-rules JSON, collecting every problem with its JSON path. */
final class EvidenceRulesReader {
  private static final Pattern SCHEME_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int MAX_LEVELS = 10;
  private static final int MAX_REQUIREMENTS = 20;

  private final TreeProblems<SchemeProblem> r = new TreeProblems<>("error.evaluation.", SchemeProblem::new);
  private final EvidenceRuleTypes types;

  private EvidenceRulesReader(EvidenceRuleTypes types) {
    this.types = types;
  }

  static EvidenceRules read(String source, String json, EvidenceRuleTypes types) {
    Object tree = TreeProblems.parse(json, RulebookLimits.DEFAULT_MAX_DEPTH, args ->
        new EvaluationSchemeValidationException(source, List.of(new SchemeProblem("$", "JSON_SYNTAX",
            "error.evaluation.syntax", args))));
    EvidenceRulesReader reader = new EvidenceRulesReader(types);
    EvidenceRules rules = reader.rules(tree);
    if (reader.r.count() > 0 || rules == null) {
      throw new EvaluationSchemeValidationException(source, reader.r.problems());
    }
    return rules;
  }

  private EvidenceRules rules(Object tree) {
    Map<String, Object> root = r.object("$", tree, Set.of("format", "scheme", "verified", "source", "indicators"),
        Set.of());
    if (root == null) {
      return null;
    }
    Object format = root.get("format");
    if (!TreeProblems.absent(format) && !EvidenceRules.FORMAT.equals(format)) {
      r.problem("$.format", "UNSUPPORTED_FORMAT", "error.evaluation.format", String.valueOf(format), EvidenceRules.FORMAT);
    }
    Map<String, Object> scheme = TreeProblems.absent(root.get("scheme")) ? null
        : r.object("$.scheme", root.get("scheme"), Set.of("id", "version"), Set.of());
    String schemeId = scheme == null ? null : r.string("$.scheme.id", scheme.get("id"), SCHEME_ID);
    Integer version = scheme == null ? null : integer("$.scheme.version", scheme.get("version"), 1, 1_000_000);
    Boolean verified = r.bool("$.verified", root.get("verified"));
    String source = r.string("$.source", root.get("source"), null);
    List<EvidenceRules.Indicator> indicators = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    List<?> raw = r.array("$.indicators", root.get("indicators"), true);
    for (int i = 0; i < raw.size(); i++) {
      EvidenceRules.Indicator indicator = indicator("$.indicators[" + i + "]", raw.get(i));
      if (indicator != null && !codes.add(indicator.provenance().code())) {
        r.problem("$.indicators[" + i + "].code", "DUPLICATE", "error.evaluation.duplicateCriterion",
            indicator.provenance().code());
      }
      if (indicator != null) {
        indicators.add(indicator);
      }
    }
    if (r.count() > 0 || schemeId == null || version == null || verified == null || source == null) {
      return null;
    }
    return new EvidenceRules(schemeId, version, verified, source, indicators);
  }

  private Integer integer(String path, Object v, int min, int max) {
    return r.integer(path, v, min, max, null, String.valueOf(min), String.valueOf(max));
  }

  private EvidenceRules.Indicator indicator(String path, Object v) {
    Map<String, Object> m = r.object(path, v, Set.of("code", "number", "mandatory", "verified", "source", "levels"),
        Set.of());
    if (m == null) {
      return null;
    }
    String code = r.string(path + ".code", m.get("code"), EvidenceDocument.INDICATOR);
    Integer number = integer(path + ".number", m.get("number"), 1, 999);
    Boolean mandatory = r.bool(path + ".mandatory", m.get("mandatory"));
    Boolean verified = r.bool(path + ".verified", m.get("verified"));
    String source = r.string(path + ".source", m.get("source"), null);
    List<?> rawLevels = r.array(path + ".levels", m.get("levels"), true);
    if (rawLevels.size() > MAX_LEVELS) {
      r.problem(path + ".levels", "TOO_MANY_LEVELS", "error.evaluation.tooManyLevels", rawLevels.size(), MAX_LEVELS);
      return null;
    }
    List<List<EvidenceRules.Requirement>> levels = new ArrayList<>();
    int before = r.count();
    for (int l = 0; l < rawLevels.size(); l++) {
      String levelPath = path + ".levels[" + l + "]";
      List<?> rawRequirements = r.array(levelPath, rawLevels.get(l), true);
      if (TreeProblems.absent(rawLevels.get(l))) {
        r.problem(levelPath, "WRONG_TYPE", "error.evaluation.type", "array");
      }
      if (rawRequirements.size() > MAX_REQUIREMENTS) {
        r.problem(levelPath, "TOO_MANY_REQUIREMENTS", "error.iid.rules.tooManyRequirements", rawRequirements.size(),
            MAX_REQUIREMENTS);
        continue;
      }
      List<EvidenceRules.Requirement> requirements = new ArrayList<>();
      for (int q = 0; q < rawRequirements.size(); q++) {
        EvidenceRules.Requirement req = requirement(levelPath + "[" + q + "]", rawRequirements.get(q));
        if (req != null) {
          requirements.add(req);
        }
      }
      levels.add(List.copyOf(requirements));
    }
    if (r.count() > before || code == null || number == null || mandatory == null || verified == null
        || source == null) {
      return null;
    }
    return new EvidenceRules.Indicator(new IndicatorProvenance(code, number, mandatory, verified, source,
        levels.size()), List.copyOf(levels));
  }

  private EvidenceRules.Requirement requirement(String path, Object v) {
    Map<String, Object> m = r.object(path, v, Set.of("type"), Set.of("params"));
    if (m == null) {
      return null;
    }
    String type = r.string(path + ".type", m.get("type"), null);
    Map<String, Object> params = new LinkedHashMap<>();
    if (!TreeProblems.absent(m.get("params"))) {
      if (!(m.get("params") instanceof Map<?, ?> p)) {
        r.problem(path + ".params", "WRONG_TYPE", "error.evaluation.type", "object");
        return null;
      }
      p.forEach((k, x) -> {
        if (TreeProblems.absent(x)) {
          r.problem(path + ".params." + k, "WRONG_TYPE", "error.rulebook.nullParameter", String.valueOf(k));
        } else {
          params.put(String.valueOf(k), TreeProblems.plainValue(x));
        }
      });
    }
    if (type == null) {
      return null;
    }
    EvidenceRuleType ruleType = types.find(type).orElse(null);
    if (ruleType == null) {
      r.problem(path + ".type", "UNKNOWN_RULE_TYPE", "error.iid.rules.unknownType", type,
          String.join(", ", types.names()));
      return null;
    }
    RuleParameters parameters = new RuleParameters(path + ".params", params);
    EvidenceRule rule;
    try {
      rule = ruleType.create(parameters);
    } catch (RuntimeException e) {
      r.problem(path, "RULE_TYPE_FAILED", "error.rulebook.ruleTypeFailed", type, String.valueOf(e.getMessage()));
      return null;
    }
    for (RulebookProblem p : parameters.problems()) {
      r.problem(p.path(), p.code(), p.messageKey(), p.arguments().toArray());
    }
    if (rule == null) {
      r.problem(path, "RULE_TYPE_FAILED", "error.rulebook.ruleTypeFailed", type, "create returned null");
      return null;
    }
    return new EvidenceRules.Requirement(type, rule);
  }
}
