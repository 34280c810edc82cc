package id.labinov.examples.rulesonly;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rules only: another e-government application (here a province's proposal portal, "e-Inovasi
 * Banten") keeps innovation proposals in its own tables and uses labinov only to judge them. It
 * loads the 5D rulebook (or its own JSON file, the first argument), maps each of its records to
 * {@link SimpleFacts}, and asks {@link Rulebooks#check} which transitions are open and what is
 * missing. No store, no facade, no database. It then runs the conformance cases core ships, as a
 * PHP or JavaScript port of the rules would.
 */
public final class RulesOnlyDemo {
  private RulesOnlyDemo() {}

  /**
   * A proposal as the portal stores it: its own columns, not labinov's records.
   *
   * @param nomor the portal's number
   * @param judul title
   * @param kodeOpd unit code
   * @param tahap current 5D stage code
   * @param masukTahap when it entered that stage
   * @param rumusanMasalah problem statement, or {@code null}
   * @param ringkasanIde idea summary, or {@code null}
   * @param rancangBangun design narrative, or {@code null}
   * @param berkasRencanaAksi how many action plan files were uploaded
   * @param persetujuanKepalaOpd whether the unit head signed off in this stage
   * @param persetujuanCoach whether the coach signed off in this stage
   */
  public record Usulan(String nomor, String judul, String kodeOpd, String tahap, Instant masukTahap,
      String rumusanMasalah, String ringkasanIde, String rancangBangun, int berkasRencanaAksi,
      boolean persetujuanKepalaOpd, boolean persetujuanCoach) {
    /**
     * Maps this record to the facts the rules read, for an acting user.
     *
     * @param actor who asks
     * @return the facts
     */
    public SimpleFacts toFacts(Actor actor) {
      SimpleFacts.Builder b = SimpleFacts.builder().stage(tahap).stageEnteredAt(masukTahap).actor(actor)
          .opd(OpdCode.of(kodeOpd)).field("title", judul)
          .evidence("ACTION_PLAN", berkasRencanaAksi)
          .approvals(Role.OPD_HEAD, persetujuanKepalaOpd ? 1 : 0)
          .approvals(Role.COACH, persetujuanCoach ? 1 : 0);
      if (rumusanMasalah != null) {
        b.field("problem", rumusanMasalah);
      }
      if (ringkasanIde != null) {
        b.field("ideaSummary", ringkasanIde);
      }
      if (rancangBangun != null) {
        b.field("designNarrative", rancangBangun);
      }
      return b.build();
    }
  }

  /**
   * One check the portal made.
   *
   * @param nomor the proposal
   * @param transition the transition checked
   * @param verdict the verdict
   */
  public record Check(String nomor, String transition, Verdict verdict) {}

  /**
   * What the run found.
   *
   * @param rulebook the rulebook used
   * @param checks every check, in order
   * @param conformance every conformance case's outcome, in index order
   */
  public record Result(Rulebook rulebook, List<Check> checks, List<ConformanceRunner.Outcome> conformance) {
    /** Returns how many conformance cases passed. */
    public long passed() {
      return conformance.stream().filter(ConformanceRunner.Outcome::passed).count();
    }
  }

  /**
   * Runs the demo.
   *
   * @param args optionally the path of a rulebook JSON file to use instead of the shipped 5D one
   */
  public static void main(String[] args) {
    Result r = run(args.length > 0 ? Path.of(args[0]) : null, System.out);
    if (r.passed() != r.conformance().size()) {
      System.exit(1);
    }
  }

  /**
   * Checks the portal's sample proposals and runs the conformance cases.
   *
   * @param rulebookFile a rulebook JSON file, or {@code null} for the shipped 5D rulebook
   * @param out where to print
   * @return what was found
   */
  public static Result run(Path rulebookFile, PrintStream out) {
    RuleTypes types = RuleTypes.discovered();
    Rulebook rulebook = rulebookFile == null ? Rulebooks.fiveD() : read(rulebookFile, types);
    out.println("e-Inovasi Banten - aturan " + rulebook.reference() + " (" + rulebook.name().in(Messages.INDONESIAN)
        + "), hash " + rulebook.hash().substring(0, 12) + "...; tanpa basis data");
    // the portal's clock; a real portal passes Clock.systemUTC().instant()
    RuleContext now = RuleContext.of(Instant.parse("2025-06-30T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    Actor coach = Actor.of("pendamping-07", null, Role.COACH);
    List<Check> checks = new ArrayList<>();
    for (Usulan u : samples()) {
      out.println();
      out.println("Usulan " + u.nomor() + " \"" + u.judul() + "\" (" + u.kodeOpd() + "), tahap " + u.tahap());
      for (Transition t : rulebook.transitionsFrom(u.tahap())) {
        if (!t.kind().movesStage()) {
          continue; // the portal shows moves only; hold and drop are always at hand
        }
        Verdict v = Rulebooks.check(rulebook, t.id(), u.toFacts(coach), now);
        checks.add(new Check(u.nomor(), t.id(), v));
        out.println("  " + t.label().in(Messages.INDONESIAN) + ": " + (v.allowed() ? "boleh" : "belum boleh")
            + (v.violations().isEmpty() ? "" : "\n    " + v.describe(Locale.ENGLISH).replace("\n", "\n    ")));
      }
    }
    ConformanceRunner runner = new ConformanceRunner(types);
    List<ConformanceRunner.Outcome> outcomes = runner.runAll();
    Map<Boolean, Long> tally = new LinkedHashMap<>();
    outcomes.forEach(o -> tally.merge(o.passed(), 1L, Long::sum));
    out.println();
    out.println("Kasus kesesuaian (conformance cases): " + tally.getOrDefault(true, 0L) + " dari " + outcomes.size()
        + " sesuai");
    outcomes.stream().filter(o -> !o.passed()).forEach(o -> out.println("  GAGAL " + o.name() + ": " + o.detail()));
    return new Result(rulebook, checks, outcomes);
  }

  private static Rulebook read(Path file, RuleTypes types) {
    try (InputStream in = Files.newInputStream(file)) {
      return Rulebooks.read(file.toString(), in, types);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rulebook " + file, e);
    }
  }

  /** Returns the portal's sample proposals: one ready, one with a short design, one just diagnosed. */
  public static List<Usulan> samples() {
    String longDesign = ("Layanan antrean puskesmas dipindahkan ke aplikasi sehingga warga memilih jam datang dari rumah "
        + "dan petugas menyiapkan rekam medis lebih awal. ").repeat(20);
    return List.of(
        new Usulan("EI-2025-0113", "Antrean Puskesmas Daring", "DINKES", "DESIGN", Instant.parse("2025-05-02T02:00:00Z"),
            "Warga antre sejak subuh di puskesmas karena nomor antrean dibagikan pagi hari.",
            "Nomor antrean diambil dari telepon genggam.", longDesign, 1, true, true),
        new Usulan("EI-2025-0127", "Sekolah Ramah Anak", "DISDIKBUD", "DESIGN", Instant.parse("2025-05-20T02:00:00Z"),
            "Perundungan di sekolah dasar belum tertangani.", "Guru pendamping dan kotak aduan.",
            "Guru pendamping dilatih menangani perundungan dan setiap sekolah memasang kotak aduan.", 0, true, false),
        new Usulan("EI-2025-0140", "Bank Sampah Kelurahan", "DLH", "DIAGNOSE", Instant.parse("2025-06-10T02:00:00Z"),
            "Sampah rumah tangga menumpuk di bantaran sungai.", null, null, 0, false, false));
  }
}
