package id.labinov.oracle.gen;

import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.memory.InMemoryDirectory;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.DirectoryEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Who and what a generated lab year has: four regions in three time zones (two of them in one
 * province), each on one of two test rulebooks (5D, and 5D with a last DOCUMENTATION stage that maps
 * to no national stage), four OPDs, three themes, a panel of five evaluators, three schemes.
 */
public final class Cast {
  /** The rulebook of the 5D stages without gates except the phase windows into DELIVER and DISPLAY. */
  public static final Rulebook FIVE_D = rulebook("oracle-5d.json");
  /** Version 2 of {@link #FIVE_D}: DOCUMENTATION added after DISPLAY; innovations may be migrated to it. */
  public static final Rulebook FIVE_D_V2 = rulebook("oracle-5d-v2.json");
  /** The same with DOCUMENTATION after DISPLAY. */
  public static final Rulebook FIVE_D_PLUS_ONE = rulebook("oracle-5d1.json");

  /** Lebak (Banten, WIB), Kabupaten Tangerang (Banten, WIB), Makassar (WITA), Jayapura (WIT). */
  public static final List<RegionCode> REGIONS = List.of(RegionCode.parse("36.02"), RegionCode.parse("36.03"),
      RegionCode.parse("73.71"), RegionCode.parse("91.71"));
  /** The rulebook of each region of {@link #REGIONS}. */
  public static final List<Rulebook> RULEBOOKS = List.of(FIVE_D, FIVE_D_PLUS_ONE, FIVE_D, FIVE_D_PLUS_ONE);
  /** The OPD codes every region has. */
  public static final List<String> OPDS = List.of("DINKES", "DISDIK", "DISKOMINFO", "KEC-CIBADAK");
  /** The themes. */
  public static final List<Theme> THEMES = List.of(Theme.of("KLA"), Theme.of("KOTA_TANPA_KUMUH"),
      Theme.of("STUNTING"));
  /**
   * The panel: two outside jurors, two from OPDs (in conflict on their OPD's innovations), and a coach
   * who also evaluates (in conflict where he edited the details or attached evidence).
   */
  public static final List<String[]> PANEL = List.of(new String[] {"juri-lan", null}, new String[] {"juri-untirta", null},
      new String[] {"juri-dinkes", "DINKES"}, new String[] {"juri-disdik", "DISDIK"}, new String[] {"coach-1", null});
  /** The schemes scored: IGA 2023 (weighted mean), the test panel (trimmed mean, an optional criterion), IID (levels). */
  public static final List<EvaluationScheme> SCHEMES = List.of(EvaluationSchemes.igaPresentation2023(),
      scheme("oracle-panel.json"), EvaluationSchemes.iidInnovationIndicators());
  /** The lab year and the next, as evaluation rounds. */
  public static final List<Integer> ROUNDS = List.of(2024, 2025);

  private Cast() {}

  /** The region's lab administrator. */
  public static Actor admin(RegionCode region) {
    return Actor.of("admin-" + region.value(), "BAPPEDA", Role.LAB_ADMIN).in(region);
  }

  /** The coach (who is also on the panel). */
  public static Actor coach(RegionCode region) {
    return Actor.of("coach-1", null, Role.COACH, Role.EVALUATOR).in(region);
  }

  /** An OPD's head. */
  public static Actor head(RegionCode region, String opd) {
    return Actor.of("kepala-" + opd.toLowerCase(java.util.Locale.ROOT), opd, Role.OPD_HEAD).in(region);
  }

  /** One of an OPD's two innovators ({@code opd} {@code null}: an innovator of no OPD yet). */
  public static Actor innovator(RegionCode region, String opd, int which) {
    String name = opd == null ? "warga" : opd.toLowerCase(java.util.Locale.ROOT);
    return Actor.of("asn-" + name + "-" + which, opd, Role.INNOVATOR).in(region);
  }

  /** A member of the panel. */
  public static Actor evaluator(RegionCode region, int which) {
    String[] p = PANEL.get(which);
    if (p[0].startsWith("coach")) {
      return coach(region);
    }
    return Actor.of(p[0], p[1], Role.EVALUATOR).in(region);
  }

  /** Someone a handover may name who is not in the lab's directory (the handover is refused). */
  public static final String NOT_IN_DIRECTORY = "asn-sudah-pensiun";

  /**
   * The lab's directory: every innovator of every OPD (and of none), the OPD heads, the coach and the
   * panel, each with a name; never {@link #NOT_IN_DIRECTORY}.
   */
  public static InMemoryDirectory directory() {
    InMemoryDirectory d = new InMemoryDirectory();
    List<DirectoryEntry> people = new java.util.ArrayList<>();
    RegionCode any = REGIONS.get(0);
    for (String opd : java.util.Arrays.asList(OPDS.get(0), OPDS.get(1), OPDS.get(2), OPDS.get(3), null)) {
      for (int which = 0; which < 3; which++) { // a proposal's innovator index reaches 2
        people.add(person(innovator(any, opd, which).personId(), "Inovator " + (opd == null ? "warga" : opd)
            + " " + (which + 1)));
      }
      if (opd != null) {
        people.add(person(head(any, opd).personId(), "Kepala " + opd));
      }
    }
    for (String[] p : PANEL) {
      people.add(person(PersonId.of(p[0]), "Penilai " + p[0]));
    }
    d.putAll(people);
    return d;
  }

  private static DirectoryEntry person(PersonId id, String name) {
    return DirectoryEntry.person(Person.named(id, name.replace('-', ' ')));
  }

  private static Rulebook rulebook(String name) {
    return Rulebooks.parse(resource(name));
  }

  private static EvaluationScheme scheme(String name) {
    return EvaluationSchemes.parse(resource(name));
  }

  private static String resource(String name) {
    try (InputStream in = Cast.class.getResourceAsStream("/id/labinov/oracle/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
