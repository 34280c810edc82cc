package id.labinov.core.model;

import java.time.ZoneId;

/**
 * Indonesia's three civil time zones.
 *
 * <ul>
 *   <li>{@link #WIB} Waktu Indonesia Barat (Western Indonesia Time), Asia/Jakarta, UTC+7
 *   <li>{@link #WITA} Waktu Indonesia Tengah (Central Indonesia Time), Asia/Makassar, UTC+8
 *   <li>{@link #WIT} Waktu Indonesia Timur (Eastern Indonesia Time), Asia/Jayapura, UTC+9
 * </ul>
 */
public enum IndonesianTimeZone {
  /** Western Indonesia Time, Asia/Jakarta. */
  WIB("Asia/Jakarta"),
  /** Central Indonesia Time, Asia/Makassar. */
  WITA("Asia/Makassar"),
  /** Eastern Indonesia Time, Asia/Jayapura. */
  WIT("Asia/Jayapura");

  private final ZoneId zoneId;

  IndonesianTimeZone(String zone) {
    this.zoneId = ZoneId.of(zone);
  }

  /** {@return the IANA zone, e.g. {@code Asia/Jakarta} for WIB} */
  public ZoneId zoneId() {
    return zoneId;
  }
}
