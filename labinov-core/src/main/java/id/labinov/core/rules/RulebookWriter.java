package id.labinov.core.rules;

import id.labinov.core.internal.json.JsonTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a rulebook into its JSON tree (the canonical form's source). */
final class RulebookWriter {
  static final String FORMAT = "labinov-rulebook/1";

  private RulebookWriter() {}

  static Map<String, Object> toTree(Rulebook r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("id", r.id());
    root.put("version", JsonTree.Num.of(r.version()));
    root.put("name", text(r.name()));
    r.description().ifPresent(d -> root.put("description", text(d)));
    root.put("entryStage", r.entryStage());
    List<Object> stages = new ArrayList<>();
    for (Stage s : r.stages()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", s.code());
      m.put("order", JsonTree.Num.of(s.order()));
      m.put("label", text(s.label()));
      if (s.nationalStage() != null) {
        m.put("nationalStage", s.nationalStage().name());
      }
      stages.add(m);
    }
    root.put("stages", stages);
    List<Object> transitions = new ArrayList<>();
    for (Transition t : r.transitions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.id());
      m.put("kind", t.kind().name());
      m.put("from", new ArrayList<Object>(t.from()));
      if (t.to() != null) {
        m.put("to", t.to());
      }
      m.put("label", text(t.label()));
      m.put("rules", rules(t.rules()));
      transitions.add(m);
    }
    root.put("transitions", transitions);
    CommandRules own = r.ownCommandRules();
    if (own != null) {
      // only a rulebook's own section: a rulebook on the defaults keeps the canonical form (and hash) it had
      Map<String, Object> commands = new LinkedHashMap<>();
      own.specs.forEach((command, specs) -> {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rules", rules(specs));
        commands.put(command, entry);
      });
      root.put("commands", commands);
    }
    SustainabilitySettings watch = r.ownSustainability();
    if (watch != null) {
      // likewise only when the rulebook has the section
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("monitoringEvery", watch.monitoringEvery().toString());
      m.put("atRiskAfterDays", watch.atRiskAfterDays());
      m.put("lapsedAfterDays", watch.lapsedAfterDays());
      root.put("sustainability", m);
    }
    return root;
  }

  private static List<Object> rules(List<RuleSpec> specs) {
    List<Object> rules = new ArrayList<>();
    for (RuleSpec spec : specs) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("type", spec.type());
      rm.put("severity", spec.severity().name());
      rm.put("params", value(spec.parameters()));
      rules.add(rm);
    }
    return rules;
  }

  private static Map<String, Object> text(LocalizedText t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("en", t.en());
    return m;
  }

  private static Object value(Object v) {
    if (v instanceof BigDecimal d) {
      return JsonTree.Num.of(d);
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
      return out;
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(x -> out.add(value(x)));
      return out;
    }
    return v;
  }
}
