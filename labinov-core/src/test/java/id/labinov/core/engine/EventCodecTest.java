package id.labinov.core.engine;

import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.START;
import static id.labinov.core.facade.LabFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.Condition;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.event.UnknownEvent;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical JSON form of events: round trips, sorted keys, tolerant of unknown types. */
class EventCodecTest {
  private static final InnovationId ID = InnovationId.parse("018e0a1b-2c3d-7e4f-8a9b-0c1d2e3f4a5b");

  private static EventMetadata meta(long sequence, String key) {
    return new EventMetadata(UUID.fromString("018e0a1b-2c3d-7e4f-8a9b-00000000000" + (sequence % 10)), LEBAK, ID,
        sequence, START.plusMillis(sequence).plusNanos(123_000), PersonId.of("asn-dinkes-017"), "5d", 1, key);
  }

  private static InnovationDetails fullDetails() {
    return LabFixture.details()
        .withInitiatorType(InitiatorType.ASN)
        .withGovernmentAffair(GovernmentAffair.KESEHATAN)
        .withThemes(Set.of(Theme.of("STUNTING"), Theme.of("KOTA_LAYAK_ANAK")))
        .withText(InnovationDetails.PROBLEM, "Cakupan imunisasi rendah — \"jarak\" jauh; ibu\nhamil.")
        .withText(InnovationDetails.IDEA_SUMMARY, "Pengingat é (NFC) lewat WhatsApp.");
  }

  static Stream<InnovationEvent> everyEventType() {
    return Stream.of(
        new InnovationProposed(meta(1, "form-1"), fullDetails(), "pekan-2024", "DRUM_UP"),
        new InnovationProposed(meta(1, null), InnovationDetails.titled("Minimal"), null, "DRUM_UP"),
        new DetailsUpdated(meta(2, null), fullDetails()),
        new EvidenceAttached(meta(3, null), evidence("COMMITMENT_LETTER", "komitmen.pdf")),
        new ApprovalRecorded(meta(4, null), Role.OPD_HEAD, "Kami berkomitmen"),
        new ApprovalRecorded(meta(4, null), Role.COACH, null),
        new StageAdvanced(meta(5, null), "drum-up-to-diagnose", "DRUM_UP", "DIAGNOSE"),
        new StageAdvancedConditionally(meta(6, "adv-6"), "design-to-deliver-conditional", "DESIGN", "DELIVER",
            List.of(new Condition("c6-1", "Lengkapi SK"), new Condition("c6-2", "Unggah foto"))),
        new ConditionCleared(meta(7, null), "c6-1", "SK terbit"),
        new ConditionCleared(meta(7, null), "c6-2", null),
        new ReturnedForRework(meta(8, null), "return-to-design", "DELIVER", "DESIGN", "Rencana aksi direvisi"),
        new PutOnHold(meta(9, null), "Pilkada"),
        new Resumed(meta(10, null), "Lanjut"),
        new Resumed(meta(10, null), null),
        new Dropped(meta(11, null), "Tidak ada anggaran"),
        new Reopened(meta(12, null), "Anggaran perubahan"),
        new RulebookMigrated(new EventMetadata(UUID.randomUUID(), LEBAK, ID, 13, START, PersonId.of("admin"),
            "5d-plus-1", 1, null), "5d", 1),
        new UnknownEvent(meta(14, null), "ScoreRecorded", "{\"a\":[1,2.50,null,true],\"z\":\"x\"}"),
        new OpdChanged(meta(15, null), OpdCode.of("DINKES"), OpdCode.of("DISDIK"), "Reorganisasi perangkat daerah"),
        new OpdChanged(meta(15, null), null, OpdCode.of("DISDIK"), "OPD pertama"),
        new OwnerHandedOver(meta(16, "serah-16"), PersonId.of("asn-dinkes-017"), PersonId.of("asn-dinkes-044"),
            OpdCode.of("DINKES"), null, "Mutasi ke Puskesmas \"Cempaka\""),
        new OwnerHandedOver(meta(16, null), PersonId.of("asn-dinkes-017"), PersonId.of("asn-disdik-005"),
            OpdCode.of("DINKES"), OpdCode.of("DISDIK"), "Pensiun"),
        new OwnerHandedOver(meta(16, null), PersonId.of("asn-dinkes-017"), PersonId.of("asn-disdik-005"), null,
            OpdCode.of("DISDIK"), "Pindah\tunit"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEventType")
  void decodingTheEncodedBytesGivesAnEqualEvent(InnovationEvent event) {
    byte[] bytes = EventCodec.encode(event);

    InnovationEvent decoded = EventCodec.decode(bytes);

    assertThat(decoded).isEqualTo(event);
    assertThat(decoded.type()).isEqualTo(event.type());
    assertThat(EventCodec.encode(decoded)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEventType")
  void theCanonicalJsonHasSortedKeysAndNoWhiteSpaceBetweenTokens(InnovationEvent event) {
    String json = EventCodec.toJson(event);

    assertKeysSorted(JsonTree.parse(json), "$");
    assertThat(json).startsWith("{\"data\":").contains(",\"meta\":{\"actor\":\"")
        .endsWith(",\"type\":\"" + event.type() + "\"}");
    assertThat(json).isEqualTo(JsonTree.canonical(JsonTree.parse(json)));
    assertThat(stripStrings(json)).doesNotContain(" ", "\n", "\t");
    assertThat(new String(EventCodec.encode(event), StandardCharsets.UTF_8)).isEqualTo(json);
  }

  @Test
  void theCanonicalFormOfAnEventIsExactlyAsDocumented() {
    StageAdvanced e = new StageAdvanced(new EventMetadata(UUID.fromString("018e0a1b-2c3d-7e4f-8a9b-000000000005"),
        LEBAK, ID, 5, START, PersonId.of("asn-dinkes-017"), "5d", 1, null), "drum-up-to-diagnose", "DRUM_UP", "DIAGNOSE");

    assertThat(EventCodec.toJson(e)).isEqualTo("{\"data\":{\"fromStage\":\"DRUM_UP\",\"toStage\":\"DIAGNOSE\","
        + "\"transitionId\":\"drum-up-to-diagnose\"},\"meta\":{\"actor\":\"asn-dinkes-017\","
        + "\"eventId\":\"018e0a1b-2c3d-7e4f-8a9b-000000000005\",\"innovationId\":\"" + ID + "\","
        + "\"occurredAt\":\"2024-03-04T02:00:00Z\",\"region\":\"36.02\",\"rulebookId\":\"5d\",\"rulebookVersion\":1,"
        + "\"sequence\":5},\"type\":\"StageAdvanced\"}");
  }

  @Test
  void everyEventTypeOfTheDeciderIsCovered() {
    List<String> covered = everyEventType().map(InnovationEvent::type).distinct().toList();

    assertThat(covered).contains("InnovationProposed", "DetailsUpdated", "EvidenceAttached", "ApprovalRecorded",
        "StageAdvanced", "StageAdvancedConditionally", "ConditionCleared", "ReturnedForRework", "PutOnHold",
        "Resumed", "Dropped", "Reopened", "RulebookMigrated", "ScoreRecorded", "OpdChanged", "OwnerHandedOver");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "not json",
      "",
      "[]",
      "{\"type\":\"StageAdvanced\"}",
      "{\"type\":\"PutOnHold\",\"meta\":{\"eventId\":\"nope\"},\"data\":{}}",
      "{\"data\":{},\"meta\":{},\"type\":42}",
      "{\"type\":\"PutOnHold\",\"type\":\"Resumed\"}"})
  void garbageIsAnInvalidEventPayload(String garbage) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> EventCodec.decode(garbage.getBytes(StandardCharsets.UTF_8)));

    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo("INVALID_EVENT_PAYLOAD");
    assertThat(e.field()).isEqualTo("payload");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("Stored event payload is unreadable");
    assertThat(e.getMessage(Messages.INDONESIAN)).contains("Muatan peristiwa tersimpan tidak terbaca");
  }

  @Test
  void aKnownTypeWithABadValueIsAnInvalidEventPayload() {
    String json = EventCodec.toJson(new ApprovalRecorded(meta(4, null), Role.OPD_HEAD, null))
        .replace("\"OPD_HEAD\"", "\"KING\"");

    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> EventCodec.fromJson(json));

    assertThat(e.code()).isEqualTo("INVALID_EVENT_PAYLOAD");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"sequence\":9|\"sequence\":\"9\"|$.meta.sequence: a whole number is required, found a text",
      "\"sequence\":9|\"sequence\":9.5|$.meta.sequence: a whole number is required, found 9.5",
      "\"data\":{\"reason\":\"Pilkada\"}|\"data\":[\"Pilkada\"]|$.data: an object is required, found an array",
      "\"reason\":\"Pilkada\"|\"reason\":7|$.data.reason: a text is required, found 7"})
  void aMistypedMemberIsNamedByItsJsonPath(String from, String to, String problem) {
    String json = EventCodec.toJson(new PutOnHold(meta(9, null), "Pilkada"));
    assertThat(json).contains(from);

    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> EventCodec.fromJson(json.replace(from, to)));

    assertThat(e.code()).isEqualTo("INVALID_EVENT_PAYLOAD");
    assertThat(e.getMessage(Locale.ENGLISH)).contains(problem);
  }

  @Test
  void anUnknownTypeDecodesToAnUnknownEventAndEncodesToTheSameBytes() {
    String stored = "{\"data\":{\"evaluator\":\"penilai-01\",\"score\":87.50,\"tags\":[\"a\",null,true]},"
        + "\"meta\":{\"actor\":\"penilai-01\",\"eventId\":\"018e0a1b-2c3d-7e4f-8a9b-000000000009\","
        + "\"innovationId\":\"" + ID + "\",\"occurredAt\":\"2024-03-04T02:00:00.123456Z\",\"region\":\"36.02\","
        + "\"rulebookId\":\"5d\",\"rulebookVersion\":1,\"sequence\":9},\"type\":\"ScoreRecorded\"}";
    byte[] bytes = stored.getBytes(StandardCharsets.UTF_8);

    InnovationEvent decoded = EventCodec.decode(bytes);

    assertThat(decoded).isInstanceOf(UnknownEvent.class);
    assertThat(decoded.type()).isEqualTo("ScoreRecorded");
    assertThat(decoded.metadata().sequence()).isEqualTo(9);
    assertThat(((UnknownEvent) decoded).payloadJson()).contains("87.50");
    assertThat(EventCodec.encode(decoded)).isEqualTo(bytes);
  }

  @Test
  void equivalentNonCanonicalJsonDecodesToTheSameEvent() {
    PutOnHold e = new PutOnHold(meta(9, null), "Pilkada");
    String canonical = EventCodec.toJson(e);
    String spaced = "{ \"type\" : \"PutOnHold\", " + canonical.substring(1, canonical.lastIndexOf(",\"type\""))
        .replace(",", ",\n  ") + " }";

    assertThat(EventCodec.fromJson(spaced)).isEqualTo(e);
  }

  @Test
  void eventsFromTheFacadeRoundTrip() {
    LabFixture f = LabFixture.create();
    var ref = f.inDeliverWithConditions("Lengkapi SK");
    f.lab.innovations().clearCondition(ref, LabFixture.ADMIN, f.state(ref).openConditions().get(0).id(), null,
        Options.idempotent("clear-1")).orThrow();

    for (InnovationEvent e : f.history(ref)) {
      assertThat(EventCodec.decode(EventCodec.encode(e))).as(e.type()).isEqualTo(e);
    }
  }

  private static void assertKeysSorted(Object node, String path) {
    if (node instanceof Map<?, ?> m) {
      List<String> keys = new ArrayList<>();
      m.keySet().forEach(k -> keys.add((String) k));
      assertThat(keys).as("keys at " + path).isSorted();
      m.forEach((k, v) -> assertKeysSorted(v, path + "." + k));
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        assertKeysSorted(l.get(i), path + "[" + i + "]");
      }
    }
  }

  /** Removes the contents of JSON strings, leaving the structure. */
  private static String stripStrings(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          out.append(c);
        }
      } else {
        out.append(c);
        if (c == '"') {
          inString = true;
        }
      }
    }
    return out.toString();
  }
}
