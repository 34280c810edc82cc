package id.labinov.core.rules;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.error.InputLimitException;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.internal.json.TreeProblems;
import id.labinov.core.model.NationalStage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates rulebook JSON, collecting every problem with its JSON path (through the shared
 * {@link TreeProblems}).
 */
final class RulebookReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern STAGE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  private static final Pattern TRANSITION = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final RuleTypes types;
  private final TreeProblems<RulebookProblem> read = new TreeProblems<>("error.rulebook.", RulebookProblem::new);
  /** Transitions whose own structure is valid (their rules may not be): the routes for reachability. */
  private final List<Transition> routes = new ArrayList<>();

  private RulebookReader(RuleTypes types) {
    this.types = types;
  }

  static Rulebook read(String source, String json, RuleTypes types) {
    return read(source, json, types, RulebookLimits.defaults());
  }

  static Rulebook read(String source, String json, RuleTypes types, RulebookLimits limits) {
    checkSize(source, json, limits);
    Object tree;
    try {
      tree = parse(source, json, limits.maxDepth());
    } catch (JsonTree.TooDeepException e) {
      throw new InputLimitException(source, "rulebook.maxDepth", limits.maxDepth(), "RulebookLimits.withMaxDepth");
    }
    RulebookReader r = new RulebookReader(types);
    Rulebook result = r.rulebook(tree);
    if (r.read.count() > 0 || result == null) {
      throw new RulebookValidationException(source, r.read.problems());
    }
    return result;
  }

  /** Refuses text whose UTF-8 form is longer than the limit, without encoding it. */
  static void checkSize(String source, String json, RulebookLimits limits) {
    long max = limits.maxBytes();
    if (json.length() <= max / 3) {
      return; // at most three bytes per UTF-16 unit: small enough whatever it holds
    }
    long bytes = 0;
    for (int i = 0, n = json.length(); i < n; i++) {
      char c = json.charAt(i);
      // a surrogate pair is four bytes, two per unit
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
      if (bytes > max) {
        throw new InputLimitException(source, "rulebook.maxBytes", max, "RulebookLimits.withMaxBytes");
      }
    }
  }

  private static Object parse(String source, String json, int maxDepth) {
    try {
      return JsonTree.parse(json, maxDepth);
    } catch (JsonTree.SyntaxException e) {
      throw new RulebookValidationException(source, List.of(new RulebookProblem("$", "JSON_SYNTAX",
          "error.rulebook.syntax", List.of(e.line(), e.column(), String.valueOf(e.getMessage())))));
    }
  }

  private void problem(String path, String code, String key, Object... args) {
    read.problem(path, code, key, args);
  }

  private Map<String, Object> object(String path, Object v, Set<String> required, Set<String> optional) {
    return read.object(path, v, required, optional);
  }

  /** Reads a text as {@link TreeProblems#string} does, and refuses characters no store can keep. */
  private String string(String path, Object v, Pattern pattern) {
    String s = read.string(path, v, pattern);
    if (s == null) {
      return null;
    }
    try {
      id.labinov.core.internal.Checks.text(s, path);
    } catch (InvalidValueException e) {
      problem(path, "INVALID_CHARACTER", "error.rulebook.invalidCharacter", e.arguments().get(2), e.arguments().get(3));
      return null;
    }
    return s;
  }

  private Integer integer(String path, Object v, int min) {
    return read.integer(path, v, min, Integer.MAX_VALUE, null, min);
  }

  private LocalizedText text(String path, Object v) {
    Map<String, Object> m = object(path, v, Set.of("id", "en"), Set.of());
    if (m == null) {
      return null;
    }
    String id = string(path + ".id", m.get("id"), null);
    String en = string(path + ".en", m.get("en"), null);
    return id == null || en == null ? null : new LocalizedText(id, en);
  }

  private <E extends Enum<E>> E enumValue(String path, Object v, Class<E> type) {
    return read.enumNamed(path, string(path, v, null), type);
  }

  private List<?> array(String path, Object v, boolean nonEmpty) {
    return read.array(path, v, nonEmpty);
  }

  private Rulebook rulebook(Object tree) {
    Map<String, Object> root = object("$", tree,
        Set.of("format", "id", "version", "name", "entryStage", "stages", "transitions"), Set.of("description", "commands", "sustainability"));
    if (root == null) {
      return null;
    }
    Object format = root.get("format");
    if (format != null && !RulebookWriter.FORMAT.equals(format)) {
      problem("$.format", "UNSUPPORTED_FORMAT", "error.rulebook.format", String.valueOf(format), RulebookWriter.FORMAT);
    }
    LocalizedText description = root.containsKey("description") ? text("$.description", root.get("description")) : null;
    String id = string("$.id", root.get("id"), ID);
    Integer version = integer("$.version", root.get("version"), 1);
    LocalizedText name = root.get("name") == null ? null : text("$.name", root.get("name"));
    List<Stage> stages = stages(array("$.stages", root.get("stages"), true));
    Set<String> stageCodes = new HashSet<>();
    stages.forEach(s -> stageCodes.add(s.code()));
    String entry = string("$.entryStage", root.get("entryStage"), STAGE);
    if (entry != null && !stageCodes.contains(entry)) {
      problem("$.entryStage", "UNKNOWN_STAGE", "error.rulebook.unknownStage", entry);
    }
    Map<String, List<Rule>> compiled = new LinkedHashMap<>();
    List<Transition> transitions =
        transitions(array("$.transitions", root.get("transitions"), true), stages, compiled);
    if (entry != null && stageCodes.contains(entry)) {
      reachability(entry, stages, routes);
    }
    CommandRules commands = root.containsKey("commands") ? commands("$.commands", root.get("commands")) : null;
    SustainabilitySettings sustainability = root.containsKey("sustainability")
        ? sustainability("$.sustainability", root.get("sustainability")) : null;
    if (read.count() > 0 || id == null || version == null || name == null || entry == null) {
      return null;
    }
    return new Rulebook(id, version, name, description, entry, stages, transitions, compiled, commands,
        sustainability);
  }

  /**
   * Reads a {@code sustainability} section: {@code monitoringEvery} (an ISO period such as {@code P3M}),
   * {@code atRiskAfterDays}, {@code lapsedAfterDays}; each optional, the defaults fill the rest.
   */
  private SustainabilitySettings sustainability(String path, Object raw) {
    SustainabilitySettings d = SustainabilitySettings.DEFAULT;
    Map<String, Object> m = object(path, raw, Set.of(), Set.of("monitoringEvery", "atRiskAfterDays", "lapsedAfterDays"));
    if (m == null) {
      return null;
    }
    java.time.Period every = d.monitoringEvery();
    if (m.containsKey("monitoringEvery")) {
      String text = string(path + ".monitoringEvery", m.get("monitoringEvery"), null);
      if (text != null) {
        try {
          every = java.time.Period.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
          problem(path + ".monitoringEvery", "BAD_PERIOD", "error.rulebook.period", text);
          return null;
        }
      }
    }
    Integer atRisk = m.containsKey("atRiskAfterDays") ? integer(path + ".atRiskAfterDays", m.get("atRiskAfterDays"), 0)
        : Integer.valueOf(d.atRiskAfterDays());
    Integer lapsed = m.containsKey("lapsedAfterDays") ? integer(path + ".lapsedAfterDays", m.get("lapsedAfterDays"), 1)
        : Integer.valueOf(d.lapsedAfterDays());
    if (every == null || atRisk == null || lapsed == null) {
      return null;
    }
    try {
      return new SustainabilitySettings(every, atRisk, lapsed);
    } catch (InvalidValueException e) {
      problem(path + "." + e.field(), "OUT_OF_RANGE", "error.rulebook.sustainability", e.getMessage(java.util.Locale.ENGLISH));
      return null;
    }
  }

  /** Reads the shipped default command rules ({@code labinov-command-rules/1}). */
  static CommandRules readCommandRules(String source, String json, RuleTypes types) {
    RulebookReader r = new RulebookReader(types);
    Map<String, Object> root = r.object("$", parse(source, json, RulebookLimits.DEFAULT_MAX_DEPTH), Set.of("format", "commands"), Set.of());
    CommandRules out = null;
    if (root != null) {
      if (!CommandRules.FORMAT.equals(root.get("format"))) {
        r.problem("$.format", "UNSUPPORTED_FORMAT", "error.rulebook.format", String.valueOf(root.get("format")),
            CommandRules.FORMAT);
      }
      out = r.commands("$.commands", root.get("commands"));
    }
    if (r.read.count() > 0 || out == null) {
      throw new RulebookValidationException(source, r.read.problems());
    }
    return out;
  }

  /** Reads a {@code commands} section: per command of {@link Rulebook#COMMANDS}, its rules. */
  private CommandRules commands(String path, Object raw) {
    Map<String, Object> m = object(path, raw, Set.of(), Set.copyOf(Rulebook.COMMANDS));
    if (m == null) {
      return null;
    }
    Map<String, List<RuleSpec>> specs = new LinkedHashMap<>();
    Map<String, List<Rule>> compiled = new LinkedHashMap<>();
    for (String command : Rulebook.COMMANDS) {
      if (!m.containsKey(command)) {
        continue;
      }
      String at = path + "." + command;
      Map<String, Object> entry = object(at, m.get(command), Set.of("rules"), Set.of());
      if (entry == null) {
        continue;
      }
      List<RuleSpec> commandSpecs = new ArrayList<>();
      List<Rule> rules = new ArrayList<>();
      List<?> rawRules = array(at + ".rules", entry.get("rules"), false);
      for (int j = 0; j < rawRules.size(); j++) {
        rule(at + ".rules[" + j + "]", rawRules.get(j), commandSpecs, rules);
      }
      specs.put(command, List.copyOf(commandSpecs));
      compiled.put(command, List.copyOf(rules));
    }
    return new CommandRules(specs, compiled);
  }

  private List<Stage> stages(List<?> raw) {
    List<Stage> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<Integer> orders = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "$.stages[" + i + "]";
      Map<String, Object> m = object(path, raw.get(i), Set.of("code", "order", "label"), Set.of("nationalStage"));
      if (m == null) {
        continue;
      }
      String code = string(path + ".code", m.get("code"), STAGE);
      Integer order = integer(path + ".order", m.get("order"), 1);
      LocalizedText label = m.get("label") == null ? null : text(path + ".label", m.get("label"));
      NationalStage national = m.containsKey("nationalStage") && m.get("nationalStage") != JsonTree.NULL
          ? enumValue(path + ".nationalStage", m.get("nationalStage"), NationalStage.class) : null;
      if (code != null && !codes.add(code)) {
        problem(path + ".code", "DUPLICATE", "error.rulebook.duplicateStage", code);
      }
      if (order != null && !orders.add(order)) {
        problem(path + ".order", "DUPLICATE", "error.rulebook.duplicateOrder", order);
      }
      if (code != null && order != null && label != null) {
        out.add(new Stage(code, order, label, national));
      }
    }
    return out;
  }

  private List<Transition> transitions(List<?> raw, List<Stage> stages, Map<String, List<Rule>> compiled) {
    Map<String, Integer> order = new LinkedHashMap<>();
    stages.forEach(s -> order.put(s.code(), s.order()));
    List<Transition> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "$.transitions[" + i + "]";
      Map<String, Object> m = object(path, raw.get(i), Set.of("id", "kind", "from", "label", "rules"), Set.of("to"));
      if (m == null) {
        continue;
      }
      int before = read.count();
      String id = string(path + ".id", m.get("id"), TRANSITION);
      if (id != null && !ids.add(id)) {
        problem(path + ".id", "DUPLICATE", "error.rulebook.duplicateTransition", id);
      }
      TransitionKind kind = m.get("kind") == null ? null : enumValue(path + ".kind", m.get("kind"), TransitionKind.class);
      List<String> from = new ArrayList<>();
      List<?> rawFrom = array(path + ".from", m.get("from"), true);
      for (int j = 0; j < rawFrom.size(); j++) {
        if (rawFrom.get(j) == JsonTree.NULL) {
          problem(path + ".from[" + j + "]", "WRONG_TYPE", "error.rulebook.type", "text");
          continue;
        }
        String f = rawFrom.get(j) instanceof String s && s.equals(Transition.ANY_STAGE)
            ? s : string(path + ".from[" + j + "]", rawFrom.get(j), STAGE);
        if (f != null && !f.equals(Transition.ANY_STAGE) && !order.containsKey(f)) {
          problem(path + ".from[" + j + "]", "UNKNOWN_STAGE", "error.rulebook.unknownStage", f);
        } else if (f != null) {
          from.add(f);
        }
      }
      String to = null;
      if (kind != null && kind.movesStage()) {
        if (!m.containsKey("to") || m.get("to") == JsonTree.NULL) {
          problem(path + ".to", "MISSING", "error.rulebook.toRequired", kind.name());
        } else {
          to = string(path + ".to", m.get("to"), STAGE);
          if (to != null && !order.containsKey(to)) {
            problem(path + ".to", "UNKNOWN_STAGE", "error.rulebook.unknownStage", to);
            to = null;
          }
        }
        if (to != null) {
          checkDirection(path, kind, from, to, order);
        }
      } else if (kind != null && m.containsKey("to")) {
        problem(path + ".to", "NOT_ALLOWED", "error.rulebook.toForbidden", kind.name());
      }
      LocalizedText label = m.get("label") == null ? null : text(path + ".label", m.get("label"));
      int structural = read.count();
      List<RuleSpec> specs = new ArrayList<>();
      List<Rule> rules = new ArrayList<>();
      List<?> rawRules = array(path + ".rules", m.get("rules"), false);
      for (int j = 0; j < rawRules.size(); j++) {
        rule(path + ".rules[" + j + "]", rawRules.get(j), specs, rules);
      }
      if (read.count() == before && id != null && kind != null && label != null) {
        out.add(new Transition(id, kind, from, to, label, specs));
        compiled.put(id, List.copyOf(rules));
      }
      if (structural == before && id != null && kind != null && label != null) {
        routes.add(new Transition(id, kind, from, to, label, List.of()));
      }
    }
    return out;
  }

  private void checkDirection(String path, TransitionKind kind, List<String> from, String to, Map<String, Integer> order) {
    for (String f : from) {
      if (f.equals(Transition.ANY_STAGE)) {
        problem(path + ".from", "NOT_ALLOWED", "error.rulebook.wildcardMove", kind.name());
        continue;
      }
      int fo = order.get(f);
      int tov = order.get(to);
      boolean forward = kind != TransitionKind.RETURN_FOR_REWORK;
      if (forward ? tov <= fo : tov >= fo) {
        problem(path + ".to", "WRONG_DIRECTION",
            forward ? "error.rulebook.mustGoForward" : "error.rulebook.mustGoBack", f, to);
      }
    }
  }

  private void rule(String path, Object raw, List<RuleSpec> specs, List<Rule> rules) {
    Map<String, Object> m = object(path, raw, Set.of("type", "severity"), Set.of("params"));
    if (m == null) {
      return;
    }
    String type = string(path + ".type", m.get("type"), null);
    Severity severity = m.get("severity") == null ? null : enumValue(path + ".severity", m.get("severity"), Severity.class);
    Map<String, Object> params = new LinkedHashMap<>();
    if (m.containsKey("params")) {
      Map<String, Object> p = object(path + ".params", m.get("params"), Set.of(), Set.copyOf(
          m.get("params") instanceof Map<?, ?> pm ? keys(pm) : Set.of()));
      if (p != null) {
        p.forEach((k, v) -> {
          if (v == JsonTree.NULL) {
            problem(path + ".params." + k, "WRONG_TYPE", "error.rulebook.nullParameter", k);
          } else {
            params.put(k, TreeProblems.plainValue(v));
          }
        });
      }
    }
    if (type == null) {
      return;
    }
    RuleType ruleType = types.find(type).orElse(null);
    if (ruleType == null) {
      problem(path + ".type", "UNKNOWN_RULE_TYPE", "error.rulebook.unknownRuleType", type, String.join(", ", types.names()));
      return;
    }
    RuleParameters parameters = new RuleParameters(path + ".params", params);
    Rule rule;
    try {
      rule = ruleType.create(parameters);
    } catch (RuntimeException e) {
      problem(path, "RULE_TYPE_FAILED", "error.rulebook.ruleTypeFailed", type, String.valueOf(e.getMessage()));
      return;
    }
    read.addAll(parameters.problems());
    if (rule == null) {
      problem(path, "RULE_TYPE_FAILED", "error.rulebook.ruleTypeFailed", type, "create returned null");
      return;
    }
    if (severity != null) {
      specs.add(new RuleSpec(type, severity, params));
      rules.add(rule);
    }
  }

  private static Set<String> keys(Map<?, ?> m) {
    Set<String> out = new HashSet<>();
    m.keySet().forEach(k -> out.add(String.valueOf(k)));
    return out;
  }

  private void reachability(String entry, List<Stage> stages, List<Transition> transitions) {
    Set<String> seen = new HashSet<>();
    seen.add(entry);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Transition t : transitions) {
        if (t.to() != null && t.kind() != TransitionKind.RETURN_FOR_REWORK && !seen.contains(t.to())
            && t.from().stream().anyMatch(seen::contains)) {
          seen.add(t.to());
          grew = true;
        }
      }
    }
    for (int i = 0; i < stages.size(); i++) {
      if (!seen.contains(stages.get(i).code())) {
        problem("$.stages[" + i + "]", "UNREACHABLE_STAGE", "error.rulebook.unreachable", stages.get(i).code(), entry);
      }
    }
  }
}
