package id.labinov.core.evaluation;

import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a scheme into its JSON tree (the canonical form's source). */
final class SchemeWriter {
  static final String FORMAT = "labinov-evaluation-scheme/1";

  private SchemeWriter() {}

  static Map<String, Object> toTree(EvaluationScheme s) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("id", s.id());
    root.put("version", JsonTree.Num.of(s.version()));
    root.put("year", JsonTree.Num.of(s.year()));
    root.put("name", text(s.name()));
    root.put("kind", s.kind().name());
    Map<String, Object> scale = new LinkedHashMap<>();
    scale.put("min", num(s.scale().min()));
    scale.put("max", num(s.scale().max()));
    root.put("scale", scale);
    Map<String, Object> aggregation = new LinkedHashMap<>();
    aggregation.put("method", s.aggregation().method().name());
    aggregation.put("trimExtremes", s.aggregation().trimExtremes());
    root.put("aggregation", aggregation);
    root.put("resultScale", JsonTree.Num.of(s.resultScale()));
    root.put("verified", s.verified());
    root.put("source", s.source());
    List<Object> criteria = new ArrayList<>();
    for (Criterion c : s.criteria()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", c.code());
      m.put("label", text(c.label()));
      m.put("weight", num(c.weight()));
      m.put("mandatory", c.mandatory());
      if (!c.levels().isEmpty()) {
        List<Object> levels = new ArrayList<>();
        c.levels().forEach(l -> levels.add(text(l)));
        m.put("levels", levels);
      }
      criteria.add(m);
    }
    root.put("criteria", criteria);
    List<Object> categories = new ArrayList<>();
    for (Category c : s.categories()) {
      categories.add(range(c.code(), c.label(), c.min(), c.max()));
    }
    root.put("categories", categories);
    return root;
  }

  static Map<String, Object> range(String code, LocalizedText label, BigDecimal min, BigDecimal max) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("label", text(label));
    m.put("min", num(min));
    if (max != null) {
      m.put("max", num(max));
    }
    return m;
  }

  static Map<String, Object> text(LocalizedText t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("en", t.en());
    return m;
  }

  static JsonTree.Num num(BigDecimal d) {
    return JsonTree.Num.of(d);
  }
}
