package id.labinov.examples;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.i18n.Messages;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebooks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;

/**
 * The Quick start demo: one innovation of Kabupaten Lebak (36.02) goes through the whole 5D
 * lifecycle through the facade, with the in-memory stores. One advance is refused first, and its
 * reasons are printed in Bahasa Indonesia and English.
 */
public final class LifecycleDemo {
  private LifecycleDemo() {}

  /** A clock the demo moves forward by hand, so the run is repeatable. */
  private static final class DemoClock extends Clock {
    private Instant now;

    DemoClock(Instant start) {
      this.now = start;
    }

    void advanceDays(long days) {
      now = now.plus(Duration.ofDays(days));
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    DemoClock clock = new DemoClock(Instant.parse("2019-01-14T01:00:00Z"));
    InMemoryInnovationStore store = new InMemoryInnovationStore();
    Labinov lab = Labinov.builder()
        .clock(clock)
        .ids(IdGenerator.from(new Random(36_02)))
        .innovationStore(store)
        .rulebookStore(new InMemoryRulebookStore())
        .rulebook(Rulebooks.fiveD())
        .listener(events -> events.forEach(e -> System.out.println("    event #" + e.metadata().sequence() + " " + e.type())))
        .build();

    RegionCode lebak = RegionCode.parse("36.02");
    Actor innovator = Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR).in(lebak);
    Actor head = Actor.of("kadis-dinkes", "DINKES", Role.OPD_HEAD).in(lebak);
    Actor coach = Actor.of("coach-lan-03", null, Role.COACH).in(lebak);
    Actor admin = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(lebak);

    System.out.println("labinov demo: Kabupaten Lebak (36.02), rulebook " + Rulebooks.fiveD().reference());
    InnovationDetails details = InnovationDetails.titled("Posyandu Digital Lebak")
        .withOpd(OpdCode.of("DINKES"))
        .withClassification(Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL);
    CommandResult proposed = lab.innovations().propose(lebak, innovator, details);
    InnovationRef ref = proposed.ref();
    step("DRUM_UP: proposed " + ref);

    lab.innovations().attachEvidence(ref, innovator, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()).orThrow();
    lab.innovations().approve(ref, head, Role.OPD_HEAD, "Kami berkomitmen", Options.none()).orThrow();
    lab.innovations().advance(ref, innovator, "DIAGNOSE", Options.none()).orThrow();
    step("DIAGNOSE");

    details = details.withText(InnovationDetails.PROBLEM,
            "Ibu hamil dan balita di desa terpencil jarang datang ke posyandu karena jadwal tidak diketahui dan "
                + "jarak tempuh jauh, sehingga cakupan imunisasi rendah.")
        .withText(InnovationDetails.IDEA_SUMMARY, "Jadwal posyandu dan pengingat imunisasi lewat WhatsApp.");
    lab.innovations().updateDetails(ref, innovator, details, Options.none()).orThrow();
    lab.innovations().advance(ref, innovator, "DESIGN", Options.none()).orThrow();
    step("DESIGN");

    clock.advanceDays(20);
    CommandResult refused = lab.innovations().advance(ref, coach, "DELIVER", Options.none());
    System.out.println("  Advance to DELIVER refused, with every reason:");
    System.out.println(indent(refused.verdict().describe(Messages.INDONESIAN)));
    System.out.println(indent(refused.verdict().describe(Locale.ENGLISH)));

    details = details.withText(InnovationDetails.DESIGN_NARRATIVE, narrative(320))
        .withText(InnovationDetails.GOALS, "Cakupan imunisasi dasar lengkap naik menjadi 95%.")
        .withText(InnovationDetails.BENEFITS, "Ibu dan balita terlayani tepat waktu.");
    lab.innovations().updateDetails(ref, innovator, details, Options.none()).orThrow();
    lab.innovations().attachEvidence(ref, innovator, evidence("ACTION_PLAN", "rencana-aksi.pdf"), Options.none()).orThrow();
    lab.innovations().approve(ref, head, Role.OPD_HEAD, null, Options.none()).orThrow();
    lab.innovations().approve(ref, coach, Role.COACH, "Rancang bangun sudah baik", Options.none()).orThrow();
    lab.innovations().advance(ref, coach, "DELIVER", Options.none()).orThrow();
    step("DELIVER");

    clock.advanceDays(45);
    lab.innovations().attachEvidence(ref, innovator, evidence("IMPLEMENTATION_REPORT", "laporan.pdf"), Options.none()).orThrow();
    lab.innovations().attachEvidence(ref, innovator, evidence("PHOTO", "foto.jpg"), Options.none()).orThrow();
    details = details.withText(InnovationDetails.RESULTS, "1.240 ibu dan balita terdaftar dalam tiga bulan.");
    lab.innovations().updateDetails(ref, innovator, details, Options.none()).orThrow();
    lab.innovations().approve(ref, head, Role.OPD_HEAD, null, Options.none()).orThrow();
    CommandResult display = lab.innovations().advance(ref, admin, "DISPLAY", Options.none()).orThrow();
    step("DISPLAY (Pekan Inovasi Daerah)");

    System.out.println("Done: " + display.state().details().title() + " is in " + display.state().stage()
        + ", version " + display.state().version() + ", " + lab.innovations().history(ref).size() + " events.");
  }

  private static void step(String text) {
    System.out.println("  -> " + text);
  }

  private static String indent(String text) {
    return "    " + text.replace("\n", "\n    ");
  }

  private static EvidenceRef evidence(String kind, String file) {
    String sha = String.format("%064x", new java.math.BigInteger(1, file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return EvidenceRef.of(kind, "https://files.lebakkab.go.id/labinov/" + file, sha.substring(sha.length() - 64),
        file.endsWith(".jpg") ? "image/jpeg" : "application/pdf", 120_000);
  }

  private static String narrative(int words) {
    StringBuilder sb = new StringBuilder();
    String[] w = {"posyandu", "digital", "mengirim", "jadwal", "dan", "pengingat", "imunisasi", "kepada", "ibu", "hamil"};
    for (int i = 0; i < words; i++) {
      sb.append(w[i % w.length]).append(i % 12 == 11 ? ". " : " ");
    }
    return sb.toString().strip();
  }
}
