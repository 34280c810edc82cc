package id.labinov.core.evaluation;

import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and validates evaluation-scheme JSON, collecting every problem with its JSON path. */
final class SchemeReader {
  static final int MAX_LEVELS = 10;
  static final int MAX_RESULT_SCALE = 10;

  private final JsonReading r = new JsonReading();

  private SchemeReader() {}

  static EvaluationScheme read(String source, String json) {
    SchemeReader reader = new SchemeReader();
    EvaluationScheme scheme = reader.scheme(JsonReading.parse(source, json));
    if (reader.r.count() > 0 || scheme == null) {
      throw new EvaluationSchemeValidationException(source, reader.r.problems());
    }
    return scheme;
  }

  private EvaluationScheme scheme(Object tree) {
    Map<String, Object> root = r.object("$", tree, Set.of("format", "id", "version", "year", "name", "kind", "scale",
        "aggregation", "resultScale", "verified", "source", "criteria"), Set.of("categories"));
    if (root == null) {
      return null;
    }
    r.format(root, SchemeWriter.FORMAT);
    String id = r.string("$.id", root.get("id"), JsonReading.ID);
    Integer version = r.integer("$.version", root.get("version"), 1, 1_000_000);
    Integer year = r.integer("$.year", root.get("year"), 2000, 2200);
    LocalizedText name = r.text("$.name", root.get("name"));
    SchemeKind kind = r.enumValue("$.kind", root.get("kind"), SchemeKind.class);
    Integer resultScale = r.integer("$.resultScale", root.get("resultScale"), 0, MAX_RESULT_SCALE);
    Scale scale = scale(root.get("scale"), resultScale);
    Aggregation aggregation = aggregation(root.get("aggregation"), kind);
    Boolean verified = r.bool("$.verified", root.get("verified"));
    String source = r.string("$.source", root.get("source"), null);
    int before = r.count();
    List<Criterion> criteria = criteria(r.array("$.criteria", root.get("criteria"), true), kind);
    boolean criteriaOk = r.count() == before;
    if (criteriaOk && aggregation != null && aggregation.method() == Aggregation.Method.WEIGHTED_MEAN) {
      BigDecimal sum = criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(BigDecimal.ONE) != 0) {
        r.problem("$.criteria", "WEIGHTS_NOT_ONE", "error.evaluation.weightSum", JsonReading.plain(sum));
      }
    }
    if (criteriaOk && kind == SchemeKind.INDICATOR && scale != null) {
      indicatorScale(scale, criteria);
    }
    List<Category> categories = categories(r.array("$.categories", root.get("categories"), false), scale);
    if (r.count() > 0 || id == null || version == null || year == null || name == null || kind == null
        || scale == null || aggregation == null || resultScale == null || verified == null || source == null) {
      return null;
    }
    return new EvaluationScheme(id, version, year, name, kind, scale, criteria, aggregation, categories, resultScale,
        verified, source);
  }

  private Scale scale(Object v, Integer resultScale) {
    if (JsonReading.absent(v)) {
      return null;
    }
    Map<String, Object> m = r.object("$.scale", v, Set.of("min", "max"), Set.of());
    if (m == null) {
      return null;
    }
    BigDecimal min = r.decimal("$.scale.min", m.get("min"));
    BigDecimal max = r.decimal("$.scale.max", m.get("max"));
    if (min == null || max == null) {
      return null;
    }
    if (min.compareTo(max) >= 0) {
      r.problem("$.scale.max", "SCALE_EMPTY", "error.evaluation.scaleEmpty", JsonReading.plain(min),
          JsonReading.plain(max));
      return null;
    }
    if (resultScale != null) {
      // bounds on the result grid keep a rounded result inside the scale
      if (min.stripTrailingZeros().scale() > resultScale) {
        r.problem("$.scale.min", "SCALE_PRECISION", "error.evaluation.scalePrecision", JsonReading.plain(min), resultScale);
      }
      if (max.stripTrailingZeros().scale() > resultScale) {
        r.problem("$.scale.max", "SCALE_PRECISION", "error.evaluation.scalePrecision", JsonReading.plain(max), resultScale);
      }
    }
    return new Scale(min, max);
  }

  private Aggregation aggregation(Object v, SchemeKind kind) {
    if (JsonReading.absent(v)) {
      return null;
    }
    Map<String, Object> m = r.object("$.aggregation", v, Set.of("method", "trimExtremes"), Set.of());
    if (m == null) {
      return null;
    }
    Aggregation.Method method = r.enumValue("$.aggregation.method", m.get("method"), Aggregation.Method.class);
    Boolean trim = r.bool("$.aggregation.trimExtremes", m.get("trimExtremes"));
    if (method == Aggregation.Method.WEIGHTED_SUM && kind == SchemeKind.SCORED) {
      r.problem("$.aggregation.method", "AGGREGATION_NOT_ALLOWED", "error.evaluation.scoredSum");
      return null;
    }
    return method == null || trim == null ? null : new Aggregation(method, trim);
  }

  private List<Criterion> criteria(List<?> raw, SchemeKind kind) {
    List<Criterion> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "$.criteria[" + i + "]";
      Map<String, Object> m = r.object(path, raw.get(i), Set.of("code", "label", "weight", "mandatory"),
          Set.of("levels"));
      if (m == null) {
        continue;
      }
      String code = r.string(path + ".code", m.get("code"), JsonReading.CODE);
      if (code != null && !codes.add(code)) {
        r.problem(path + ".code", "DUPLICATE", "error.evaluation.duplicateCriterion", code);
      }
      LocalizedText label = r.text(path + ".label", m.get("label"));
      BigDecimal weight = r.decimal(path + ".weight", m.get("weight"));
      if (weight != null && weight.signum() <= 0) {
        r.problem(path + ".weight", "WEIGHT_NOT_POSITIVE", "error.evaluation.weightNotPositive", code == null ? "?" : code,
            JsonReading.plain(weight));
        weight = null;
      }
      Boolean mandatory = r.bool(path + ".mandatory", m.get("mandatory"));
      List<LocalizedText> levels = levels(path + ".levels", m.get("levels"), kind);
      if (code != null && label != null && weight != null && mandatory != null && levels != null) {
        out.add(new Criterion(code, label, weight, levels, mandatory));
      }
    }
    return out;
  }

  private List<LocalizedText> levels(String path, Object v, SchemeKind kind) {
    List<?> raw = r.array(path, v, false);
    if (kind == SchemeKind.SCORED && !raw.isEmpty()) {
      r.problem(path, "NOT_ALLOWED", "error.evaluation.levelsForbidden");
      return null;
    }
    if (kind == SchemeKind.INDICATOR && raw.isEmpty()) {
      r.problem(path, "MISSING", "error.evaluation.levelsRequired");
      return null;
    }
    if (raw.size() > MAX_LEVELS) {
      r.problem(path, "TOO_MANY_LEVELS", "error.evaluation.tooManyLevels", raw.size(), MAX_LEVELS);
      return null;
    }
    List<LocalizedText> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      LocalizedText t = JsonReading.absent(raw.get(i)) ? missingLevel(path + "[" + i + "]")
          : r.text(path + "[" + i + "]", raw.get(i));
      if (t == null) {
        return null;
      }
      out.add(t);
    }
    return out;
  }

  private LocalizedText missingLevel(String path) {
    r.problem(path, "WRONG_TYPE", "error.evaluation.type", "object");
    return null;
  }

  private void indicatorScale(Scale scale, List<Criterion> criteria) {
    if (scale.min().signum() != 0) {
      r.problem("$.scale.min", "SCALE_MISMATCH", "error.evaluation.indicatorScaleMin", JsonReading.plain(scale.min()));
    }
    BigDecimal max = BigDecimal.ZERO;
    for (Criterion c : criteria) {
      max = max.add(c.weight().multiply(BigDecimal.valueOf(c.maxLevel())));
    }
    if (scale.max().compareTo(max) != 0) {
      r.problem("$.scale.max", "SCALE_MISMATCH", "error.evaluation.indicatorScaleMax", JsonReading.plain(scale.max()),
          JsonReading.plain(max));
    }
  }

  private List<Category> categories(List<?> raw, Scale scale) {
    List<Category> out = new ArrayList<>();
    List<JsonReading.Range> ranges = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    int before = r.count();
    for (int i = 0; i < raw.size(); i++) {
      String path = "$.categories[" + i + "]";
      Map<String, Object> m = r.object(path, raw.get(i), Set.of("code", "label", "min"), Set.of("max"));
      if (m == null) {
        continue;
      }
      String code = r.string(path + ".code", m.get("code"), JsonReading.CODE);
      if (code != null && !codes.add(code)) {
        r.problem(path + ".code", "DUPLICATE", "error.evaluation.duplicateCategory", code);
      }
      LocalizedText label = r.text(path + ".label", m.get("label"));
      BigDecimal min = r.decimal(path + ".min", m.get("min"));
      boolean hasMax = !JsonReading.absent(m.get("max"));
      BigDecimal max = hasMax ? r.decimal(path + ".max", m.get("max")) : null;
      if (code != null && label != null && min != null && (max != null || !hasMax)) {
        out.add(new Category(code, label, min, max));
        ranges.add(new JsonReading.Range(path, code, min, max));
      }
    }
    if (scale != null && r.count() == before) {
      r.coverage(ranges, scale.min(), scale.max());
    }
    out.sort(java.util.Comparator.comparing(Category::min));
    return out;
  }
}
