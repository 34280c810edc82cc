package id.labinov.core.model;

import id.labinov.core.internal.Checks;

/**
 * A regional work unit (OPD, Organisasi Perangkat Daerah): its region-chosen code, its current
 * name (names change with reorganisations) and its kind.
 *
 * @param code the region's code for the unit
 * @param name the unit's name, e.g. {@code Dinas Kesehatan}
 * @param kind the unit's kind
 */
public record Opd(OpdCode code, String name, OpdKind kind) {
  /**
   * Validates the parts.
   *
   * @param code the region's code for the unit
   * @param name the unit's name, e.g. {@code Dinas Kesehatan}
   * @param kind the unit's kind
   * @throws id.labinov.core.error.InvalidValueException if a part is missing or the name is blank
   */
  public Opd {
    Checks.notNull(code, "code");
    name = Checks.notBlank(name, "name");
    Checks.notNull(kind, "kind");
  }

  /**
   * Creates an OPD.
   *
   * @param code e.g. {@code "DINKES"}
   * @param name e.g. {@code "Dinas Kesehatan"}
   * @param kind e.g. {@link OpdKind#DINAS}
   * @return the OPD
   */
  public static Opd of(String code, String name, OpdKind kind) {
    return new Opd(OpdCode.of(code), name, kind);
  }
}
