package id.labinov.core.model;

import id.labinov.core.internal.Checks;

/**
 * Which regions a query reads: one region, a province (its own code and every region under it,
 * by code prefix) or the whole nation. Every query takes a scope, so region A never reads region
 * B's rows unless the caller asked for a wider scope.
 *
 * @param level the scope's level
 * @param code the region or province code; empty for national
 */
public record Scope(Level level, String code) {
  /** The level of a scope. */
  public enum Level {
    /** Exactly one region. */
    REGION,
    /** A province and every region in it. */
    PROVINCE,
    /** Every region. */
    NATIONAL
  }

  /**
   * Validates the parts.
   *
   * @param level the scope's level
   * @param code the region or province code; empty for national
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Scope {
    Checks.notNull(level, "level");
    Checks.notNull(code, "code");
  }

  /**
   * Returns a scope of one region.
   *
   * @param region the region
   * @return the scope
   */
  public static Scope region(RegionCode region) {
    return new Scope(Level.REGION, Checks.notNull(region, "region").value());
  }

  /**
   * Returns a scope of a province and every region in it.
   *
   * @param province the province
   * @return the scope
   */
  public static Scope province(Province province) {
    return new Scope(Level.PROVINCE, Checks.notNull(province, "province").code());
  }

  /** {@return the national scope} */
  public static Scope national() {
    return new Scope(Level.NATIONAL, "");
  }

  /**
   * Tells whether a region is inside this scope.
   *
   * @param region the region
   * @return {@code true} if the scope includes it
   */
  public boolean includes(RegionCode region) {
    return switch (level) {
      case REGION -> region.value().equals(code);
      case PROVINCE -> region.value().equals(code) || region.value().startsWith(code + ".");
      case NATIONAL -> true;
    };
  }

  /**
   * Tells whether every region of another scope is inside this one: the nation covers everything, a
   * province covers itself and its regions, a region only itself.
   *
   * @param other the other scope
   * @return {@code true} if this scope covers it
   */
  public boolean covers(Scope other) {
    Checks.notNull(other, "other");
    return switch (level) {
      case NATIONAL -> true;
      case PROVINCE -> other.level == Level.REGION ? includes(RegionCode.parse(other.code))
          : other.level == Level.PROVINCE && other.code.equals(code);
      case REGION -> other.level == Level.REGION && other.code.equals(code);
    };
  }

  @Override
  public String toString() {
    return level == Level.NATIONAL ? "national" : level.name().toLowerCase(java.util.Locale.ROOT) + " " + code;
  }
}
