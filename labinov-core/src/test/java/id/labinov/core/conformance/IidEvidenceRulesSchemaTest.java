package id.labinov.core.conformance;

import static id.labinov.core.conformance.ConformanceCases.object;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.iid.EvidenceRules;
import id.labinov.core.internal.json.JsonTree;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evidence-rules JSON Schema: satisfied by the shipped rules, refusing what the reader refuses. */
class IidEvidenceRulesSchemaTest {
  private final MiniSchema validator = new MiniSchema(object(ConformanceCases.parse(EvidenceRules.SCHEMA_RESOURCE), "schema"));

  private static String shipped() {
    return JsonTree.document(ConformanceCases.parse(EvidenceRules.IID_INNOVATION_INDICATORS_RESOURCE));
  }

  @Test
  void theShippedRulesSatisfyIt() {
    assertThat(validator.validate(ConformanceCases.parse(EvidenceRules.IID_INNOVATION_INDICATORS_RESOURCE))).isEmpty();
  }

  @Test
  void refusesWhatTheReaderRefuses() {
    Map<String, String> broken = Map.of(
        "unknown parameter", shipped().replace("\"distinctYears\":true", "\"distinctYears\":true,\"colour\":\"red\""),
        "window written backwards", shipped().replace("\"T-2..T-1\"", "\"T-1..T-2x\""),
        "issuer level unknown", shipped().replace("\"EXTERNAL\"", "\"UNIVERSITAS\""),
        "stated value without unit", shipped().replace(",\"unit\":\"MONTHS\"", ""),
        "another format", shipped().replace("labinov-iid-evidence-rules/1", "labinov-iid-evidence-rules/2"));

    broken.forEach((what, json) -> {
      assertThat(json).as(what).isNotEqualTo(shipped());
      List<String> errors = validator.validate(JsonTree.parse(json));
      assertThat(errors).as(what).isNotEmpty();
    });
  }
}
