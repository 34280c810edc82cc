package id.labinov.examples.plugin;

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
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A region's own rule type: Kabupaten Lebak adds {@link MinBeneficiariesRuleType} ({@code
 * lebak:min-beneficiaries}) and a rulebook ({@code lebak-5d}, the 5D rulebook plus that rule on the
 * way to DISPLAY) that uses it. Shows that the built-in registry refuses the rulebook (naming the
 * JSON path), that {@code ServiceLoader} and the builder both register the type, that the rule
 * works on plain facts, and that the facade enforces it for the region's innovations.
 */
public final class CustomRuleDemo {
  /** The rulebook resource of this example. */
  public static final String RULEBOOK = "/id/labinov/examples/plugin/lebak-5d.json";

  private CustomRuleDemo() {}

  /**
   * What the run found.
   *
   * @param unknownTypeProblems the problems the built-in registry reports, as {@code path code}
   * @param discovered the rulebook loaded with the {@code ServiceLoader} registry
   * @param registered the rulebook loaded with the builder registry
   * @param factsVerdicts verdicts on plain facts: 150 beneficiaries, then 640
   * @param facadeRefused the facade's refused advance to DISPLAY
   * @param facadeAccepted the facade's accepted advance after the count was filled in
   */
  public record Result(List<String> unknownTypeProblems, Rulebook discovered, Rulebook registered,
      List<Verdict> factsVerdicts, CommandResult facadeRefused, CommandResult facadeAccepted) {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the demo.
   *
   * @param out where to print
   * @return what was found
   */
  public static Result run(PrintStream out) {
    List<String> problems = new ArrayList<>();
    try {
      load(RuleTypes.builtIn());
    } catch (RulebookValidationException e) {
      e.problems().forEach(p -> problems.add(p.path() + " " + p.code()));
      out.println("Tanpa plug-in / without the plug-in: " + e.getMessage(Locale.ENGLISH));
    }
    Rulebook discovered = load(RuleTypes.discovered());
    Rulebook registered = load(RuleTypes.builder().register(new MinBeneficiariesRuleType()).build());
    out.println("ServiceLoader: " + discovered.reference() + " " + discovered.hash().substring(0, 12)
        + "...; builder: " + registered.reference() + " " + registered.hash().substring(0, 12) + "...");

    RuleContext now = RuleContext.of(Instant.parse("2019-12-12T01:00:00Z"), ZoneId.of("Asia/Jakarta"));
    List<Verdict> verdicts = new ArrayList<>();
    for (String served : List.of("150", "640")) {
      SimpleFacts facts = SimpleFacts.builder().stage("DELIVER").stageEnteredAt(Instant.parse("2019-07-01T01:00:00Z"))
          .actor(Actor.of("admin-bappeda-01", "BAPPEDA", Role.LAB_ADMIN)).opd(OpdCode.of("DINKES"))
          .field("results", "Posyandu tercatat rapi.").field("beneficiaries", served)
          .evidence("IMPLEMENTATION_REPORT", 1).evidence("PHOTO", 2).approvals(Role.OPD_HEAD, 1).build();
      Verdict v = Rulebooks.check(registered, "deliver-to-display", facts, now);
      verdicts.add(v);
      out.println("Fakta / facts, " + served + " penerima manfaat: " + (v.allowed() ? "boleh tampil" : "ditolak")
          + describe(v, Messages.INDONESIAN));
    }
    CommandResult[] facade = throughTheFacade(discovered, out);
    return new Result(problems, discovered, registered, verdicts, facade[0], facade[1]);
  }

  /** Walks one innovation of Lebak to DELIVER and tries DISPLAY, before and after the count is filled in. */
  private static CommandResult[] throughTheFacade(Rulebook lebakRules, PrintStream out) {
    RegionCode lebak = RegionCode.parse("36.02");
    Labinov lab = Labinov.builder()
        .clock(Clock.fixed(Instant.parse("2019-12-12T01:00:00Z"), ZoneOffset.UTC))
        .ids(IdGenerator.from(new Random(36_02)))
        .innovationStore(new InMemoryInnovationStore())
        .rulebookStore(new InMemoryRulebookStore())
        .rulebook(lebak, lebakRules) // Lebak's proposals follow Lebak's rulebook
        .build();
    Actor innovator = Actor.of("asn-pkm-cibadak-1", "PKM-CIBADAK", Role.INNOVATOR).in(lebak);
    Actor head = Actor.of("kepala-pkm-cibadak", "PKM-CIBADAK", Role.OPD_HEAD).in(lebak);
    Actor coach = Actor.of("coach-lan-01", null, Role.COACH).in(lebak);
    Actor admin = Actor.of("admin-bappeda-01", "BAPPEDA", Role.LAB_ADMIN).in(lebak);
    InnovationDetails d = InnovationDetails.titled("Kelas Ibu Balita Cibadak").withOpd(OpdCode.of("PKM-CIBADAK"))
        .withClassification(Bentuk.PELAYANAN_PUBLIK, Jenis.NON_DIGITAL)
        .withText(InnovationDetails.PROBLEM, "Banyak ibu balita di Cibadak belum memahami gizi seimbang sehingga angka "
            + "balita pendek di desa-desa sekitar puskesmas masih tinggi dari tahun ke tahun.")
        .withText(InnovationDetails.IDEA_SUMMARY, "Kelas ibu balita mingguan di posyandu bersama bidan dan kader.")
        .withText(InnovationDetails.DESIGN_NARRATIVE, ("Kelas ibu balita diadakan setiap minggu di posyandu dengan "
            + "materi gizi seimbang, praktik memasak dan penimbangan bersama kader. ").repeat(20))
        .withText(InnovationDetails.RESULTS, "Kelas berjalan di sembilan posyandu.");
    InnovationRef ref = lab.innovations().propose(lebak, innovator, d).orThrow().ref();
    out.println("Fasad / facade: \"" + d.title() + "\" mengikuti " + lab.innovations().rulebookOf(ref).reference());
    lab.innovations().attachEvidence(ref, innovator, evidence("COMMITMENT_LETTER"), Options.none()).orThrow();
    lab.innovations().approve(ref, head, Role.OPD_HEAD, null, Options.none()).orThrow();
    lab.innovations().advance(ref, innovator, "DIAGNOSE", Options.none()).orThrow();
    lab.innovations().advance(ref, innovator, "DESIGN", Options.none()).orThrow();
    lab.innovations().attachEvidence(ref, innovator, evidence("ACTION_PLAN"), Options.none()).orThrow();
    lab.innovations().approve(ref, head, Role.OPD_HEAD, null, Options.none()).orThrow();
    lab.innovations().approve(ref, coach, Role.COACH, null, Options.none()).orThrow();
    lab.innovations().advance(ref, coach, "DELIVER", Options.none()).orThrow();
    lab.innovations().attachEvidence(ref, innovator, evidence("IMPLEMENTATION_REPORT"), Options.none()).orThrow();
    lab.innovations().approve(ref, head, Role.OPD_HEAD, null, Options.none()).orThrow();
    CommandResult refused = lab.innovations().advance(ref, admin, "DISPLAY", Options.none());
    out.println("  ke DISPLAY tanpa jumlah penerima manfaat: " + (refused.accepted() ? "diterima" : "ditolak")
        + describe(refused.verdict(), Locale.ENGLISH));
    lab.innovations().updateDetails(ref, innovator, lab.innovations().get(ref).details().withText("beneficiaries", "412"), Options.none()).orThrow();
    CommandResult accepted = lab.innovations().advance(ref, admin, "DISPLAY", Options.none());
    out.println("  dengan 412 penerima manfaat: " + (accepted.accepted() ? "diterima, tahap " + accepted.state().stage()
        : "ditolak") + describe(accepted.verdict(), Locale.ENGLISH));
    return new CommandResult[] {refused, accepted};
  }

  private static Rulebook load(RuleTypes types) {
    InputStream in = CustomRuleDemo.class.getResourceAsStream(RULEBOOK);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RULEBOOK);
    }
    try (in) {
      return Rulebooks.read(RULEBOOK, in, types);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Describes a verdict, with the plug-in's own texts for its codes. */
  static String describe(Verdict v, Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (Violation x : v.violations()) {
      String text = MinBeneficiariesRuleType.message(x.code(), x.arguments(), locale).orElseGet(() -> x.message(locale));
      sb.append("\n    [").append(x.severity()).append("] ").append(x.code()).append(": ").append(text);
    }
    return sb.toString();
  }

  private static EvidenceRef evidence(String kind) {
    String sha = String.format("%064x", (long) kind.hashCode() & 0xffffffffL);
    return EvidenceRef.of(kind, "https://labinov.lebakkab.go.id/bukti/" + kind.toLowerCase(Locale.ROOT) + ".pdf",
        sha, "application/pdf", 50_000);
  }
}
