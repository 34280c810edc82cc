package id.labinov.core.rules;

import static id.labinov.core.rules.RulebookFixture.context;
import static id.labinov.core.rules.RulebookFixture.factsIn;
import static id.labinov.core.rules.RulebookFixture.json;
import static id.labinov.core.rules.RulebookFixture.obj;
import static id.labinov.core.rules.RulebookFixture.rule;
import static id.labinov.core.rules.RulebookFixture.threeStages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import id.labinov.core.error.InvalidValueException;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleTypesTest {
  private static final String USES_PLUGIN = json(threeStages(
      rule("required-field", "MUST", obj("field", "title")),
      rule(VillageConsultedRuleType.NAME, "MUST", obj("minWords", 3))));

  /** Another class claiming a taken name. */
  record Impostor(String name) implements RuleType {
    @Override
    public Rule create(RuleParameters parameters) {
      return (facts, context) -> RuleOutcome.passed();
    }
  }

  /** A plug-in that fails while compiling its parameters. */
  static final class Exploding implements RuleType {
    @Override
    public String name() {
      return "test:exploding";
    }

    @Override
    public Rule create(RuleParameters parameters) {
      throw new IllegalStateException("boom: no crystal ball configured");
    }
  }

  /** A plug-in that breaks its contract by returning no rule. */
  static final class ReturnsNull implements RuleType {
    @Override
    public String name() {
      return "test:returns-null";
    }

    @Override
    public Rule create(RuleParameters parameters) {
      return null;
    }
  }

  static Stream<RuleTypes> withPlugin() {
    return Stream.of(RuleTypes.discovered(), RuleTypes.builder().register(new VillageConsultedRuleType()).build());
  }

  @Nested
  class Discovery {
    @Test
    void discoveredFindsTheServiceLoaderPluginAfterTheBuiltIns() {
      RuleTypes types = RuleTypes.discovered();

      assertThat(types.find(VillageConsultedRuleType.NAME)).get().isInstanceOf(VillageConsultedRuleType.class);
      assertThat(types.names()).containsSubsequence("required-field", "no-open-conditions", VillageConsultedRuleType.NAME);
      assertThat(types.names()).containsAll(RuleTypes.builtIn().names());
    }

    @Test
    void builtInDoesNotSeePlugins() {
      assertThat(RuleTypes.builtIn().find(VillageConsultedRuleType.NAME)).isEmpty();
      assertThat(RuleTypes.builtIn().names()).contains("required-field", "min-length", "evidence", "actor-role",
          "approvals", "min-days-in-stage", "no-open-conditions");
    }

    @Test
    void loadServicesFindsThePluginThroughAGivenClassLoader() {
      RuleTypes types = RuleTypes.builder().loadServices(RuleTypesTest.class.getClassLoader()).build();

      assertThat(types.find(VillageConsultedRuleType.NAME)).isPresent();
    }
  }

  @Nested
  class RulebooksUsingAPlugin {
    @ParameterizedTest
    @MethodSource("id.labinov.core.rules.RuleTypesTest#withPlugin")
    void loadAndEvaluate(RuleTypes types) {
      Rulebook r = Rulebooks.parse(USES_PLUGIN, types);

      Verdict missing = Rulebooks.check(r, "a-to-b", factsIn("A").field("title", "Posyandu digital").build(), context());
      Verdict tooShort = Rulebooks.check(r, "a-to-b", factsIn("A").field("title", "Posyandu digital")
          .field("villageConsultation", "dua kata").build(), context());
      Verdict consulted = Rulebooks.check(r, "a-to-b", factsIn("A").field("title", "Posyandu digital")
          .field("villageConsultation", "musyawarah desa Cibeusi 2024").build(), context());

      assertThat(r.getTransition("a-to-b").rules()).extracting(RuleSpec::type)
          .containsExactly("required-field", VillageConsultedRuleType.NAME);
      assertThat(missing.refusals()).extracting(Violation::code, Violation::ruleType, Violation::arguments)
          .containsExactly(tuple("VILLAGE_NOT_CONSULTED", VillageConsultedRuleType.NAME, java.util.List.of(0, 3)));
      assertThat(tooShort.refusals()).extracting(Violation::arguments).containsExactly(java.util.List.of(2, 3));
      assertThat(consulted.allowed()).isTrue();
      assertThat(consulted.violations()).isEmpty();
    }

    @Test
    void roundTripsThroughTheCanonicalForm() {
      RuleTypes types = RuleTypes.discovered();
      Rulebook r = Rulebooks.parse(USES_PLUGIN, types);

      assertThat(Rulebooks.parse(r.toCanonicalJson(), types)).isEqualTo(r);
      assertThat(r.toCanonicalJson()).contains("\"type\":\"test:village-consulted\"");
    }

    @Test
    void builtInTypesOnlyRefuseItNamingTheKnownTypes() {
      RulebookValidationException e = catchThrowableOfType(RulebookValidationException.class,
          () -> Rulebooks.parse(USES_PLUGIN, RuleTypes.builtIn()));

      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("$.transitions[0].rules[1].type");
        assertThat(p.code()).isEqualTo("UNKNOWN_RULE_TYPE");
        assertThat(p.arguments()).containsExactly(VillageConsultedRuleType.NAME,
            String.join(", ", RuleTypes.builtIn().names()));
        assertThat(p.message(Locale.ENGLISH)).contains("required-field", "min-days-in-stage", "register");
      });
    }

    @Test
    void pluginParameterProblemsAreReportedWithTheirPaths() {
      String json = json(threeStages(rule(VillageConsultedRuleType.NAME, "MUST", obj("minWords", 0, "quorum", 5))));

      RulebookValidationException e = catchThrowableOfType(RulebookValidationException.class,
          () -> Rulebooks.parse(json, RuleTypes.discovered()));

      assertThat(e.problems()).extracting(RulebookProblem::path, RulebookProblem::code).containsExactlyInAnyOrder(
          tuple("$.transitions[0].rules[0].params.minWords", "PARAMETER_RANGE"),
          tuple("$.transitions[0].rules[0].params.quorum", "UNKNOWN_PARAMETER"));
    }

    @Test
    void aPluginThatThrowsIsReportedWithItsPathAlongsideOtherProblems() {
      RuleTypes types = RuleTypes.builder().register(new Exploding()).build();
      String json = json(threeStages(
          rule("required-field", "MUST", obj()),
          rule("test:exploding", "MUST", obj("crystal", "ball"))));

      RulebookValidationException e = catchThrowableOfType(RulebookValidationException.class,
          () -> Rulebooks.parse(json, types));

      assertThat(e.problems()).extracting(RulebookProblem::path, RulebookProblem::code).containsExactly(
          tuple("$.transitions[0].rules[0].params.field", "PARAMETER_MISSING"),
          tuple("$.transitions[0].rules[1]", "RULE_TYPE_FAILED"));
      assertThat(e.problems().get(1).arguments()).containsExactly("test:exploding", "boom: no crystal ball configured");
      assertThat(e.getMessage(Locale.ENGLISH)).contains("$.transitions[0].rules[1]: rule type \"test:exploding\" failed");
    }

    @Test
    void aPluginThatReturnsNoRuleIsReported() {
      RuleTypes types = RuleTypes.builder().register(new ReturnsNull()).build();

      RulebookValidationException e = catchThrowableOfType(RulebookValidationException.class,
          () -> Rulebooks.parse(json(threeStages(rule("test:returns-null", "SHOULD", null))), types));

      assertThat(e.problems()).extracting(RulebookProblem::path, RulebookProblem::code)
          .containsExactly(tuple("$.transitions[0].rules[0]", "RULE_TYPE_FAILED"));
    }
  }

  @Nested
  class Registration {
    @Test
    void registeringTheSameClassAgainIsHarmless() {
      RuleTypes types = RuleTypes.builder().loadServices(RuleTypesTest.class.getClassLoader())
          .register(new VillageConsultedRuleType()).build();

      assertThat(types.names()).filteredOn(VillageConsultedRuleType.NAME::equals).hasSize(1);
    }

    @Test
    void refusesAPluginNameTakenByAnotherClass() {
      RuleTypes.Builder builder = RuleTypes.builder().loadServices(RuleTypesTest.class.getClassLoader());

      assertThatThrownBy(() -> builder.register(new Impostor(VillageConsultedRuleType.NAME)))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("DUPLICATE_RULE_TYPE");
            assertThat(e.rejectedValue()).isEqualTo(VillageConsultedRuleType.NAME);
            assertThat(e.arguments()).contains(VillageConsultedRuleType.class.getName(), Impostor.class.getName());
          });
    }

    @Test
    void refusesABuiltInNameTakenByAnotherClass() {
      assertThatThrownBy(() -> RuleTypes.builder().register(new Impostor("evidence")))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_RULE_TYPE"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Village", "village consulted", "village_consulted", "1village", "test:", ":village",
        "a:b:c", "test:Village", "-village", "désa"})
    void refusesAMalformedName(String name) {
      assertThatThrownBy(() -> RuleTypes.builder().register(new Impostor(name)))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_RULE_TYPE_NAME");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("lower-kebab");
          });
    }

    @ParameterizedTest
    @ValueSource(strings = {"village", "village-consulted", "lebak:village-consulted", "a1:b2-c3"})
    void acceptsWellFormedNames(String name) {
      assertThat(RuleTypes.builder().register(new Impostor(name)).build().find(name)).isPresent();
    }

    @Test
    void refusesANullType() {
      assertThatThrownBy(() -> RuleTypes.builder().register(null))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void refusesANullClassLoader() {
      assertThatThrownBy(() -> RuleTypes.builder().loadServices(null))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("loader"));
    }
  }
}
