package id.labinov.core.rules;

import static id.labinov.core.rules.RulebookFixture.arr;
import static id.labinov.core.rules.RulebookFixture.obj;

import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for rulebooks: valid rulebook trees (stages, transitions of every kind,
 * built-in rules with valid parameters, labels with non-ASCII, NFD and control characters) and
 * broken inputs (garbage, and mutations of the shipped rulebooks' text and tree).
 */
final class RulebookGens {
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final List<String> LABEL_PARTS = List.of("Tahap", "Desa", "musyawarah", "Ce\u0301ngkareng",
      "C\u00e9ngkareng", "\u00fcber", "\u4e2d\u6587", "\uD83D\uDE00", "\u03a3\u03c9", "\"kutip\"", "back\\slash",
      "tab\there", "baris\nbaru", "\u0001ctl", "  spasi  ", "\u00a0nbsp", "a:b", "5D+1");
  private static final List<String> FIELDS = List.of("title", "problem", "ideaSummary", "designNarrative", "goals",
      "benefits", "results", "villageConsultation");
  private static final List<String> EVIDENCE = List.of("ACTION_PLAN", "PHOTO", "VIDEO", "DECREE", "COMMITMENT_LETTER");
  private static final List<String> KINDS_THAT_STAY = List.of("HOLD", "RESUME", "DROP", "REOPEN", "CLEAR_CONDITION");

  private RulebookGens() {}

  private static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private static boolean chance(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  private static <T> T pick(RandomnessSource in, List<T> from) {
    return from.get(between(in, 0, from.size() - 1));
  }

  private static String word(RandomnessSource in, String alphabet, int min, int max) {
    StringBuilder sb = new StringBuilder();
    int n = between(in, min, max);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(between(in, 0, alphabet.length() - 1)));
    }
    return sb.toString();
  }

  private static Map<String, Object> label(RandomnessSource in) {
    return obj("id", text(in), "en", text(in));
  }

  private static String text(RandomnessSource in) {
    List<String> parts = new ArrayList<>();
    int n = between(in, 1, 3);
    for (int i = 0; i < n; i++) {
      parts.add(pick(in, LABEL_PARTS));
    }
    return String.join(" ", parts);
  }

  /** A copy with the entries in a generated order, so sources are rarely in canonical order. */
  private static Map<String, Object> shuffled(RandomnessSource in, Map<String, Object> m) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(m.entrySet());
    for (int i = entries.size() - 1; i > 0; i--) {
      Collections.swap(entries, i, between(in, 0, i));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** A whole number as JSON: usually plain, sometimes as {@code 30.0} or {@code 3e1}. */
  private static Object whole(RandomnessSource in, int min, int max) {
    int v = between(in, min, max);
    return switch (between(in, 0, 5)) {
      case 0 -> new JsonTree.Num(v + ".0");
      case 1 -> new JsonTree.Num(v % 10 == 0 && v > 0 ? (v / 10) + "e1" : Integer.toString(v));
      default -> v;
    };
  }

  /** A built-in rule with valid parameters. */
  static Map<String, Object> rule(RandomnessSource in, List<String> stageCodes) {
    Map<String, Object> p = new LinkedHashMap<>();
    String type;
    switch (between(in, 0, 9)) {
      case 0 -> {
        type = "required-field";
        p.put("field", pick(in, FIELDS));
      }
      case 1 -> {
        type = "min-length";
        p.put("field", pick(in, FIELDS));
        p.put("min", whole(in, 1, 100_000));
        if (chance(in)) {
          p.put("unit", pick(in, List.of("WORDS", "CHARACTERS")));
        }
      }
      case 2 -> {
        type = "evidence";
        p.put("kind", pick(in, EVIDENCE));
        if (chance(in)) {
          p.put("min", whole(in, 1, 1000));
        }
      }
      case 3 -> {
        type = "actor-role";
        Set<Object> roles = new LinkedHashSet<>();
        int n = between(in, 1, 3);
        for (int i = 0; i < n; i++) {
          roles.add(pick(in, List.of(Role.values())).name());
        }
        p.put("anyOf", new ArrayList<>(roles));
      }
      case 4 -> {
        type = "approvals";
        p.put("role", pick(in, List.of(Role.values())).name());
        if (chance(in)) {
          p.put("count", whole(in, 1, 100));
        }
      }
      case 5 -> {
        type = "min-days-in-stage";
        p.put("days", whole(in, 1, 3650));
      }
      case 6 -> {
        type = "no-open-conditions";
        p = chance(in) ? p : null;
      }
      case 7 -> {
        type = "phase-window";
        p.put("stage", pick(in, stageCodes));
        if (chance(in)) {
          p.put("mode", pick(in, List.of("INSIDE", "AFTER_OPEN")));
        }
      }
      case 8 -> {
        type = "min-evaluation-score";
        p.put("scheme", pick(in, List.of("kovablik", "iga-2024")));
        p.put("min", new JsonTree.Num(pick(in, List.of("0", "75.50", "60", "1000000", "12.5e1", "0.001", "99.990"))));
      }
      default -> {
        type = "min-evaluators";
        p.put("scheme", "kovablik");
        p.put("count", whole(in, 1, 1000));
      }
    }
    Map<String, Object> rule = obj("type", type, "severity", pick(in, List.of("MUST", "SHOULD")));
    if (p != null) {
      rule.put("params", shuffled(in, p));
    }
    return shuffled(in, rule);
  }

  private static List<Object> rules(RandomnessSource in, List<String> stageCodes) {
    List<Object> rules = new ArrayList<>();
    int n = between(in, 0, 3);
    for (int i = 0; i < n; i++) {
      rules.add(rule(in, stageCodes));
    }
    return rules;
  }

  private static Map<String, Object> transition(RandomnessSource in, String id, String kind, List<Object> from,
      String to, List<String> stageCodes) {
    Map<String, Object> t = obj("id", id, "kind", kind, "from", from, "label", label(in),
        "rules", rules(in, stageCodes));
    if (to != null) {
      t.put("to", to);
    }
    return shuffled(in, t);
  }

  /**
   * Valid rulebook trees: 1-6 stages in any source order, an advance from each stage to the next
   * (so every stage is reachable), plus up to six more transitions of any kind.
   */
  static Gen<Map<String, Object>> validRulebooks() {
    Gen<Map<String, Object>> gen = in -> {
      int n = between(in, 1, 6);
      Set<String> codeSet = new LinkedHashSet<>();
      while (codeSet.size() < n) {
        codeSet.add(word(in, UPPER, 1, 1) + word(in, UPPER + "_0123456789", 0, 12));
      }
      List<String> codes = new ArrayList<>(codeSet);
      List<Object> stages = new ArrayList<>();
      int order = 0;
      for (String code : codes) {
        order += between(in, 1, 5);
        Map<String, Object> s = obj("code", code, "order", order, "label", label(in));
        if (chance(in)) {
          s.put("nationalStage", pick(in, List.of("INISIATIF", "UJI_COBA", "PENERAPAN")));
        }
        stages.add(shuffled(in, s));
      }
      List<Object> sourceOrder = new ArrayList<>(stages);
      for (int i = sourceOrder.size() - 1; i > 0; i--) {
        Collections.swap(sourceOrder, i, between(in, 0, i));
      }
      List<Object> transitions = new ArrayList<>();
      for (int i = 0; i + 1 < n; i++) {
        transitions.add(transition(in, "t" + i + "-" + word(in, LOWER + "0123456789-", 0, 8),
            pick(in, List.of("ADVANCE", "CONDITIONAL_ADVANCE")), arr(codes.get(i)), codes.get(i + 1), codes));
      }
      int extra = between(in, 0, 6);
      for (int i = 0; i < extra; i++) {
        String id = "x" + i + "-" + word(in, LOWER, 0, 6);
        int a = between(in, 0, n - 1);
        int b = between(in, 0, n - 1);
        if (a != b && chance(in)) {
          int lo = Math.min(a, b);
          int hi = Math.max(a, b);
          transitions.add(chance(in)
              ? transition(in, id, pick(in, List.of("ADVANCE", "CONDITIONAL_ADVANCE")), arr(codes.get(lo)),
                  codes.get(hi), codes)
              : transition(in, id, "RETURN_FOR_REWORK", arr(codes.get(hi)), codes.get(lo), codes));
        } else {
          List<Object> from = chance(in) ? arr(Transition.ANY_STAGE) : arr(codes.get(a));
          transitions.add(transition(in, id, pick(in, KINDS_THAT_STAY), from, null, codes));
        }
      }
      if (transitions.isEmpty()) {
        transitions.add(transition(in, "hold", "HOLD", arr(Transition.ANY_STAGE), null, codes));
      }
      Map<String, Object> root = obj("format", "labinov-rulebook/1",
          "id", word(in, LOWER + "0123456789", 1, 1) + word(in, LOWER + "0123456789._-", 0, 10),
          "version", between(in, 1, 1000), "name", label(in), "entryStage", codes.get(0),
          "stages", sourceOrder, "transitions", transitions);
      if (chance(in)) {
        root.put("description", label(in));
      }
      return shuffled(in, root);
    };
    return gen.describedAs(RulebookFixture::json);
  }

  // ------------------------------------------------------------------------------ broken input

  private static final List<String> SHIPPED = List.of(
      Rulebooks.fiveD().toCanonicalJson(),
      RulebookFixture.json(JsonTree.parse(Rulebooks.fiveDPlusOne().toCanonicalJson())),
      RulebooksTest.resource(Rulebooks.FIVE_D_RESOURCE));

  /** Tokens that are likely to upset a reader: wrong types, absurd numbers, near-miss names. */
  private static final List<String> TOKENS = List.of("null", "true", "false", "0", "-1", "1.5", "2147483648",
      "1e999999999", "1e-5", "-0", "\"\"", "\" \"", "[]", "{}", "[null]", "{\"\":null}", "\"*\"", "[\"*\"]",
      "\"DRUM_UP\"", "\"DISPLAY\"", "\"NOWHERE\"", "\"ADVANCE\"", "\"RETURN_FOR_REWORK\"", "\"HOLD\"", "\"MUST\"",
      "\"required-field\"", "\"min-length\"", "\"evidence\"", "\"e\\u0301\"", "\"\\u0000\"", "\"\\ud800\"",
      "{\"id\":\"x\",\"en\":\"y\"}", "[1,2,3]", "\"labinov-rulebook/2\"", "\"5d\"", "99999999999999999999");

  private static final String JSON_CHARS = "{}[]\":,\\ 0123456789.-+eEtrufalsn\n\u00e9\u0000";

  /** Random text, half drawn from JSON's own characters. */
  static Gen<String> garbage() {
    Gen<String> json = in -> word(in, JSON_CHARS, 0, 200);
    Gen<String> any = org.quicktheories.generators.SourceDSL.strings().allPossible().ofLengthBetween(0, 200);
    Gen<String> tokens = in -> {
      StringBuilder sb = new StringBuilder();
      int n = between(in, 0, 30);
      for (int i = 0; i < n; i++) {
        sb.append(chance(in) ? pick(in, TOKENS) : String.valueOf(JSON_CHARS.charAt(between(in, 0, 8))));
      }
      return sb.toString();
    };
    return Generate.oneOf(json, any, tokens);
  }

  /** A shipped rulebook with 1-4 random text edits: deletions, duplications, replacements, insertions. */
  static Gen<String> mutatedText() {
    return in -> {
      String s = pick(in, SHIPPED);
      int edits = between(in, 1, 4);
      for (int e = 0; e < edits && !s.isEmpty(); e++) {
        int at = between(in, 0, s.length() - 1);
        int end = Math.min(s.length(), at + between(in, 1, 24));
        s = switch (between(in, 0, 4)) {
          case 0 -> s.substring(0, at) + s.substring(end);
          case 1 -> s.substring(0, end) + s.substring(at, end) + s.substring(end);
          case 2 -> s.substring(0, at) + JSON_CHARS.charAt(between(in, 0, JSON_CHARS.length() - 1)) + s.substring(at + 1);
          case 3 -> s.substring(0, at) + pick(in, TOKENS) + s.substring(at);
          default -> replaceToken(in, s);
        };
      }
      return s;
    };
  }

  /** Replaces one string or number literal by a token. */
  private static String replaceToken(RandomnessSource in, String s) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?").matcher(s);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return s;
    }
    int[] span = pick(in, spans);
    return s.substring(0, span[0]) + pick(in, TOKENS) + s.substring(span[1]);
  }

  /**
   * A shipped rulebook with 1-4 edits to its tree: a key dropped or renamed, a value replaced by
   * another type, an array element dropped, duplicated or swapped. Written back as JSON.
   */
  static Gen<String> mutatedTree() {
    return in -> {
      Object root = JsonTree.parse(pick(in, SHIPPED.subList(0, 2)));
      int edits = between(in, 1, 4);
      for (int e = 0; e < edits; e++) {
        List<Object> containers = new ArrayList<>();
        collect(root, containers);
        Object c = pick(in, containers);
        if (c instanceof Map<?, ?> raw) {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) raw;
          if (m.isEmpty()) {
            m.put(pick(in, List.of("id", "to", "params", "x")), tokenTree(in));
            continue;
          }
          String key = pick(in, new ArrayList<>(m.keySet()));
          switch (between(in, 0, 2)) {
            case 0 -> m.remove(key);
            case 1 -> m.put(key, tokenTree(in));
            default -> {
              Object v = m.remove(key);
              m.put(pick(in, List.of("id", "en", "to", "from", "code", "order", "kind", "rules", "params", "type",
                  "severity", "nationalStage", "description", "Id", "label")), v);
            }
          }
        } else {
          @SuppressWarnings("unchecked")
          List<Object> l = (List<Object>) c;
          if (l.isEmpty()) {
            l.add(tokenTree(in));
            continue;
          }
          int i = between(in, 0, l.size() - 1);
          switch (between(in, 0, 3)) {
            case 0 -> l.remove(i);
            case 1 -> l.add(between(in, 0, l.size()), l.get(i));
            case 2 -> Collections.swap(l, i, between(in, 0, l.size() - 1));
            default -> l.set(i, tokenTree(in));
          }
        }
      }
      return RulebookFixture.json(root);
    };
  }

  /** A token as a tree value; numbers are kept as written even where the parser would refuse them. */
  private static Object tokenTree(RandomnessSource in) {
    String token = pick(in, TOKENS);
    if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '-') {
      return new JsonTree.Num(token);
    }
    try {
      return JsonTree.parse(token);
    } catch (JsonTree.SyntaxException e) {
      return token;
    }
  }

  private static void collect(Object node, List<Object> containers) {
    if (node instanceof Map<?, ?> m) {
      containers.add(m);
      m.values().forEach(v -> collect(v, containers));
    } else if (node instanceof List<?> l) {
      containers.add(l);
      l.forEach(v -> collect(v, containers));
    }
  }
}
