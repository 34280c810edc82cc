package id.labinov.core.rules;

import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data for rulebooks: JSON trees with sensible defaults (maps keep source order), a writer that
 * keeps that order and indents (so sources are not canonical), and facts and a context for checks.
 */
final class RulebookFixture {
  /** A fixed "now": 2024-03-01 10:00 WIB. */
  static final Instant NOW = Instant.parse("2024-03-01T03:00:00Z");
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private RulebookFixture() {}

  /** An object from alternating keys and values, in that order. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  static List<Object> arr(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  static Map<String, Object> text(String id, String en) {
    return obj("id", id, "en", en);
  }

  static Map<String, Object> stage(String code, int order) {
    return obj("code", code, "order", order, "label", text("Tahap " + code, "Stage " + code));
  }

  static Map<String, Object> transition(String id, String kind, List<Object> from, String to, Object... rules) {
    Map<String, Object> t = obj("id", id, "kind", kind, "from", from);
    if (to != null) {
      t.put("to", to);
    }
    t.put("label", text("Perpindahan " + id, "Transition " + id));
    t.put("rules", arr(rules));
    return t;
  }

  static Map<String, Object> rule(String type, String severity, Map<String, Object> params) {
    Map<String, Object> r = obj("type", type, "severity", severity);
    if (params != null) {
      r.put("params", params);
    }
    return r;
  }

  static Map<String, Object> rulebook(String entry, List<Object> stages, List<Object> transitions) {
    return obj("format", "labinov-rulebook/1", "id", "test-book", "version", 1,
        "name", text("Buku uji", "Test book"), "entryStage", entry, "stages", stages, "transitions", transitions);
  }

  /** Stages A, B, C; {@code a-to-b} carries the given rules, {@code b-to-c} none. */
  static Map<String, Object> threeStages(Object... rulesOnAToB) {
    return rulebook("A", arr(stage("A", 1), stage("B", 2), stage("C", 3)), arr(
        transition("a-to-b", "ADVANCE", arr("A"), "B", rulesOnAToB),
        transition("b-to-c", "ADVANCE", arr("B"), "C")));
  }

  /** Writes a tree as indented JSON with keys in insertion order (not the canonical form). */
  static String json(Object tree) {
    StringBuilder sb = new StringBuilder();
    write(sb, tree, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object v, int depth) {
    String indent = "  ".repeat(depth + 1);
    if (v instanceof Map<?, ?> m) {
      sb.append('{');
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(i++ == 0 ? "\n" : ",\n").append(indent);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), depth + 1);
      }
      sb.append(m.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append('}');
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        write(sb, l.get(i), depth + 1);
      }
      sb.append(']');
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof JsonTree.Num n) {
      sb.append(n.text());
    } else if (v instanceof BigDecimal d) {
      sb.append(d.toPlainString());
    } else if (v == null || v == JsonTree.NULL) {
      sb.append("null");
    } else {
      sb.append(v); // Integer, Long, Boolean
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  static Rulebook parse(Object tree) {
    return Rulebooks.parse(json(tree));
  }

  /** Facts in a stage, acted on by an innovator of unit BAPPEDA, with the given fields. */
  static SimpleFacts.Builder factsIn(String stage) {
    return SimpleFacts.builder().stage(stage).stageEnteredAt(NOW.minusSeconds(86_400 * 40L))
        .actor(Actor.of("person-1", "BAPPEDA", Role.INNOVATOR));
  }

  static RuleContext context() {
    return RuleContext.of(NOW, WIB);
  }

  /** A text of {@code n} words. */
  static String words(int n) {
    return String.join(" ", java.util.Collections.nCopies(n, "kata"));
  }
}
