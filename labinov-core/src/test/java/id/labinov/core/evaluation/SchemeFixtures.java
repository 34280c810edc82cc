package id.labinov.core.evaluation;

import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.PersonId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data for evaluation schemes: small valid scheme trees to mutate, and score sheets. */
final class SchemeFixtures {
  private SchemeFixtures() {}

  /** A SCORED scheme: A (0.5) and B (0.5), scale 0-10, categories LOW [0, 5) and HIGH [5, 10]. */
  static Map<String, Object> scored() {
    Map<String, Object> root = header("test-scored", "SCORED", "0", "10", "WEIGHTED_MEAN", false);
    root.put("criteria", list(criterion("A", "0.5", null), criterion("B", "0.5", null)));
    root.put("categories", list(range("LOW", "0", "5"), range("HIGH", "5", null)));
    return root;
  }

  /** An INDICATOR scheme: X (weight 2) and Y (weight 1), three levels each, scale 0-9, no categories. */
  static Map<String, Object> indicator() {
    Map<String, Object> root = header("test-indicator", "INDICATOR", "0", "9", "WEIGHTED_SUM", false);
    root.put("criteria", list(criterion("X", "2", 3), criterion("Y", "1", 3)));
    root.put("categories", list());
    return root;
  }

  static Map<String, Object> header(String id, String kind, String min, String max, String method, boolean trim) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "labinov-evaluation-scheme/1");
    root.put("id", id);
    root.put("version", num("1"));
    root.put("year", num("2024"));
    root.put("name", text("Skema uji", "Test scheme"));
    root.put("kind", kind);
    Map<String, Object> scale = new LinkedHashMap<>();
    scale.put("min", num(min));
    scale.put("max", num(max));
    root.put("scale", scale);
    Map<String, Object> aggregation = new LinkedHashMap<>();
    aggregation.put("method", method);
    aggregation.put("trimExtremes", trim);
    root.put("aggregation", aggregation);
    root.put("resultScale", num("2"));
    root.put("verified", false);
    root.put("source", "test data [I]");
    return root;
  }

  static Map<String, Object> criterion(String code, String weight, Integer levels) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("label", text("Kriteria " + code, "Criterion " + code));
    m.put("weight", num(weight));
    m.put("mandatory", true);
    if (levels != null) {
      List<Object> l = new ArrayList<>();
      for (int i = 1; i <= levels; i++) {
        l.add(text("Tingkat " + i, "Level " + i));
      }
      m.put("levels", l);
    }
    return m;
  }

  static Map<String, Object> range(String code, String min, String max) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("label", text("Rentang " + code, "Range " + code));
    m.put("min", num(min));
    if (max != null) {
      m.put("max", num(max));
    }
    return m;
  }

  static Map<String, Object> text(String id, String en) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("en", en);
    return m;
  }

  static JsonTree.Num num(String text) {
    return new JsonTree.Num(text);
  }

  static List<Object> list(Object... items) {
    return new ArrayList<>(List.of(items));
  }

  /** Navigates maps (by String key) and lists (by Integer index). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> at(Map<String, Object> tree, Object... path) {
    Object cur = tree;
    for (Object step : path) {
      cur = step instanceof Integer i ? ((List<Object>) cur).get(i) : ((Map<String, Object>) cur).get((String) step);
    }
    return (Map<String, Object>) cur;
  }

  @SuppressWarnings("unchecked")
  static List<Object> listAt(Map<String, Object> tree, String key) {
    return (List<Object>) tree.get(key);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> tree(String json) {
    return (Map<String, Object>) JsonTree.parse(json);
  }

  static String json(Object tree) {
    return JsonTree.canonical(tree);
  }

  static EvaluationScheme parse(Map<String, Object> tree) {
    return EvaluationSchemes.parse(json(tree));
  }

  /** A sheet from alternating code and value arguments, values as decimal text. */
  static ScoreSheet sheet(String evaluator, String... codeValue) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (int i = 0; i < codeValue.length; i += 2) {
      scores.put(codeValue[i], new BigDecimal(codeValue[i + 1]));
    }
    return ScoreSheet.of(PersonId.of(evaluator), scores);
  }

  /** A KIPP sheet: novelty, effectiveness, benefit, replicability, sustainability. */
  static ScoreSheet kipp(String evaluator, String n, String e, String b, String r, String s) {
    return sheet(evaluator, "NOVELTY", n, "EFFECTIVENESS", e, "BENEFIT", b, "REPLICABILITY", r, "SUSTAINABILITY", s);
  }

  /** Levels for the IID indicator scheme: every indicator at the same level. */
  static Map<String, Integer> allIndicatorsAt(int level) {
    Map<String, Integer> m = new LinkedHashMap<>();
    EvaluationSchemes.iidInnovationIndicators().criteria().forEach(c -> m.put(c.code(), level));
    return m;
  }

  /** Levels for the IID indicator scheme: the mandatory indicators only, all at the same level. */
  static Map<String, Integer> mandatoryIndicatorsAt(int level) {
    Map<String, Integer> m = new LinkedHashMap<>();
    EvaluationSchemes.iidInnovationIndicators().criteria().stream().filter(Criterion::mandatory)
        .forEach(c -> m.put(c.code(), level));
    return m;
  }
}
