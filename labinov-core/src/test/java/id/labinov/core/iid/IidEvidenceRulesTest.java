package id.labinov.core.iid;

import static id.labinov.core.iid.IidFixtures.YEAR;
import static id.labinov.core.iid.IidFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemeValidationException;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.SchemeProblem;
import id.labinov.core.i18n.Messages;
import id.labinov.core.rules.RuleParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IidEvidenceRulesTest {
  static String shippedJson() {
    try (InputStream in = IidEvidenceRulesTest.class.getResourceAsStream(EvidenceRules.IID_INNOVATION_INDICATORS_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String minimal(String levels) {
    return """
        {"format": "labinov-iid-evidence-rules/1", "scheme": {"id": "s", "version": 1}, "verified": false, "source": "test",
         "indicators": [{"code": "A", "number": 1, "mandatory": false, "verified": false, "source": "test",
           "levels": %s}]}""".formatted(levels);
  }

  private static List<SchemeProblem> problems(String json, EvidenceRuleTypes types) {
    EvaluationSchemeValidationException e = catchThrowableOfType(
        () -> EvidenceRules.parse("test.json", json, types), EvaluationSchemeValidationException.class);
    assertThat(e).as("rules refused").isNotNull();
    return e.problems();
  }

  @Test
  void theShippedRulesCoverEveryIndicatorOfTheShippedSchemeAndSayTheyAreUnverified() {
    EvidenceRules rules = EvidenceRules.iidInnovationIndicators();
    EvaluationScheme scheme = EvaluationSchemes.iidInnovationIndicators();

    assertThat(rules.schemeId()).isEqualTo(scheme.id());
    assertThat(rules.verified()).isFalse();
    assertThat(rules.indicators()).hasSize(20).allSatisfy(p -> {
      assertThat(p.verified()).isFalse();
      assertThat(p.levels()).isEqualTo(3);
      assertThat(p.source()).containsAnyOf("[U1]", "[I]");
    });
    assertThat(rules.indicators()).filteredOn(IndicatorProvenance::mandatory).extracting(IndicatorProvenance::number)
        .containsExactly(1, 2, 17, 18, 20);
    assertThat(rules.indicators()).extracting(IndicatorProvenance::code)
        .containsExactlyElementsOf(scheme.criteria().stream().map(c -> c.code()).toList());
    assertThat(Preflight.of(scheme, rules).scheme()).isSameAs(scheme);
  }

  @Test
  void reportsEveryProblemWithItsJsonPath() {
    String json = minimal("""
        [[{"type": "document", "params": {"kinds": ["perda"], "window": "T-0..T-2", "issuerLevels": ["BUPATI"], "colour": "red"}}],
         [{"type": "stated-value", "params": {"unit": "PEOPLE", "min": 10, "max": 5}}],
         [{"type": "no-such-type"}]]""");

    List<SchemeProblem> problems = problems(json, EvidenceRuleTypes.builtIn());

    assertThat(problems).extracting(SchemeProblem::path).containsExactly(
        "$.indicators[0].levels[0][0].params.kinds",
        "$.indicators[0].levels[0][0].params.issuerLevels",
        "$.indicators[0].levels[0][0].params.window",
        "$.indicators[0].levels[0][0].params.colour",
        "$.indicators[0].levels[1][0].params.max",
        "$.indicators[0].levels[2][0].type");
    assertThat(problems.get(2).message(Messages.INDONESIAN))
        .contains("T-0..T-2").contains("T-2..T-0");
    assertThat(problems.get(5).message(Locale.ENGLISH))
        .contains("no-such-type").contains("document, stated-value");
  }

  @Test
  void refusesAnotherFormatAndMalformedJson() {
    List<SchemeProblem> wrong = problems(minimal("[[{\"type\": \"document\", \"params\": {\"kinds\": [\"SOP\"]}}]]")
        .replace("labinov-iid-evidence-rules/1", "labinov-iid-evidence-rules/9"), EvidenceRuleTypes.builtIn());
    assertThat(wrong).extracting(SchemeProblem::path, SchemeProblem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("$.format", "UNSUPPORTED_FORMAT"));

    List<SchemeProblem> broken = problems("{\"format\": ", EvidenceRuleTypes.builtIn());
    assertThat(broken).singleElement().extracting(SchemeProblem::code).isEqualTo("JSON_SYNTAX");

    List<SchemeProblem> empty = problems(minimal("[[]]"), EvidenceRuleTypes.builtIn());
    assertThat(empty).extracting(SchemeProblem::path).containsExactly("$.indicators[0].levels[0]");
  }

  /** A region's own requirement: the innovation is listed in the region's innovation directory. */
  static final class Listed implements EvidenceRuleType {
    @Override
    public String name() {
      return "lebak:listed";
    }

    @Override
    public EvidenceRule create(RuleParameters parameters) {
      String code = parameters.text("directoryKind");
      return input -> input.documents().stream().anyMatch(d -> d.kind().code().equals(code))
          ? RequirementOutcome.met(input.documents().stream().map(EvidenceDocument::id).toList())
          : RequirementOutcome.unmet(List.of(Gap.absent("NO_DOCUMENT", List.of(DocumentKind.of(code)))));
    }
  }

  @Test
  void customRequirementTypesPlugInThroughTheBuilder() {
    EvidenceRuleTypes types = EvidenceRuleTypes.builder().register(new Listed()).build();
    String json = shippedJson().replace(
        "{\"type\": \"document\", \"params\": {\"kinds\": [\"DECREE\"], \"issuerLevels\": [\"REGIONAL_HEAD\", \"OPD_HEAD\"]}}",
        "{\"type\": \"lebak:listed\", \"params\": {\"directoryKind\": \"LEBAK_DIRECTORY\"}}");

    assertThat(types.names()).containsExactly("document", "stated-value", "lebak:listed");
    assertThat(problems(json, EvidenceRuleTypes.builtIn())).extracting(SchemeProblem::code).containsExactly("UNKNOWN_RULE_TYPE");
    Preflight preflight = Preflight.of(EvaluationSchemes.iidInnovationIndicators(), EvidenceRules.parse("lebak.json", json, types));
    EvidenceDocument listing = IidFixtures.document("dir-1", DocumentKind.of("LEBAK_DIRECTORY"), IssuerLevel.OPD_HEAD, "2024-01-01");

    ClaimResult result = preflight.run(YEAR, List.of(claim("REGULATION", 1, "dir-1")), List.of(listing)).results().get(0);

    assertThat(result.supportedLevel()).isEqualTo(1);
    assertThat(result.supportingDocuments()).containsExactly("dir-1");
  }

  @Test
  void refusesMalformedAndClashingTypeNames() {
    InvalidValueException bad = catchThrowableOfType(() -> EvidenceRuleTypes.builder().register(new EvidenceRuleType() {
      @Override
      public String name() {
        return "Lebak Listed";
      }

      @Override
      public EvidenceRule create(RuleParameters parameters) {
        return null;
      }
    }), InvalidValueException.class);
    assertThat(bad.code()).isEqualTo("INVALID_RULE_TYPE_NAME");
    assertThat(EvidenceRuleTypes.discovered().names()).contains("document", "stated-value");
  }
}
