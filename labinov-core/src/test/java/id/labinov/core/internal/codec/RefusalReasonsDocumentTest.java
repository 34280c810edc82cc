package id.labinov.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.Refusal.Reason;
import id.labinov.core.error.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal's reasons as a stored document: the pinned format 1, round trips, and bad documents. */
class RefusalReasonsDocumentTest {
  private static final List<Reason> REASONS = List.of(
      new Reason("EVIDENCE_MISSING", "evidence", List.of("COMMITMENT_LETTER", "0", "1")),
      new Reason("UNICODE", null, List.of("Lebak \u00e9 \ud83d\ude00 \"kutip\"", "")),
      new Reason("NONE", "command", List.of()));
  /** Format 1 as written: keys sorted, pure ASCII, a reason without a rule leaves {@code rule} out. */
  private static final String PINNED = "{\"format\":1,\"reasons\":["
      + "{\"arguments\":[\"COMMITMENT_LETTER\",\"0\",\"1\"],\"code\":\"EVIDENCE_MISSING\",\"rule\":\"evidence\"},"
      + "{\"arguments\":[\"Lebak \\u00e9 \\ud83d\\ude00 \\\"kutip\\\"\",\"\"],\"code\":\"UNICODE\"},"
      + "{\"arguments\":[],\"code\":\"NONE\",\"rule\":\"command\"}]}";

  @Test
  void writesThePinnedFormAndReadsItBackEqual() {
    assertThat(StoredDocuments.refusalReasonsToJson(REASONS)).isEqualTo(PINNED);
    assertThat(StoredDocuments.refusalReasonsFromJson(PINNED)).isEqualTo(REASONS);
    assertThat(StoredDocuments.refusalReasonsFromJson(StoredDocuments.refusalReasonsToJson(List.of()))).isEmpty();
  }

  @Test
  void aDocumentOfAnotherFormatOrShapeIsUnreadableNamingThePath() {
    assertThatThrownBy(() -> StoredDocuments.refusalReasonsFromJson("{\"format\":2,\"reasons\":[]}"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_STORED_DOCUMENT");
          assertThat(e.field()).isEqualTo("$.format");
          assertThat(e.getMessage()).contains("refusal");
        });
    assertThatThrownBy(() -> StoredDocuments.refusalReasonsFromJson("{\"format\":1,\"reasons\":[{\"arguments\":[]}]}"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("$.reasons[0].code"));
    assertThatThrownBy(() -> StoredDocuments.refusalReasonsFromJson("{\"format\":1,\"reasons\":[{\"code\":\"X\","
        + "\"arguments\":[1]}]}"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("$.reasons[0].arguments[0]"));
    assertThatThrownBy(() -> StoredDocuments.refusalReasonsFromJson("[]"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("$"));
  }

  @Test
  void refusesMissingReasons() {
    assertThatThrownBy(() -> StoredDocuments.refusalReasonsToJson(null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reasons"));
    assertThatThrownBy(() -> StoredDocuments.refusalReasonsToJson(java.util.Arrays.asList(REASONS.get(0), null)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reasons[]"));
  }
}
