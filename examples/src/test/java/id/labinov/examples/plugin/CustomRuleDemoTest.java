package id.labinov.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomRuleDemoTest {
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final CustomRuleDemo.Result result = CustomRuleDemo.run(new PrintStream(console, true, StandardCharsets.UTF_8));

  @Test
  void withoutThePluginTheRulebookIsRefusedAtTheRulesJsonPath() {
    assertThat(result.unknownTypeProblems()).hasSize(1);
    assertThat(result.unknownTypeProblems().get(0)).startsWith("$.transitions[").contains("].type ");
  }

  @Test
  void serviceLoaderAndBuilderRegisterTheSameType() {
    assertThat(RuleTypes.discovered().find(MinBeneficiariesRuleType.NAME)).isPresent();
    assertThat(RuleTypes.builtIn().find(MinBeneficiariesRuleType.NAME)).isEmpty();
    assertThat(result.discovered().hash()).isEqualTo(result.registered().hash());
    assertThat(result.discovered().reference()).isEqualTo("lebak-5d@1");
  }

  @Test
  void theRuleJudgesPlainFacts() {
    assertThat(result.factsVerdicts().get(0).refusals()).extracting(Violation::code).containsExactly("TOO_FEW_BENEFICIARIES");
    assertThat(result.factsVerdicts().get(0).refusals().get(0).arguments()).containsExactly(150L, 200);
    assertThat(result.factsVerdicts().get(1).allowed()).isTrue();
  }

  @Test
  void theFacadeEnforcesTheRegionsRuleAndShowsItsOwnTexts() {
    assertThat(result.facadeRefused().accepted()).isFalse();
    assertThat(result.facadeRefused().verdict().refusals()).extracting(Violation::code).containsExactly("BENEFICIARIES_UNKNOWN");
    assertThat(result.facadeAccepted().accepted()).isTrue();
    assertThat(result.facadeAccepted().state().stage()).isEqualTo("DISPLAY");
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("The number of beneficiaries (beneficiaries) is not filled in")
        .contains("Lebak menampilkan inovasi dengan paling sedikit 200");
    assertThat(CustomRuleDemo.describe(result.factsVerdicts().get(0), Locale.ENGLISH)).contains("at least 200");
  }

  private static String resource() throws java.io.IOException {
    try (var in = CustomRuleDemoTest.class.getResourceAsStream(CustomRuleDemo.RULEBOOK)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void badParametersAreReportedWithTheirPath() throws java.io.IOException {
    String json = resource().replace("\"min\": 200", "\"min\": 0, \"extra\": 1");
    assertThat(json).contains("\"extra\": 1");
    RuleTypes types = RuleTypes.builder().register(new MinBeneficiariesRuleType()).build();
    assertThatThrownBy(() -> Rulebooks.parse(json, types)).isInstanceOf(RulebookValidationException.class)
        .satisfies(e -> assertThat(((RulebookValidationException) e).problems())
            .extracting(p -> p.path().replaceAll(".*\\.params\\.", "params.") + " " + p.code())
            .containsExactlyInAnyOrder("params.min PARAMETER_RANGE", "params.extra UNKNOWN_PARAMETER"));
  }
}
