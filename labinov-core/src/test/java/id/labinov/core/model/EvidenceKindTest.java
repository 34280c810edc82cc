package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceKindTest {

  @ParameterizedTest(name = "accepts {0}")
  @ValueSource(strings = {"COMMITMENT_LETTER", "ACTION_PLAN", "DECREE", "PHOTO", "VIDEO", "SK_2"})
  void acceptsUpperSnakeKinds(String code) {
    EvidenceKind kind = EvidenceKind.of(code);

    assertThat(kind.code()).isEqualTo(code);
    assertThat(kind).hasToString(code).isEqualTo(new EvidenceKind(code));
  }

  @Test
  void ordersByCode() {
    assertThat(EvidenceKind.of("ACTION_PLAN")).isLessThan(EvidenceKind.of("DECREE"));
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(strings = {"", "P", "photo", "2PHOTO", "_PHOTO", "ACTION-PLAN", "ACTION PLAN"})
  void refusesKindThatIsNotUpperSnake(String code) {
    var e = assertRefused(() -> EvidenceKind.of(code), "INVALID_EVIDENCE_KIND", "evidenceKind", code);

    assertThat(e.messageKey()).isEqualTo("error.evidenceKind");
  }

  @Test
  void refusesFortyOneCharacters() {
    String code = "K".repeat(41);

    assertRefused(() -> EvidenceKind.of(code), "INVALID_EVIDENCE_KIND", "evidenceKind", code);
  }

  @Test
  void refusesNull() {
    assertRefused(() -> EvidenceKind.of(null), "INVALID_EVIDENCE_KIND", "evidenceKind", "null");
    assertRefused(() -> new EvidenceKind(null), "INVALID_EVIDENCE_KIND", "evidenceKind", "null");
  }
}
