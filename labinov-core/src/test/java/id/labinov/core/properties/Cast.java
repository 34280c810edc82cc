package id.labinov.core.properties;

import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import java.util.List;

/** The people of the generated command sequences: every role, right and wrong units, and nobody. */
final class Cast {
  static final RegionCode LEBAK = RegionCode.parse("36.02");
  static final Actor INNOVATOR = Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR).in(LEBAK);
  static final Actor HEAD = Actor.of("kadis-dinkes", "DINKES", Role.OPD_HEAD).in(LEBAK);
  static final Actor COACH = Actor.of("coach-lan-03", null, Role.COACH).in(LEBAK);
  static final Actor ADMIN = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);
  static final Actor OTHER_HEAD = Actor.of("kadis-dishub", "DISHUB", Role.OPD_HEAD).in(LEBAK);
  static final Actor SECOND_COACH = Actor.of("coach-lan-07", null, Role.COACH).in(LEBAK);
  static final Actor EVALUATOR = Actor.of("penilai-01", null, Role.EVALUATOR).in(LEBAK);
  static final Actor REGIONAL_HEAD = Actor.of("bupati-lebak", null, Role.REGIONAL_HEAD).in(LEBAK);
  static final Actor CITIZEN = Actor.of("warga-01", null).in(LEBAK);
  static final Actor MANY_HATS = Actor.of("kabid-dinkes", "DINKES", Role.INNOVATOR, Role.OPD_HEAD, Role.COACH).in(LEBAK);

  /** Everyone, by index (index 0, the innovator, is what shrinking tends to). */
  static final List<Actor> ALL = List.of(INNOVATOR, HEAD, COACH, ADMIN, OTHER_HEAD, SECOND_COACH, EVALUATOR,
      REGIONAL_HEAD, CITIZEN, MANY_HATS);

  private Cast() {}

  static Actor get(int index) {
    return ALL.get(Math.floorMod(index, ALL.size()));
  }

  static String name(int index) {
    return get(index).personId().value();
  }

  /** Someone who may approve in {@code role} for an innovation of {@code opd}. */
  static Actor approverFor(Role role, OpdCode opd) {
    if (role == Role.OPD_HEAD) {
      return opd != null && opd.equals(OTHER_HEAD.opd()) ? OTHER_HEAD : HEAD;
    }
    if (role == Role.COACH) {
      return COACH;
    }
    return ALL.stream().filter(a -> a.has(role)).findFirst().orElse(ADMIN);
  }
}
