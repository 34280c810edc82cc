package id.labinov.core.conformance;

import static id.labinov.core.conformance.ConformanceCases.list;
import static id.labinov.core.conformance.ConformanceCases.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.labinov.core.conformance.ConformanceCases.Case;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.TransitionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rulebook JSON Schema: well-formed, in step with the reader, satisfied by the shipped rulebooks. */
class RulebookSchemaTest {
  private final Map<String, Object> schema = object(ConformanceCases.parse(Rulebooks.SCHEMA_RESOURCE), "schema");
  private final MiniSchema validator = new MiniSchema(schema);

  @Test
  void isADraft202012SchemaAtTheDocumentedResource() {
    assertThat(schema.get("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("type")).isEqualTo("object");
    assertThat(schema.get("additionalProperties")).isEqualTo(Boolean.FALSE);
    assertThat(object(object(schema.get("properties"), "properties").get("format"), "format").get("const"))
        .isEqualTo("labinov-rulebook/1");
  }

  @Test
  void requiresWhatTheReaderRequiresAndAllowsNothingElse() {
    assertMembers(schema, Set.of("format", "id", "version", "name", "entryStage", "stages", "transitions"),
        Set.of("description", "commands", "sustainability"));
    Map<String, Object> watch = object(object(schema.get("properties"), "properties").get("sustainability"), "sustainability");
    assertThat(object(watch.get("properties"), "sustainability properties").keySet())
        .containsExactlyInAnyOrder("monitoringEvery", "atRiskAfterDays", "lapsedAfterDays");
    assertThat(watch.get("additionalProperties")).isEqualTo(Boolean.FALSE);
    Map<String, Object> commands = object(object(schema.get("properties"), "properties").get("commands"), "commands");
    assertThat(object(commands.get("properties"), "commands properties").keySet())
        .containsExactlyInAnyOrderElementsOf(id.labinov.core.rules.Rulebook.COMMANDS);
    assertThat(commands.get("additionalProperties")).isEqualTo(Boolean.FALSE);
    assertMembers(def("commandRules"), Set.of("rules"), Set.of());
    assertMembers(def("localizedText"), Set.of("id", "en"), Set.of());
    assertMembers(def("stage"), Set.of("code", "order", "label"), Set.of("nationalStage"));
    assertMembers(def("transition"), Set.of("id", "kind", "from", "label", "rules"), Set.of("to"));
    assertMembers(def("rule"), Set.of("type", "severity"), Set.of("params"));
    for (String d : List.of("localizedText", "stage", "transition", "rule", "commandRules")) {
      assertThat(def(d).get("additionalProperties")).as(d).isEqualTo(Boolean.FALSE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Rulebooks.FIVE_D_RESOURCE, Rulebooks.FIVE_D_PLUS_ONE_RESOURCE})
  void shippedRulebookHasEveryRequiredMemberAndNoOther(String resource) {
    Map<String, Object> tree = object(ConformanceCases.parse(resource), resource);
    List<String> problems = new ArrayList<>();
    structure(tree, schema, "$", problems);
    structure(object(tree.get("name"), "name"), def("localizedText"), "$.name", problems);
    List<?> stages = list(tree.get("stages"), "stages");
    for (int i = 0; i < stages.size(); i++) {
      Map<String, Object> stage = object(stages.get(i), "stage");
      structure(stage, def("stage"), "$.stages[" + i + "]", problems);
      structure(object(stage.get("label"), "label"), def("localizedText"), "$.stages[" + i + "].label", problems);
    }
    List<?> transitions = list(tree.get("transitions"), "transitions");
    for (int i = 0; i < transitions.size(); i++) {
      Map<String, Object> t = object(transitions.get(i), "transition");
      structure(t, def("transition"), "$.transitions[" + i + "]", problems);
      List<?> rules = list(t.get("rules"), "rules");
      for (int j = 0; j < rules.size(); j++) {
        structure(object(rules.get(j), "rule"), def("rule"), "$.transitions[" + i + "].rules[" + j + "]", problems);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(transitions).hasSizeGreaterThanOrEqualTo(13);
  }

  @ParameterizedTest
  @ValueSource(strings = {Rulebooks.FIVE_D_RESOURCE, Rulebooks.FIVE_D_PLUS_ONE_RESOURCE})
  void shippedRulebookSatisfiesTheSchema(String resource) {
    assertThat(validator.validate(ConformanceCases.parse(resource))).isEmpty();
  }

  @Test
  void canonicalFormsOfTheShippedRulebooksSatisfyTheSchema() {
    assertThat(validator.validate(JsonTree.parse(Rulebooks.fiveD().toCanonicalJson()))).isEmpty();
    assertThat(validator.validate(JsonTree.parse(Rulebooks.fiveDPlusOne().toCanonicalJson()))).isEmpty();
  }

  @Test
  void describesTheParametersOfEveryBuiltInRuleType() {
    Set<String> described = new TreeSet<>();
    for (Object o : list(def("rule").get("allOf"), "allOf")) {
      Map<String, Object> branch = object(o, "allOf item");
      Map<String, Object> type = object(object(object(branch.get("if"), "if").get("properties"), "p").get("type"), "type");
      String name = (String) type.get("const");
      described.add(name);
      Map<String, Object> params = object(object(object(branch.get("then"), "then").get("properties"), "p").get("params"), "params");
      assertThat(params.get("$ref")).isEqualTo("#/$defs/params-" + name);
      assertThat(def("params-" + name).get("additionalProperties")).as(name).isEqualTo(Boolean.FALSE);
    }
    assertThat(described).containsExactlyInAnyOrderElementsOf(RuleTypes.builtIn().names());
  }

  @Test
  void listsEveryRoleKindSeverityAndNationalStage() {
    assertThat(texts(def("role").get("enum"))).containsExactlyElementsOf(names(Role.values()));
    Map<String, Object> transitionProps = object(def("transition").get("properties"), "properties");
    assertThat(texts(object(transitionProps.get("kind"), "kind").get("enum"))).containsExactlyElementsOf(names(TransitionKind.values()));
    Map<String, Object> ruleProps = object(def("rule").get("properties"), "properties");
    assertThat(texts(object(ruleProps.get("severity"), "severity").get("enum"))).containsExactlyElementsOf(names(Severity.values()));
    List<String> national = new ArrayList<>(names(NationalStage.values()));
    national.add("null");
    Map<String, Object> stageProps = object(def("stage").get("properties"), "properties");
    assertThat(list(object(stageProps.get("nationalStage"), "n").get("enum"), "enum").stream().map(String::valueOf).toList())
        .containsExactlyElementsOf(national);
  }

  @Test
  void theValidatorReportsErrors() {
    assertThat(validator.validate(new LinkedHashMap<>(Map.of("format", "labinov-rulebook/1", "extra", Boolean.TRUE))))
        .contains("$: missing id", "$: missing stages", "$: unknown property extra");
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        m("unchanged", t -> { }, true, true),
        m("unknown root property", t -> t.put("foo", num("1")), false, false),
        m("name missing", t -> t.remove("name"), false, false),
        m("description missing", t -> t.remove("description"), true, true),
        m("other format", t -> t.put("format", "labinov-rulebook/2"), false, false),
        m("upper-case id", t -> t.put("id", "5D"), false, false),
        m("version 0", t -> t.put("version", num("0")), false, false),
        m("version 2.0", t -> t.put("version", num("2.0")), true, true),
        m("version 1.5", t -> t.put("version", num("1.5")), false, false),
        m("version as text", t -> t.put("version", "1"), false, false),
        m("blank English name", t -> object(t.get("name"), "name").put("en", "  "), false, false),
        m("stage order 0", t -> stage(t, 1).put("order", num("0")), false, false),
        m("stage code in lower case", t -> stage(t, 4).put("code", "display"), false, false),
        m("national stage null", t -> stage(t, 2).put("nationalStage", JsonTree.NULL), true, true),
        m("unknown national stage", t -> stage(t, 2).put("nationalStage", "NASIONAL"), false, false),
        m("no stages", t -> t.put("stages", new ArrayList<>()), false, false),
        m("no transitions", t -> t.put("transitions", new ArrayList<>()), false, false),
        m("advance without target", t -> transition(t, 0).remove("to"), false, false),
        m("return with null target", t -> transition(t, 6).put("to", JsonTree.NULL), false, false),
        m("null source stage", t -> transition(t, 6).put("from", new ArrayList<>(Arrays.asList(JsonTree.NULL))), false, false),
        m("hold with a target", t -> transition(t, 8).put("to", "DESIGN"), false, false),
        m("advance from every stage", t -> transition(t, 0).put("from", new ArrayList<>(List.of("*"))), false, false),
        m("unknown kind", t -> transition(t, 0).put("kind", "JUMP"), false, false),
        m("transition id in camel case", t -> transition(t, 0).put("id", "drumUp"), false, false),
        m("no rules", t -> transition(t, 8).put("rules", new ArrayList<>()), true, true),
        m("severity MAY", t -> rule(t, 0, 0).put("severity", "MAY"), false, false),
        m("rule type in upper case", t -> rule(t, 0, 0).put("type", "Required-Field"), false, false),
        m("required-field without params", t -> rule(t, 0, 0).remove("params"), false, false),
        m("required-field with null field", t -> params(t, 0, 0).put("field", JsonTree.NULL), false, false),
        m("required-field with unknown parameter", t -> params(t, 0, 0).put("fields", "x"), false, false),
        m("min-length min 0", t -> params(t, 2, 0).put("min", num("0")), false, false),
        m("min-length min 100001", t -> params(t, 2, 0).put("min", num("100001")), false, false),
        m("min-length min 300.0", t -> params(t, 2, 0).put("min", num("300.0")), true, true),
        m("min-length unit LINES", t -> params(t, 2, 0).put("unit", "LINES"), false, false),
        m("min-length without unit", t -> params(t, 2, 0).remove("unit"), true, true),
        m("min-length unit CHARACTERS", t -> params(t, 2, 0).put("unit", "CHARACTERS"), true, true),
        m("evidence kind in lower case", t -> params(t, 0, 2).put("kind", "commitment_letter"), false, false),
        m("evidence kind of one letter", t -> params(t, 0, 2).put("kind", "C"), false, false),
        m("evidence min 3", t -> params(t, 0, 2).put("min", num("3")), true, true),
        m("evidence min 1001", t -> params(t, 0, 2).put("min", num("1001")), false, false),
        m("actor-role with no role", t -> params(t, 0, 4).put("anyOf", new ArrayList<>()), false, false),
        m("actor-role with unknown role", t -> params(t, 0, 4).put("anyOf", new ArrayList<>(List.of("BOSS"))), false, false),
        m("actor-role as text", t -> params(t, 0, 4).put("anyOf", "LAB_ADMIN"), false, false),
        m("approvals without role", t -> params(t, 0, 3).remove("role"), false, false),
        m("approvals count 101", t -> params(t, 0, 3).put("count", num("101")), false, false),
        m("approvals without count", t -> params(t, 0, 3).remove("count"), true, true),
        m("min-days 0", t -> params(t, 4, 3).put("days", num("0")), false, false),
        m("min-days 3651", t -> params(t, 4, 3).put("days", num("3651")), false, false),
        m("no-open-conditions with empty params", t -> rule(t, 4, 0).put("params", new LinkedHashMap<>()), true, true),
        m("no-open-conditions with a parameter", t -> rule(t, 4, 0).put("params", new LinkedHashMap<>(Map.of("x", num("1")))), false, false),
        m("phase-window", t -> rules(t, 0).add(newRule("phase-window", Map.of("stage", "DIAGNOSE"))), true, true),
        m("phase-window mode SOMETIMES", t -> rules(t, 0).add(newRule("phase-window", Map.of("stage", "DIAGNOSE", "mode", "SOMETIMES"))), false, false),
        m("min-evaluation-score 70.5", t -> rules(t, 0).add(newRule("min-evaluation-score", Map.of("scheme", "k", "min", num("70.5")))), true, true),
        m("min-evaluation-score -1", t -> rules(t, 0).add(newRule("min-evaluation-score", Map.of("scheme", "k", "min", num("-1")))), false, false),
        m("min-evaluators count 0", t -> rules(t, 0).add(newRule("min-evaluators", Map.of("scheme", "k", "count", num("0")))), false, false),
        // what a schema cannot express: the reader alone refuses these
        m("unregistered custom rule type", t -> rule(t, 0, 0).put("type", "acme:budget-approved"), true, false),
        m("unknown entry stage", t -> t.put("entryStage", "NOWHERE"), true, false),
        m("duplicate stage order", t -> stage(t, 1).put("order", num("1")), true, false),
        m("advance that goes back", t -> transition(t, 1).put("to", "DRUM_UP"), true, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void schemaAndReaderAgree(String name, Consumer<Map<String, Object>> change, boolean schemaValid, boolean readerValid) {
    Map<String, Object> tree = object(ConformanceCases.parse(Rulebooks.FIVE_D_RESOURCE), "5d");
    change.accept(tree);
    assertThat(validator.validate(tree)).as("schema errors").matches(e -> e.isEmpty() == schemaValid, "empty: " + schemaValid);
    Throwable thrown = catchThrowable(() -> Rulebooks.parse(JsonTree.canonical(tree)));
    if (readerValid) {
      assertThat(thrown).as("reader").isNull();
    } else {
      assertThat(thrown).as("reader").isInstanceOf(RulebookValidationException.class);
    }
  }

  @Test
  void inlineRulebooksOfTheConformanceCasesSatisfyTheSchemaExactlyWhenTheyLoad() {
    int inline = 0;
    for (Case c : ConformanceCases.all()) {
      if (c.ref() != null) {
        continue;
      }
      inline++;
      boolean loads = !"INVALID_RULEBOOK".equals(c.expectedError());
      assertThat(validator.validate(c.rulebookJson()).isEmpty()).as(c.path()).isEqualTo(loads);
    }
    assertThat(inline).isGreaterThan(10);
  }

  private Map<String, Object> def(String name) {
    return object(object(schema.get("$defs"), "$defs").get(name), name);
  }

  private static void assertMembers(Map<String, Object> s, Set<String> required, Set<String> optional) {
    assertThat(texts(s.get("required"))).containsExactlyInAnyOrderElementsOf(required);
    Set<String> all = new TreeSet<>(required);
    all.addAll(optional);
    assertThat(object(s.get("properties"), "properties").keySet()).containsExactlyInAnyOrderElementsOf(all);
  }

  /** The structural check: members named by the schema's "required" and "properties" lists. */
  private static void structure(Map<String, Object> node, Map<String, Object> s, String path, List<String> problems) {
    for (String r : texts(s.get("required"))) {
      if (!node.containsKey(r)) {
        problems.add(path + ": missing " + r);
      }
    }
    Set<String> known = object(s.get("properties"), "properties").keySet();
    for (String k : node.keySet()) {
      if (!known.contains(k)) {
        problems.add(path + ": unknown " + k);
      }
    }
  }

  private static List<String> texts(Object array) {
    return list(array, "array").stream().map(String.class::cast).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static Arguments m(String name, Consumer<Map<String, Object>> change, boolean schemaValid, boolean readerValid) {
    return Arguments.of(name, change, schemaValid, readerValid);
  }

  private static JsonTree.Num num(String text) {
    return new JsonTree.Num(text);
  }

  private static Map<String, Object> stage(Map<String, Object> t, int i) {
    return object(list(t.get("stages"), "stages").get(i), "stage");
  }

  private static Map<String, Object> transition(Map<String, Object> t, int i) {
    return object(list(t.get("transitions"), "transitions").get(i), "transition");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> rules(Map<String, Object> t, int i) {
    return (List<Object>) list(transition(t, i).get("rules"), "rules");
  }

  private static Map<String, Object> rule(Map<String, Object> t, int i, int j) {
    return object(rules(t, i).get(j), "rule");
  }

  private static Map<String, Object> params(Map<String, Object> t, int i, int j) {
    return object(rule(t, i, j).get("params"), "params");
  }

  private static Map<String, Object> newRule(String type, Map<String, Object> params) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("type", type);
    r.put("severity", "MUST");
    r.put("params", new LinkedHashMap<>(params));
    return r;
  }
}
