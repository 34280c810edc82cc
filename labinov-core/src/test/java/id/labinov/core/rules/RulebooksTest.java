package id.labinov.core.rules;

import static id.labinov.core.rules.RulebookFixture.arr;
import static id.labinov.core.rules.RulebookFixture.context;
import static id.labinov.core.rules.RulebookFixture.factsIn;
import static id.labinov.core.rules.RulebookFixture.obj;
import static id.labinov.core.rules.RulebookFixture.rule;
import static id.labinov.core.rules.RulebookFixture.stage;
import static id.labinov.core.rules.RulebookFixture.text;
import static id.labinov.core.rules.RulebookFixture.threeStages;
import static id.labinov.core.rules.RulebookFixture.transition;
import static id.labinov.core.rules.RulebookFixture.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RulebooksTest {

  static Stream<Arguments> shipped() {
    return Stream.of(
        Arguments.of(Rulebooks.FIVE_D_RESOURCE, Rulebooks.fiveD()),
        Arguments.of(Rulebooks.FIVE_D_PLUS_ONE_RESOURCE, Rulebooks.fiveDPlusOne()));
  }

  static String resource(String path) {
    try (InputStream in = RulebooksTest.class.getResourceAsStream(path)) {
      assertThat(in).as("resource %s", path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RulebookValidationException refusal(String json) {
    return catchThrowableOfType(RulebookValidationException.class, () -> Rulebooks.parse(json));
  }

  @Nested
  class ShippedRulebooks {
    @Test
    void fiveDHasTheFiveStagesInOrderStartingAtDrumUp() {
      Rulebook r = Rulebooks.fiveD();

      assertThat(r.reference()).isEqualTo("5d@1");
      assertThat(r.entryStage()).isEqualTo("DRUM_UP");
      assertThat(r.stages()).extracting(Stage::code)
          .containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");
      assertThat(r.stages()).extracting(Stage::order).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void fiveDPlusOneAddsDocumentationAfterDisplay() {
      Rulebook r = Rulebooks.fiveDPlusOne();

      assertThat(r.reference()).isEqualTo("5d-plus-1@1");
      assertThat(r.entryStage()).isEqualTo("DRUM_UP");
      assertThat(r.stages()).extracting(Stage::code)
          .containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY", "DOCUMENTATION");
      assertThat(r.getStage("DOCUMENTATION").nationalStage()).isEqualTo(NationalStage.PENERAPAN);
      assertThat(r.getTransition("display-to-documentation").to()).isEqualTo("DOCUMENTATION");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void mapsStagesToNationalStages(String resource, Rulebook r) {
      assertThat(r.getStage("DRUM_UP").findNationalStage()).isEmpty();
      assertThat(r.getStage("DIAGNOSE").findNationalStage()).isEmpty();
      assertThat(r.getStage("DESIGN").nationalStage()).isEqualTo(NationalStage.INISIATIF);
      assertThat(r.getStage("DELIVER").nationalStage()).isEqualTo(NationalStage.UJI_COBA);
      assertThat(r.getStage("DISPLAY").nationalStage()).isEqualTo(NationalStage.PENERAPAN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void labelsEveryStageAndTransitionInBothLanguages(String resource, Rulebook r) {
      List<LocalizedText> labels = new ArrayList<>();
      labels.add(r.name());
      r.stages().forEach(s -> labels.add(s.label()));
      r.transitions().forEach(t -> labels.add(t.label()));

      assertThat(labels).allSatisfy(l -> {
        assertThat(l.in(Locale.ENGLISH)).isNotBlank();
        assertThat(l.in(Messages.INDONESIAN)).isNotBlank().isNotEqualTo(l.in(Locale.ENGLISH));
      });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void requiresA300WordDesignNarrativeToLeaveDesign(String resource, Rulebook r) {
      List<Transition> forward = r.transitionsFrom("DESIGN").stream()
          .filter(t -> t.kind() == TransitionKind.ADVANCE || t.kind() == TransitionKind.CONDITIONAL_ADVANCE)
          .toList();

      assertThat(forward).extracting(Transition::id)
          .containsExactly("design-to-deliver", "design-to-deliver-conditional");
      assertThat(forward).allSatisfy(t -> assertThat(t.rules()).contains(new RuleSpec("min-length", Severity.MUST,
          Map.of("field", "designNarrative", "min", new java.math.BigDecimal("300"), "unit", "WORDS"))));
    }

    @Test
    void refusesToLeaveDesignWith299WordsAndAcceptsThe300th() {
      Rulebook r = Rulebooks.fiveD();
      SimpleFacts.Builder facts = factsIn("DESIGN").evidence("ACTION_PLAN", 1)
          .approvals(Role.OPD_HEAD, 1).approvals(Role.COACH, 1)
          .actor(id.labinov.core.model.Actor.of("coach-1", "BAPPEDA", Role.COACH));

      Verdict short299 = Rulebooks.check(r, "design-to-deliver", facts.field("designNarrative", words(299)).build(), context());
      Verdict enough300 = Rulebooks.check(r, "design-to-deliver", facts.field("designNarrative", words(300)).build(), context());

      assertThat(short299.refusals()).extracting(Violation::code).containsExactly("FIELD_TOO_SHORT");
      assertThat(short299.refusals().get(0).arguments()).containsExactly("designNarrative", 299, 300);
      assertThat(enough300.allowed()).isTrue();
      assertThat(enough300.refusals()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void hashIs64HexDigitsAndStableAcrossLoads(String resource, Rulebook shipped) {
      Rulebook again = Rulebooks.fromResource(resource, RuleTypes.builtIn());
      Rulebook fromCanonical = Rulebooks.parse(shipped.toCanonicalJson());

      assertThat(shipped.hash()).matches("[0-9a-f]{64}");
      assertThat(again).isNotSameAs(shipped).isEqualTo(shipped);
      assertThat(again.hash()).isEqualTo(shipped.hash());
      assertThat(fromCanonical.hash()).isEqualTo(shipped.hash());
      assertThat(shipped.hash()).isEqualTo(
          JsonTree.sha256(shipped.toCanonicalJson().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTwoShippedRulebooksDifferInHash() {
      assertThat(Rulebooks.fiveD().hash()).isNotEqualTo(Rulebooks.fiveDPlusOne().hash());
    }

    @Test
    void unknownResourceIsRefusedWithItsName() {
      assertThatThrownBy(() -> Rulebooks.fromResource("/no/such/rulebook.json", RuleTypes.builtIn()))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("RESOURCE_NOT_FOUND");
            assertThat(e.rejectedValue()).isEqualTo("/no/such/rulebook.json");
          });
    }
  }

  @Nested
  class CanonicalForm {
    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void sortsKeysAtEveryLevel(String resource, Rulebook r) {
      assertKeysSorted(JsonTree.parse(r.toCanonicalJson()));
    }

    private void assertKeysSorted(Object node) {
      if (node instanceof Map<?, ?> m) {
        List<String> keys = m.keySet().stream().map(String::valueOf).toList();
        assertThat(keys).isSorted();
        m.values().forEach(this::assertKeysSorted);
      } else if (node instanceof List<?> l) {
        l.forEach(this::assertKeysSorted);
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void hasNoWhiteSpaceOutsideStrings(String resource, Rulebook r) {
      String json = r.toCanonicalJson();
      StringBuilder outside = new StringBuilder();
      boolean inString = false;
      for (int i = 0; i < json.length(); i++) {
        char c = json.charAt(i);
        if (inString && c == '\\') {
          i++;
        } else if (c == '"') {
          inString = !inString;
        } else if (!inString) {
          outside.append(c);
        }
      }

      assertThat(json).contains(" "); // labels do have spaces, inside strings
      assertThat(outside.toString()).doesNotContain(" ", "\n", "\r", "\t");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void isAFixedPointOfParsing(String resource, Rulebook r) {
      assertThat(Rulebooks.parse(r.toCanonicalJson()).toCanonicalJson()).isEqualTo(r.toCanonicalJson());
    }

    @Test
    void writesLabelsInNfcSoNfdSourceHasTheSameHash() {
      String nfd = "Musyawarah desa di Ce\u0301ngkareng";
      String nfc = "Musyawarah desa di C\u00e9ngkareng";
      Map<String, Object> withNfd = threeStages();
      Map<String, Object> withNfc = threeStages();
      stageA(withNfd).put("label", text(nfd, "Village meeting"));
      stageA(withNfc).put("label", text(nfc, "Village meeting"));

      Rulebook fromNfd = RulebookFixture.parse(withNfd);
      Rulebook fromNfc = RulebookFixture.parse(withNfc);

      assertThat(fromNfd.hash()).isEqualTo(fromNfc.hash());
      assertThat(fromNfd).isEqualTo(fromNfc);
      assertThat(fromNfd.toCanonicalJson()).contains(nfc).doesNotContain("\u0301");
    }

    @Test
    void includesLabelsInTheHash() {
      Map<String, Object> relabelled = threeStages();
      stageA(relabelled).put("label", text("Tahap A", "Stage A, renamed"));

      assertThat(RulebookFixture.parse(relabelled).hash()).isNotEqualTo(RulebookFixture.parse(threeStages()).hash());
    }

    @Test
    void keepsNumbersAsWritten() {
      Rulebook r = RulebookFixture.parse(threeStages(rule("min-evaluation-score", "MUST",
          obj("scheme", "kovablik", "min", new JsonTree.Num("75.50")))));

      assertThat(r.toCanonicalJson()).contains("\"min\":75.50");
      assertThat(r.getTransition("a-to-b").rules().get(0).parameters().get("min"))
          .isEqualTo(new java.math.BigDecimal("75.50"));
    }

    @Test
    void doesNotDependOnSourceKeyOrderOrWhiteSpace() {
      String pretty = RulebookFixture.json(threeStages());
      String compactCanonical = RulebookFixture.parse(threeStages()).toCanonicalJson();

      assertThat(Rulebooks.parse(pretty).hash()).isEqualTo(Rulebooks.parse(compactCanonical).hash());
      assertThat(pretty).isNotEqualTo(compactCanonical);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stageA(Map<String, Object> rulebook) {
      return (Map<String, Object>) ((List<Object>) rulebook.get("stages")).get(0);
    }
  }

  @Nested
  class Validation {
    @Test
    void reportsEveryProblemWithItsJsonPathAtOnce() {
      RulebookValidationException e = refusal(resource("bad/many-mistakes.json"));

      assertThat(e.code()).isEqualTo("INVALID_RULEBOOK");
      assertThat(e.problems()).extracting(RulebookProblem::path, RulebookProblem::code).containsExactlyInAnyOrder(
          tuple("$.colour", "UNKNOWN_PROPERTY"),
          tuple("$.stages[2].code", "DUPLICATE"),
          tuple("$.stages[3].order", "DUPLICATE"),
          tuple("$.entryStage", "UNKNOWN_STAGE"),
          tuple("$.transitions[0].to", "WRONG_DIRECTION"),
          tuple("$.transitions[1].to", "WRONG_DIRECTION"),
          tuple("$.transitions[2].rules[0].type", "UNKNOWN_RULE_TYPE"),
          tuple("$.transitions[2].rules[1].params.field", "PARAMETER_MISSING"),
          tuple("$.transitions[2].rules[2].params.min", "PARAMETER_RANGE"),
          tuple("$.transitions[2].rules[3].params.colour", "UNKNOWN_PARAMETER"),
          tuple("$.transitions[2].rules[4].severity", "UNKNOWN_VALUE"),
          tuple("$.transitions[2].rules[4].params.role", "PARAMETER_VALUE"),
          tuple("$.transitions[3].kind", "UNKNOWN_VALUE"));
    }

    @Test
    void problemsCarryTheOffendingValues() {
      RulebookValidationException e = refusal(resource("bad/many-mistakes.json"));

      assertThat(problemAt(e, "$.stages[2].code").arguments()).containsExactly("BETA");
      assertThat(problemAt(e, "$.entryStage").arguments()).containsExactly("START");
      assertThat(problemAt(e, "$.transitions[0].to").arguments()).containsExactly("GAMMA", "ALPHA");
      assertThat(problemAt(e, "$.transitions[2].rules[2].params.min").arguments()).containsExactly("min", "0", 1, 100_000);
      assertThat(problemAt(e, "$.transitions[3].kind").arguments().get(0)).isEqualTo("JUMP");
    }

    @Test
    void explainsEveryProblemInBothLanguages() {
      RulebookValidationException e = catchThrowableOfType(RulebookValidationException.class, () ->
          Rulebooks.read("many-mistakes.json", RulebooksTest.class.getResourceAsStream("bad/many-mistakes.json"),
              RuleTypes.builtIn()));

      String english = e.getMessage(Locale.ENGLISH);
      String indonesian = e.getMessage(Messages.INDONESIAN);

      assertThat(english).startsWith("Rulebook many-mistakes.json has 13 problem(s)")
          .contains("$.colour: unknown property \"colour\"")
          .contains("$.stages[2].code: stage code \"BETA\" is defined twice")
          .contains("unknown rule type \"crystal-ball\"");
      assertThat(indonesian).startsWith("Buku aturan many-mistakes.json memiliki 13 masalah")
          .contains("$.colour: properti \"colour\" tidak dikenal")
          .contains("$.stages[2].code: kode tahap \"BETA\" didefinisikan dua kali")
          .contains("jenis aturan \"crystal-ball\" tidak dikenal");
      assertThat(e.problems()).allSatisfy(p -> {
        assertThat(english).contains(p.path() + ": ");
        assertThat(indonesian).contains(p.path() + ": ");
        assertThat(Messages.isDefined(p.messageKey())).as(p.messageKey()).isTrue();
      });
      assertThat(e.getMessage()).isEqualTo(english);
    }

    @Test
    void reportsAStageNoAdvanceReaches() {
      Map<String, Object> tree = RulebookFixture.rulebook("A", arr(stage("A", 1), stage("B", 2), stage("C", 3)), arr(
          transition("a-to-b", "ADVANCE", arr("A"), "B"),
          transition("c-to-b", "RETURN_FOR_REWORK", arr("C"), "B")));

      RulebookValidationException e = refusal(RulebookFixture.json(tree));

      assertThat(e.problems()).extracting(RulebookProblem::path, RulebookProblem::code)
          .containsExactly(tuple("$.stages[2]", "UNREACHABLE_STAGE"));
      assertThat(e.problems().get(0).arguments()).containsExactly("C", "A");
    }

    @Test
    void aBrokenRuleDoesNotMakeTheStagesBehindItsTransitionUnreachable() {
      RulebookValidationException e = refusal(RulebookFixture.json(threeStages(rule("min-length", "MUST",
          obj("field", "problem", "min", 0)))));

      assertThat(e.problems()).extracting(RulebookProblem::path, RulebookProblem::code)
          .containsExactly(tuple("$.transitions[0].rules[0].params.min", "PARAMETER_RANGE"));
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
      RulebookValidationException e = refusal(resource("bad/syntax-error.json"));

      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("$");
        assertThat(p.code()).isEqualTo("JSON_SYNTAX");
        assertThat(p.arguments().get(0)).isEqualTo(3);
      });
    }

    @Test
    void refusesADuplicateJsonKey() {
      RulebookValidationException e = refusal(resource("bad/duplicate-key.json"));

      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("JSON_SYNTAX");
        assertThat(p.arguments().get(0)).isEqualTo(5);
        assertThat(String.valueOf(p.arguments().get(2))).contains("version");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "42", "\"5d\"", "true"})
    void refusesADocumentThatIsNotAnObject(String json) {
      assertThat(refusal(json).problems()).extracting(RulebookProblem::path, RulebookProblem::code)
          .containsExactly(tuple("$", "WRONG_TYPE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1e99999999999", "-1E+2147483648"})
    void refusesAbsurdNumbersInsteadOfRunningOutOfMemory(String number) {
      String json = RulebookFixture.json(threeStages(rule("min-days-in-stage", "MUST",
          obj("days", new JsonTree.Num(number)))));

      assertThat(refusal(json).problems()).extracting(RulebookProblem::code).containsExactly("JSON_SYNTAX");
    }

    @Test
    void refusesAnAdvanceWhoseTargetIsNull() {
      Map<String, Object> tree = threeStages();
      tree.put("transitions", arr(
          transition("a-to-b", "ADVANCE", arr("A"), "B"),
          transition("b-to-c", "ADVANCE", arr("B"), "C"),
          obj("id", "a-to-nowhere", "kind", "CONDITIONAL_ADVANCE", "from", arr("A"), "to", JsonTree.NULL,
              "label", text("Ke mana", "Nowhere"), "rules", arr())));

      assertThat(refusal(RulebookFixture.json(tree)).problems())
          .extracting(RulebookProblem::path, RulebookProblem::code)
          .containsExactly(tuple("$.transitions[2].to", "MISSING"));
    }
  }

  @Nested
  class Mermaid {
    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void drawsEveryStageAndForwardTransitionInEnglish(String resource, Rulebook r) {
      assertDiagram(r, Locale.ENGLISH, Messages.INDONESIAN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.labinov.core.rules.RulebooksTest#shipped")
    void drawsEveryStageAndForwardTransitionInIndonesian(String resource, Rulebook r) {
      assertDiagram(r, Messages.INDONESIAN, Locale.ENGLISH);
    }

    private void assertDiagram(Rulebook r, Locale locale, Locale other) {
      String diagram = Rulebooks.toMermaid(r, locale);
      List<String> lines = diagram.lines().map(String::strip).toList();

      assertThat(lines.get(0)).isEqualTo("stateDiagram-v2");
      assertThat(lines).contains("[*] --> DRUM_UP");
      for (Stage s : r.stages()) {
        assertThat(lines).contains("state \"" + s.label().in(locale) + "\" as " + s.code());
        assertThat(diagram).doesNotContain("\"" + s.label().in(other) + "\"");
      }
      long forward = 0;
      for (Transition t : r.transitions()) {
        if (t.kind() == TransitionKind.ADVANCE || t.kind() == TransitionKind.CONDITIONAL_ADVANCE) {
          forward++;
          for (String from : t.from()) {
            assertThat(lines).anySatisfy(l ->
                assertThat(l).startsWith(from + " --> " + t.to() + " : " + t.label().in(locale)));
          }
        }
        assertThat(diagram).contains(t.label().in(locale)).doesNotContain(t.label().in(other));
      }
      assertThat(forward).isGreaterThanOrEqualTo(r.stages().size() - 1);
    }
  }

  @Nested
  class Check {
    @Test
    void refusesAnUnknownTransitionNamingTheKnownOnes() {
      assertThatThrownBy(() -> Rulebooks.check(Rulebooks.fiveD(), "design-to-heaven", factsIn("DESIGN").build(), context()))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("UNKNOWN_TRANSITION");
            assertThat(e.rejectedValue()).isEqualTo("design-to-heaven");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("design-to-deliver", "reopen");
          });
    }

    @Test
    void listsTheWrongStageBeforeTheRules() {
      Verdict v = Rulebooks.check(Rulebooks.fiveD(), "design-to-deliver", factsIn("DRUM_UP").build(), context());

      assertThat(v.allowed()).isFalse();
      assertThat(v.codes().get(0)).isEqualTo("WRONG_STAGE");
      assertThat(v.codes()).contains("FIELD_TOO_SHORT", "EVIDENCE_MISSING", "APPROVALS_MISSING", "ROLE_NOT_PERMITTED");
    }

    static Stream<Arguments> nullArguments() {
      Rulebook r = Rulebooks.fiveD();
      Facts f = factsIn("DRUM_UP").build();
      RuleContext c = context();
      return Stream.of(
          Arguments.of("rulebook", (Runnable) () -> Rulebooks.check(null, "hold", f, c)),
          Arguments.of("transitionId", (Runnable) () -> Rulebooks.check(r, null, f, c)),
          Arguments.of("facts", (Runnable) () -> Rulebooks.check(r, "hold", null, c)),
          Arguments.of("context", (Runnable) () -> Rulebooks.check(r, "hold", f, null)),
          Arguments.of("json", (Runnable) () -> Rulebooks.parse(null)),
          Arguments.of("types", (Runnable) () -> Rulebooks.parse("{}", null)),
          Arguments.of("in", (Runnable) () -> Rulebooks.read("x.json", null, RuleTypes.builtIn())),
          Arguments.of("source", (Runnable) () -> Rulebooks.read(null, InputStream.nullInputStream(), RuleTypes.builtIn())),
          Arguments.of("resource", (Runnable) () -> Rulebooks.fromResource(null, RuleTypes.builtIn())),
          Arguments.of("rulebook", (Runnable) () -> Rulebooks.toMermaid(null, Locale.ENGLISH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullArguments")
    void refusesNullArgumentsByName(String parameter, Runnable call) {
      assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.code()).isEqualTo("REQUIRED");
        assertThat(e.field()).isEqualTo(parameter);
      });
    }
  }

  private static RulebookProblem problemAt(RulebookValidationException e, String path) {
    return e.problems().stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + e.problems()));
  }
}
