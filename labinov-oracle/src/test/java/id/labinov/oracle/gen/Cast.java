package id.labinov.oracle.gen;

import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
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
