package id.labinov.core.conformance;

import static id.labinov.core.conformance.ConformanceCases.list;
import static id.labinov.core.conformance.ConformanceCases.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.labinov.core.conformance.ConformanceCases.Case;
import id.labinov.core.error.LabinovException;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.rules.RuleSpec;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the language-neutral conformance cases and checks that they cover the rule model. */
class ConformanceTest {
  private static final int MINIMUM_CASES = 48;

  @TestFactory
  Stream<DynamicTest> everyCaseReachesItsExpectedVerdict() {
    return ConformanceCases.indexedPaths().stream()
        .map(path -> DynamicTest.dynamicTest(path, () -> run(ConformanceCases.load(path))));
  }

  /** Evaluates one case and asserts its expectation. */
  static void run(Case c) {
    String error = c.expectedError();
    Throwable thrown = catchThrowable(() -> verdict(c));
    if (error != null) {
      assertThat(thrown).as(c + ": expected error " + error).isInstanceOf(LabinovException.class);
      assertThat(((LabinovException) thrown).code()).as(c + ": error code").isEqualTo(error);
      if (c.expect().containsKey("problems")) {
        assertThat(thrown).isInstanceOf(RulebookValidationException.class);
        Set<String> actual = new TreeSet<>();
        ((RulebookValidationException) thrown).problems().forEach(p -> actual.add(p.path() + " " + p.code()));
        Set<String> expected = new TreeSet<>();
        list(c.expect().get("problems"), "problems").forEach(p -> {
          Map<String, Object> m = object(p, "problem");
          expected.add(m.get("path") + " " + m.get("code"));
        });
        assertThat(actual).as(c + ": rulebook problems").isEqualTo(expected);
      }
      return;
    }
    if (thrown != null) {
      throw new AssertionError(c + ": unexpected " + thrown, thrown);
    }
    Verdict v = verdict(c);
    Map<String, Object> expect = c.expect();
    assertThat(v.codes()).as(c + ": codes").containsExactlyElementsOf(texts(expect.get("codes")));
    assertThat(v.allowed()).as(c + ": allowed, verdict " + v.codes()).isEqualTo(expect.get("allowed"));
    assertThat(v.warnings().stream().map(Violation::code).toList()).as(c + ": warnings")
        .containsExactlyElementsOf(texts(expect.getOrDefault("warnings", List.of())));
    assertThat(v.notApplicable().stream().map(Violation::code).toList()).as(c + ": not applicable")
        .containsExactlyElementsOf(texts(expect.getOrDefault("notApplicable", List.of())));
    if (expect.containsKey("violations")) {
      assertThat(v.violations().stream().map(ConformanceTest::describe).toList()).as(c + ": violations")
          .containsExactlyElementsOf(list(expect.get("violations"), "violations").stream()
              .map(ConformanceTest::describeExpected).toList());
    }
  }

  private static Verdict verdict(Case c) {
    if (c.command() != null) {
      return Rulebooks.checkCommand(ConformanceCases.rulebook(c), c.command(), ConformanceCases.facts(c),
          ConformanceCases.context(c));
    }
    return Rulebooks.check(ConformanceCases.rulebook(c), c.transition(), ConformanceCases.facts(c),
        ConformanceCases.context(c));
  }

  private static List<String> texts(Object array) {
    return list(array, "codes").stream().map(String.class::cast).toList();
  }

  private static String describe(Violation v) {
    List<String> args = new ArrayList<>();
    v.arguments().forEach(a -> args.add(a instanceof Number n ? number(new BigDecimal(n.toString())) : "text " + a));
    return v.code() + " " + v.severity() + " " + v.ruleType() + " " + args;
  }

  private static String describeExpected(Object o) {
    Map<String, Object> m = object(o, "violation");
    ConformanceCases.keys(m, "violation", Set.of("code", "severity", "rule", "arguments"), Set.of());
    List<String> args = new ArrayList<>();
    list(m.get("arguments"), "arguments").forEach(a ->
        args.add(a instanceof JsonTree.Num n ? number(n.decimal()) : "text " + a));
    return m.get("code") + " " + m.get("severity") + " " + m.get("rule") + " " + args;
  }

  private static String number(BigDecimal d) {
    return "number " + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
  }

  @Nested
  class TheRunner {
    @Test
    void failsWhenACaseExpectsOtherCodes() {
      Case c = tampered("cases/001-drum-up-ready.json", expect -> expect.put("codes", List.of("FIELD_REQUIRED")));
      assertThatThrownBy(() -> run(c)).isInstanceOf(AssertionError.class).hasMessageContaining("codes");
    }

    @Test
    void failsWhenACaseExpectsAnotherArgument() {
      Case original = ConformanceCases.load("cases/022-deliver-29-days-warns.json");
      Case c = tampered("cases/022-deliver-29-days-warns.json", expect -> {
        Map<String, Object> violation = new LinkedHashMap<>(object(list(expect.get("violations"), "v").get(0), "v"));
        violation.put("arguments", List.of(new JsonTree.Num("30"), new JsonTree.Num("30")));
        expect.put("violations", List.of(violation));
      });
      run(original);
      assertThatThrownBy(() -> run(c)).isInstanceOf(AssertionError.class).hasMessageContaining("violations");
    }

    @Test
    void failsWhenAnExpectedErrorDoesNotHappen() {
      Case c = tampered("cases/001-drum-up-ready.json", expect -> {
        expect.clear();
        expect.put("error", "UNKNOWN_TRANSITION");
      });
      assertThatThrownBy(() -> run(c)).isInstanceOf(AssertionError.class);
    }

    @Test
    void readsCaseFilesStrictly() {
      Map<String, Object> json = new LinkedHashMap<>(ConformanceCases.load("cases/001-drum-up-ready.json").json());
      json.put("expected", Map.of());
      assertThatThrownBy(() -> ConformanceCases.keys(json, "case",
          Set.of("name", "description", "rulebook", "transition", "facts", "context", "expect"), Set.of()))
          .isInstanceOf(AssertionError.class).hasMessageContaining("unknown [expected]");
    }

    private Case tampered(String path, java.util.function.Consumer<Map<String, Object>> change) {
      Case c = ConformanceCases.load(path);
      Map<String, Object> json = new LinkedHashMap<>(c.json());
      Map<String, Object> expect = new LinkedHashMap<>(c.expect());
      change.accept(expect);
      json.put("expect", expect);
      return new Case(path, json);
    }
  }

  @Nested
  class TheIndex {
    @Test
    void listsEveryFileOfTheCasesFolderInOrder() {
      List<String> files = ConformanceCases.filesInCasesFolder().stream().map(f -> "cases/" + f).toList();
      assertThat(ConformanceCases.indexedPaths()).doesNotHaveDuplicates().containsExactlyElementsOf(files);
    }

    @Test
    void holdsAtLeast48Cases() {
      assertThat(ConformanceCases.indexedPaths()).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
    }

    @Test
    void namesEachCaseAfterItsFileAndNumbersThemInOrder() {
      List<String> paths = ConformanceCases.indexedPaths();
      for (int i = 0; i < paths.size(); i++) {
        Case c = ConformanceCases.load(paths.get(i));
        assertThat(c.path()).isEqualTo("cases/" + c.name() + ".json");
        assertThat(c.name()).startsWith(String.format("%03d-", i + 1)).matches("\\d{3}-[a-z0-9-]+");
        assertThat((String) c.json().get("description")).as(c + " description").isNotBlank();
      }
    }
  }

  @Nested
  class TheCases {
    private final List<Case> cases = ConformanceCases.all();

    @Test
    void agreeWithThemselves() {
      for (Case c : cases) {
        Map<String, Object> expect = c.expect();
        if (c.expectedError() != null || !expect.containsKey("violations")) {
          continue;
        }
        List<Map<String, Object>> details = list(expect.get("violations"), "violations").stream()
            .map(o -> object(o, "violation")).toList();
        assertThat(details.stream().map(d -> d.get("code")).toList()).as(c + " codes")
            .isEqualTo(expect.get("codes"));
        assertThat(details.stream().filter(d -> "SHOULD".equals(d.get("severity"))).map(d -> d.get("code")).toList())
            .as(c + " warnings").isEqualTo(expect.getOrDefault("warnings", List.of()));
        assertThat(expect.get("allowed")).as(c + " allowed")
            .isEqualTo(details.stream().noneMatch(d -> "MUST".equals(d.get("severity"))));
      }
    }

    @Test
    void makeEveryBuiltInRuleTypeFailWithBothSeverities() {
      Set<String> failed = new TreeSet<>();
      for (Case c : cases) {
        if (c.expectedError() == null && c.expect().containsKey("violations")) {
          list(c.expect().get("violations"), "violations").forEach(o -> {
            Map<String, Object> d = object(o, "violation");
            failed.add(d.get("rule") + " " + d.get("severity"));
          });
        }
      }
      List<String> wanted = new ArrayList<>();
      for (String type : RuleTypes.builtIn().names()) {
        for (Severity s : Severity.values()) {
          wanted.add(type + " " + s);
        }
      }
      assertThat(failed).as("rule types and severities that some case makes fail").containsAll(wanted);
      assertThat(failed).contains("transition MUST");
    }

    @Test
    void makeEveryBuiltInRuleTypePass() {
      Set<String> passed = new TreeSet<>();
      for (Case c : cases) {
        if (c.expectedError() != null || c.expect().containsKey("notApplicable")) {
          continue;
        }
        Rulebook rb = ConformanceCases.rulebook(c);
        List<RuleSpec> specs = c.command() != null ? rb.commandRules(c.command()) : rb.getTransition(c.transition()).rules();
        Map<String, Integer> violatedByType = new LinkedHashMap<>();
        if (c.expect().containsKey("violations")) {
          list(c.expect().get("violations"), "violations").forEach(o ->
              violatedByType.merge((String) object(o, "violation").get("rule"), 1, Integer::sum));
        } else if (!list(c.expect().get("codes"), "codes").isEmpty()) {
          continue; // without details we cannot tell which rule passed
        }
        Map<String, Integer> rulesByType = new LinkedHashMap<>();
        for (RuleSpec spec : specs) {
          rulesByType.merge(spec.type(), 1, Integer::sum);
        }
        rulesByType.forEach((type, n) -> {
          if (n > violatedByType.getOrDefault(type, 0)) {
            passed.add(type);
          }
        });
      }
      assertThat(passed).as("rule types that some case makes pass").containsAll(RuleTypes.builtIn().names());
    }

    @Test
    void exerciseEveryTransitionOfTheShippedRulebooks() {
      Set<String> covered = new TreeSet<>();
      cases.stream().filter(c -> c.ref() != null && c.transition() != null)
          .forEach(c -> covered.add(c.ref() + " " + c.transition()));
      List<String> wanted = new ArrayList<>();
      Rulebooks.fiveD().transitions().forEach(t -> wanted.add("5d " + t.id()));
      Rulebooks.fiveDPlusOne().transitions().stream()
          .filter(t -> Rulebooks.fiveD().findTransition(t.id()).isEmpty())
          .forEach(t -> wanted.add("5d-plus-1 " + t.id()));
      assertThat(wanted).hasSizeGreaterThan(13);
      assertThat(covered).as("transitions some case checks").containsAll(wanted);
    }

    @Test
    void includeBothStructuralReasonsAndBothOutcomes() {
      List<Object> codes = new ArrayList<>();
      List<Object> allowed = new ArrayList<>();
      for (Case c : cases) {
        if (c.expectedError() == null) {
          codes.addAll(list(c.expect().get("codes"), "codes"));
          allowed.add(c.expect().get("allowed"));
        }
      }
      assertThat(codes).contains("WRONG_STAGE", "WRONG_STATUS");
      assertThat(allowed).contains(true, false);
    }
  }
}
