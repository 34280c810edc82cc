package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.Approval;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.engine.StorageException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.Condition;
import id.labinov.core.internal.codec.StoredDocuments;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The state document the JDBC store keeps in the state row (written by core's
 * {@link StoredDocuments}): pure ASCII, reads back equal, and a row changed outside labinov is a
 * storage failure naming the innovation and the JSON path. Forms written by earlier versions are
 * pinned in core ({@code PinnedFormsTest}).
 */
class JsonAndStateCodecTest {
  private static final Instant T = Instant.parse("2026-02-03T04:05:06.123456Z");

  static InnovationState richState() {
    InnovationDetails details = new InnovationDetails("Layanan \"Cepat\" \\ İstanbul ✓ 😀 \u0001\u2028",
        OpdCode.of("DINKES"), Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL, InitiatorType.values()[0],
        GovernmentAffair.KESEHATAN, Set.of(Theme.of("KOTA_LAYAK_ANAK"), Theme.of("STUNTING")),
        Map.of(InnovationDetails.PROBLEM, "baris satu\nbaris dua\ttab", "catatanLain", "\u001F kontrol \\u0000 \uD83D\uDE00"));
    return new InnovationState(Fixtures.JAYAPURA, InnovationId.generate(T, new Random(1)), "5d", 3, "prog-2026",
        details, "DESIGN", InnovationStatus.ON_HOLD,
        List.of(new Approval(PersonId.of("kadis"), Role.OPD_HEAD, T)),
        List.of(new Condition("c4-1", "Lengkapi SK")),
        List.of(Fixtures.evidence("ACTION_PLAN", 3), Fixtures.evidence("PHOTO", Long.MAX_VALUE - 1000)),
        List.of(new StageVisit("DRUM_UP", T.minusSeconds(99_999), T.minusSeconds(50_000), List.of()),
            new StageVisit("DESIGN", T.minusSeconds(50_000), null,
                List.of(new HoldPeriod(T.minusSeconds(40_000), T.minusSeconds(30_000)), new HoldPeriod(T, null)))),
        PersonId.of("asn-1"), T.minusSeconds(99_999), T, 12);
  }

  @Test
  void aStateReadsBackEqualFromPureAsciiJson() {
    InnovationState s = richState();

    String json = StoredDocuments.stateToJson(s);

    assertThat(json).matches("[\\x20-\\x7e]*").startsWith("{\"approvals\":");
    assertThat(StoredDocuments.stateFromJson(json)).isEqualTo(s);
  }

  @Test
  void aMinimalStateReadsBackEqual() {
    InnovationState s = new InnovationState(Fixtures.LEBAK, InnovationId.generate(T, new Random(2)), "5d", 1, null,
        InnovationDetails.titled("x"), "DRUM_UP", InnovationStatus.ACTIVE, List.of(), List.of(), List.of(),
        List.of(new StageVisit("DRUM_UP", T, null, List.of())), PersonId.of("p"), T, T, 1);

    assertThat(StoredDocuments.stateFromJson(StoredDocuments.stateToJson(s))).isEqualTo(s);
    assertThat(StoredDocuments.stateToJson(s)).doesNotContain("programmeId").doesNotContain("leftAt");
  }

  @Test
  void refusesAnUnknownFormatNamingItsPath() {
    String json = StoredDocuments.stateToJson(richState()).replace("\"format\":1", "\"format\":2");

    assertThatThrownBy(() -> StoredDocuments.stateFromJson(json))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_STORED_DOCUMENT");
          assertThat(e.field()).isEqualTo("$.format");
        })
        .hasMessageContaining("unknown state format 2");
  }

  @Test
  void aRowChangedOutsideLabinovIsAStorageFailureNamingTheInnovation() {
    String json = StoredDocuments.stateToJson(richState()).replace("\"version\":12", "\"version\":\"12\"");

    assertThatThrownBy(() -> StoredState.read(json, "91.71/x"))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("read the stored state of 91.71/x")
        .cause().isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("$.version"));
  }
}
