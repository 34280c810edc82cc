package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.reporting.data.AuditAction;
import id.labinov.reporting.data.AuditEntry;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A handover (serah terima pemilik inovasi) in the audit trail: who handed over to whom, in words. */
class AuditTrailHandoverTest {
  private static final OpdCode DINKES = OpdCode.of("DINKES");
  private static final OpdCode DISDIK = OpdCode.of("DISDIK");

  private final Scenario scenario = new Scenario();
  private InnovationRef ref;

  @BeforeEach
  void proposedThenHandedOverTwice() {
    Actor proposer = Scenario.innovator(DINKES);
    ref = scenario.lab.innovations().propose(Scenario.LEBAK, proposer, InnovationDetails.titled("Posyandu Digital")
        .withOpd(DINKES).withClassification(Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL)).orThrow().ref();
    scenario.lab.innovations().handOver(ref, Scenario.ADMIN, PersonId.of("asn-dinkes-044"), null, "Cuti di luar tanggungan",
        Options.none()).orThrow();
    scenario.lab.innovations().handOver(ref, Scenario.ADMIN, PersonId.of("asn-disdik-005"), DISDIK,
        "Urusan pindah ke Dinas Pendidikan", Options.none()).orThrow();
  }

  private AuditTrail trail(Locale locale) {
    return Reports.builder().labinov(scenario.lab).directory(LebakData.DIRECTORY).locale(locale).build()
        .auditTrail(ref);
  }

  @Test
  void namesTheOwnersAndTheUnitsInTheReportLanguage() {
    AuditTrail t = trail(Locale.forLanguageTag("id"));

    assertThat(t.entries()).extracting(AuditEntry::action).containsExactly(AuditAction.PROPOSED,
        AuditAction.OWNER_HANDED_OVER, AuditAction.OWNER_HANDED_OVER);
    AuditEntry first = t.entries().get(1);
    assertThat(first.eventType()).isEqualTo("OwnerHandedOver");
    assertThat(first.actor()).isEqualTo(Scenario.ADMIN.personId());
    // the proposer's name comes from the directory; a person it does not know shows by id
    assertThat(first.detail()).isEqualTo("Pemilik dr. Siti Aminah \u2192 asn-dinkes-044");
    assertThat(first.reason()).isEqualTo("Cuti di luar tanggungan");
    assertThat(t.entries().get(2).detail()).isEqualTo(
        "Pemilik asn-dinkes-044 \u2192 asn-disdik-005; OPD Dinas Kesehatan (DINKES) \u2192 Dinas Pendidikan (DISDIK)");
    List<Map<String, String>> rows = Rendered.localizedCsv(t, "events");
    assertThat(rows.get(1)).containsEntry("Tindakan", "Serah terima pemilik");
  }

  @Test
  void inEnglishToo() {
    AuditTrail t = trail(Locale.ENGLISH);

    assertThat(t.entries().get(2).detail()).isEqualTo(
        "Owner asn-dinkes-044 \u2192 asn-disdik-005; OPD Dinas Kesehatan (DINKES) \u2192 Dinas Pendidikan (DISDIK)");
    assertThat(Rendered.localizedCsv(t, "events").get(2)).containsEntry("Action", "Handed over to a new owner");
    assertThat(Rendered.jsonTree(t).get("tables").get("events").get(1).get("action").asString())
        .isEqualTo("OWNER_HANDED_OVER");
  }
}
