package id.labinov.core.model;

import id.labinov.core.internal.Checks;
import java.time.ZoneId;

/**
 * A region running a lab: its code, name and the time zone its local dates are counted in.
 *
 * <p>The zone defaults to the province's (WIB, WITA or WIT) and may be overridden with
 * {@link #withTimeZone(IndonesianTimeZone)}.
 *
 * @param code the Kemendagri code
 * @param name the region's name, e.g. {@code Kabupaten Lebak}
 * @param timeZone the zone in which programme dates and days in stage are counted
 */
public record Region(RegionCode code, String name, IndonesianTimeZone timeZone) {
  /**
   * Validates the parts.
   *
   * @param code the Kemendagri code
   * @param name the region's name, e.g. {@code Kabupaten Lebak}
   * @param timeZone the zone in which programme dates and days in stage are counted
   * @throws id.labinov.core.error.InvalidValueException if a part is missing or the name is blank
   */
  public Region {
    Checks.notNull(code, "code");
    name = Checks.notBlank(name, "name");
    Checks.notNull(timeZone, "timeZone");
  }

  /**
   * Creates a region whose zone is its province's.
   *
   * @param code e.g. {@code "36.02"}
   * @param name e.g. {@code "Kabupaten Lebak"}
   * @return the region
   */
  public static Region of(String code, String name) {
    RegionCode rc = RegionCode.parse(code);
    return new Region(rc, name, rc.defaultTimeZone());
  }

  /**
   * Returns a copy with another time zone.
   *
   * @param zone the zone to use
   * @return the copy
   */
  public Region withTimeZone(IndonesianTimeZone zone) {
    return new Region(code, name, zone);
  }

  /** {@return the IANA zone id of {@link #timeZone()}} */
  public ZoneId zoneId() {
    return timeZone.zoneId();
  }
}
