package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.HistoryProblemKind;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.UnknownEvent;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationStore;
import id.labinov.reporting.data.AuditAction;
import id.labinov.reporting.data.AuditEntry;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditTrailTest {
  static LebakData data;
  static AuditTrail trail;

  @BeforeAll
  static void compute() {
    data = LebakData.create();
    trail = Reports.builder().labinov(data.scenario.lab).directory(LebakData.DIRECTORY).build()
        .auditTrail(data.ref(10));
  }

  @Test
  void listsEveryEventWithWhoDidWhatWhenAndWhy() {
    List<InnovationEvent> history = data.scenario.lab.innovations().history(data.ref(10));
    assertThat(trail.entries()).hasSameSizeAs(history);
    for (int i = 0; i < history.size(); i++) {
      AuditEntry e = trail.entries().get(i);
      assertThat(e.sequence()).isEqualTo(history.get(i).metadata().sequence());
      assertThat(e.occurredAt()).isEqualTo(history.get(i).metadata().occurredAt());
      assertThat(e.actor()).isEqualTo(history.get(i).metadata().actor());
      assertThat(e.eventType()).isEqualTo(history.get(i).type());
    }
    assertThat(trail.entries()).extracting(AuditEntry::action).containsExactly(
        AuditAction.PROPOSED, AuditAction.EVIDENCE_ATTACHED, AuditAction.APPROVED, AuditAction.ADVANCED,
        AuditAction.DETAILS_UPDATED, AuditAction.ADVANCED, AuditAction.RETURNED_FOR_REWORK, AuditAction.ADVANCED);
    AuditEntry back = trail.entries().get(6);
    assertThat(back.stage()).isEqualTo("DESIGN");
    assertThat(back.toStage()).isEqualTo("DIAGNOSE");
    assertThat(back.reason()).isEqualTo("Rancang bangun belum jelas");
    assertThat(back.actor()).isEqualTo(PersonId.of("coach-lan-03"));
    assertThat(back.occurredAt()).isEqualTo(Scenario.day(35).plusSeconds(9 * 60));
    AuditEntry again = trail.entries().get(7);
    assertThat(again.stage()).isEqualTo("DIAGNOSE");
    assertThat(again.toStage()).isEqualTo("DESIGN");
    assertThat(trail.entries().get(2).role()).isEqualTo(Role.OPD_HEAD);
    assertThat(trail.entries().get(2).reason()).isEqualTo("Kami berkomitmen");
    // fields and evidence kinds in words of the report's language (Indonesian here), never their codes
    assertThat(trail.entries().get(4).detail()).isEqualTo("Ringkasan ide, Rumusan masalah");
    assertThat(trail.entries().get(1).detail()).startsWith("Surat komitmen: https://");
    assertThat(trail.findVerification()).isEmpty();
  }

  @Test
  void dropsAndReopensShowTheirReasons() {
    AuditTrail parkir = Reports.builder().labinov(data.scenario.lab).build().auditTrail(data.ref(13));
    List<AuditEntry> last = parkir.entries().subList(parkir.entries().size() - 2, parkir.entries().size());
    assertThat(last).extracting(AuditEntry::action).containsExactly(AuditAction.DROPPED, AuditAction.REOPENED);
    assertThat(last).extracting(AuditEntry::reason).containsExactly("Vendor mundur", "Vendor baru");
    assertThat(last).extracting(AuditEntry::stage).containsOnly("DELIVER");
  }

  @Test
  void actorNamesComeFromTheDirectory() {
    AuditTrail posyandu = Reports.builder().labinov(data.scenario.lab).directory(LebakData.DIRECTORY).build()
        .auditTrail(data.ref(1));
    assertThat(posyandu.entries().get(0).actorName()).isEqualTo("dr. Siti Aminah");
    assertThat(posyandu.entries().get(2).actorName()).isNull();
  }

  @Test
  void anErasedPersonPrintsAsErasedInTheReportLanguageAndACorrectionShowsAtOnce() {
    id.labinov.core.memory.InMemoryDirectory names = new id.labinov.core.memory.InMemoryDirectory();
    names.putAll(java.util.List.of(id.labinov.core.spi.DirectoryEntry.person(PersonId.of("asn-dinkes"), "dr. Siti Aminah")));
    names.correctPersonName(PersonId.of("asn-dinkes"), "dr. Siti Aminah, M.Kes.");
    assertThat(Reports.builder().labinov(data.scenario.lab).directory(names).build().auditTrail(data.ref(1))
        .entries().get(0).actorName()).isEqualTo("dr. Siti Aminah, M.Kes.");

    names.erasePerson(PersonId.of("asn-dinkes"));

    AuditTrail indonesian = Reports.builder().labinov(data.scenario.lab).directory(names).build().auditTrail(data.ref(1));
    AuditTrail english = Reports.builder().labinov(data.scenario.lab).directory(names).locale(Locale.ENGLISH).build()
        .auditTrail(data.ref(1));
    assertThat(indonesian.entries().get(0).actorName()).isEqualTo("(dihapus)");
    assertThat(english.entries().get(0).actorName()).isEqualTo("(erased)");
    assertThat(indonesian.entries().get(2).actorName()).as("unknown stays unknown").isNull();
    assertThat(new String(Rendered.json(indonesian), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Siti");
  }

  @Test
  void theTamperCheckIsReportedWhenAVerifierIsGiven() {
    HistoryVerifier broken = ref -> HistoryVerification.broken(ref, 8, 5, HistoryProblemKind.HASH_MISMATCH);
    AuditTrail checked = Reports.builder().labinov(data.scenario.lab).historyVerifier(broken).build()
        .auditTrail(data.ref(10));
    assertThat(checked.verification().ok()).isFalse();
    Map<String, String> facts = Rendered.plainCsv(checked, "facts").stream()
        .collect(Collectors.toMap(r -> r.get("key"), r -> r.get("value")));
    assertThat(facts).containsEntry("verification", "BROKEN").containsEntry("firstBrokenSequence", "5")
        .containsEntry("eventsChecked", "8").containsEntry("verificationDetail", "HASH_MISMATCH");
    AuditTrail intact = Reports.builder().labinov(data.scenario.lab).historyVerifier(r -> HistoryVerification.intact(r, 8))
        .locale(Locale.ENGLISH).build().auditTrail(data.ref(10));
    assertThat(Rendered.jsonTree(intact).get("facts").get("verificationLabel").asString()).isEqualTo("Intact");
    assertThat(Rendered.jsonTree(trail).get("facts").get("verification").asString()).isEqualTo("NOT_AVAILABLE");
  }

  @Test
  void coresVerificationOverTheInMemoryStoreChecksEveryEventOfTheTrail() {
    AuditTrail checked = Reports.builder().labinov(data.scenario.lab)
        .historyVerifier(data.scenario.lab.verifications()::verify).build().auditTrail(data.ref(10));

    assertThat(checked.verification().ok()).isTrue();
    assertThat(checked.verification().ref()).isEqualTo(data.ref(10));
    assertThat(checked.verification().eventsChecked()).isEqualTo(checked.entries().size()).isPositive();
  }

  @Test
  void eventsOfUnknownTypesAreListedNotLost() {
    InnovationStore withUnknown = new InnovationStore() {
      @Override
      public Optional<InnovationState> load(InnovationRef ref) {
        return data.scenario.store.load(ref);
      }

      @Override
      public Optional<IdempotencyRecord> append(Append append) {
        return data.scenario.store.append(append);
      }

      @Override
      public Optional<IdempotencyRecord> findIdempotency(RegionCode region, String key, Instant now) {
        return data.scenario.store.findIdempotency(region, key, now);
      }

      @Override
      public List<InnovationEvent> history(InnovationRef ref) {
        List<InnovationEvent> h = new ArrayList<>(data.scenario.store.history(ref));
        h.add(new UnknownEvent(new EventMetadata(UUID.nameUUIDFromBytes(new byte[] {1}), ref.region(), ref.id(),
            h.size() + 1, LebakData.REPORT_TIME, PersonId.of("sistem-lain"), "5d", 1, null), "SurveyCompleted",
            "{\"respondents\":120}"));
        return h;
      }

      @Override
      public int purgeExpiredIdempotencyKeys(Instant now) {
        return 0;
      }
    };
    Labinov lab = Labinov.builder().clock(data.scenario.clock).innovationStore(withUnknown).query(data.scenario.store)
        .rulebookStore(data.scenario.rulebooks).build();
    AuditTrail t = Reports.builder().labinov(lab).build().auditTrail(data.ref(12));
    AuditEntry last = t.entries().get(t.entries().size() - 1);
    assertThat(last.action()).isEqualTo(AuditAction.OTHER);
    assertThat(last.eventType()).isEqualTo("SurveyCompleted");
    assertThat(last.detail()).isEqualTo("{\"respondents\":120}");
    assertThat(Rendered.localizedCsv(t, "events").get(t.entries().size() - 1)).containsEntry("Tindakan", "Kejadian lain");
  }

  @Test
  void everyFormatCarriesTheEvents() {
    JsonNode events = Rendered.jsonTree(trail).get("tables").get("events");
    assertThat(events.size()).isEqualTo(trail.entries().size());
    assertThat(events.get(6).get("action").asString()).isEqualTo("RETURNED_FOR_REWORK");
    assertThat(events.get(6).get("occurredAt").asString()).isEqualTo("2024-04-08T02:09:00Z");
    assertThat(events.get(6).get("reason").asString()).isEqualTo("Rancang bangun belum jelas");

    List<Map<String, String>> id = Rendered.localizedCsv(trail, "events");
    assertThat(id.get(6)).containsEntry("Waktu", "8 April 2024 09.09 WIB")
        .containsEntry("Tindakan", "Dikembalikan untuk diperbaiki").containsEntry("Tahap tujuan", "Diagnose").containsEntry("ID pelaku", "coach-lan-03");
    AuditTrail en = Reports.builder().labinov(data.scenario.lab).locale(Locale.ENGLISH).build().auditTrail(data.ref(10));
    assertThat(Rendered.localizedCsv(en, "events").get(6)).containsEntry("Time", "8 April 2024 09:09 WIB")
        .containsEntry("Action", "Returned for rework").containsEntry("Target stage", "Diagnose");

    List<Map<String, Cell>> sheet = Xlsx.rows(Rendered.workbook(trail).get("Riwayat"));
    assertThat(sheet).hasSize(trail.entries().size());
    assertThat(sheet.get(6).get("Waktu").getType()).isEqualTo(CellType.NUMBER);
    assertThat(sheet.get(6).get("Waktu").asDate()).isEqualTo(LocalDateTime.of(2024, 4, 8, 9, 9));
    assertThat(sheet.get(6).get("Urutan").asNumber()).isEqualByComparingTo("7");
  }
}
