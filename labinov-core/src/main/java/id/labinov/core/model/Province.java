package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Indonesia's provinces with their Kemendagri two-digit codes (Permendagri 137/2017 as updated for
 * the Papua provinces formed in 2022) and the civil time zone of their capital.
 *
 * <p>A province spanning two zones uses its capital's zone here; a region that differs (none is
 * known among the listed provinces) can override it with
 * {@link id.labinov.core.Labinov.Builder#timeZone(RegionCode, IndonesianTimeZone)}.
 */
public enum Province {
  /** Aceh. */
  ACEH("11", "Aceh", IndonesianTimeZone.WIB),
  /** Sumatera Utara (North Sumatra). */
  SUMATERA_UTARA("12", "Sumatera Utara", IndonesianTimeZone.WIB),
  /** Sumatera Barat (West Sumatra). */
  SUMATERA_BARAT("13", "Sumatera Barat", IndonesianTimeZone.WIB),
  /** Riau. */
  RIAU("14", "Riau", IndonesianTimeZone.WIB),
  /** Jambi. */
  JAMBI("15", "Jambi", IndonesianTimeZone.WIB),
  /** Sumatera Selatan (South Sumatra). */
  SUMATERA_SELATAN("16", "Sumatera Selatan", IndonesianTimeZone.WIB),
  /** Bengkulu. */
  BENGKULU("17", "Bengkulu", IndonesianTimeZone.WIB),
  /** Lampung. */
  LAMPUNG("18", "Lampung", IndonesianTimeZone.WIB),
  /** Kepulauan Bangka Belitung (Bangka Belitung Islands). */
  KEPULAUAN_BANGKA_BELITUNG("19", "Kepulauan Bangka Belitung", IndonesianTimeZone.WIB),
  /** Kepulauan Riau (Riau Islands). */
  KEPULAUAN_RIAU("21", "Kepulauan Riau", IndonesianTimeZone.WIB),
  /** DKI Jakarta. */
  DKI_JAKARTA("31", "DKI Jakarta", IndonesianTimeZone.WIB),
  /** Jawa Barat (West Java). */
  JAWA_BARAT("32", "Jawa Barat", IndonesianTimeZone.WIB),
  /** Jawa Tengah (Central Java). */
  JAWA_TENGAH("33", "Jawa Tengah", IndonesianTimeZone.WIB),
  /** DI Yogyakarta. */
  DI_YOGYAKARTA("34", "DI Yogyakarta", IndonesianTimeZone.WIB),
  /** Jawa Timur (East Java). */
  JAWA_TIMUR("35", "Jawa Timur", IndonesianTimeZone.WIB),
  /** Banten. */
  BANTEN("36", "Banten", IndonesianTimeZone.WIB),
  /** Bali. */
  BALI("51", "Bali", IndonesianTimeZone.WITA),
  /** Nusa Tenggara Barat (West Nusa Tenggara). */
  NUSA_TENGGARA_BARAT("52", "Nusa Tenggara Barat", IndonesianTimeZone.WITA),
  /** Nusa Tenggara Timur (East Nusa Tenggara). */
  NUSA_TENGGARA_TIMUR("53", "Nusa Tenggara Timur", IndonesianTimeZone.WITA),
  /** Kalimantan Barat (West Kalimantan). */
  KALIMANTAN_BARAT("61", "Kalimantan Barat", IndonesianTimeZone.WIB),
  /** Kalimantan Tengah (Central Kalimantan). */
  KALIMANTAN_TENGAH("62", "Kalimantan Tengah", IndonesianTimeZone.WIB),
  /** Kalimantan Selatan (South Kalimantan). */
  KALIMANTAN_SELATAN("63", "Kalimantan Selatan", IndonesianTimeZone.WITA),
  /** Kalimantan Timur (East Kalimantan). */
  KALIMANTAN_TIMUR("64", "Kalimantan Timur", IndonesianTimeZone.WITA),
  /** Kalimantan Utara (North Kalimantan). */
  KALIMANTAN_UTARA("65", "Kalimantan Utara", IndonesianTimeZone.WITA),
  /** Sulawesi Utara (North Sulawesi). */
  SULAWESI_UTARA("71", "Sulawesi Utara", IndonesianTimeZone.WITA),
  /** Sulawesi Tengah (Central Sulawesi). */
  SULAWESI_TENGAH("72", "Sulawesi Tengah", IndonesianTimeZone.WITA),
  /** Sulawesi Selatan (South Sulawesi). */
  SULAWESI_SELATAN("73", "Sulawesi Selatan", IndonesianTimeZone.WITA),
  /** Sulawesi Tenggara (Southeast Sulawesi). */
  SULAWESI_TENGGARA("74", "Sulawesi Tenggara", IndonesianTimeZone.WITA),
  /** Gorontalo. */
  GORONTALO("75", "Gorontalo", IndonesianTimeZone.WITA),
  /** Sulawesi Barat (West Sulawesi). */
  SULAWESI_BARAT("76", "Sulawesi Barat", IndonesianTimeZone.WITA),
  /** Maluku. */
  MALUKU("81", "Maluku", IndonesianTimeZone.WIT),
  /** Maluku Utara (North Maluku). */
  MALUKU_UTARA("82", "Maluku Utara", IndonesianTimeZone.WIT),
  /** Papua. */
  PAPUA("91", "Papua", IndonesianTimeZone.WIT),
  /** Papua Barat (West Papua). */
  PAPUA_BARAT("92", "Papua Barat", IndonesianTimeZone.WIT),
  /** Papua Selatan (South Papua). */
  PAPUA_SELATAN("93", "Papua Selatan", IndonesianTimeZone.WIT),
  /** Papua Tengah (Central Papua). */
  PAPUA_TENGAH("94", "Papua Tengah", IndonesianTimeZone.WIT),
  /** Papua Pegunungan (Highland Papua). */
  PAPUA_PEGUNUNGAN("95", "Papua Pegunungan", IndonesianTimeZone.WIT),
  /** Papua Barat Daya (Southwest Papua). */
  PAPUA_BARAT_DAYA("96", "Papua Barat Daya", IndonesianTimeZone.WIT);

  private final String code;
  private final String displayName;
  private final IndonesianTimeZone timeZone;

  Province(String code, String displayName, IndonesianTimeZone timeZone) {
    this.code = code;
    this.displayName = displayName;
    this.timeZone = timeZone;
  }

  /** {@return the two-digit Kemendagri code, e.g. {@code 36} for Banten} */
  public String code() {
    return code;
  }

  /** {@return the official name in Bahasa Indonesia, e.g. {@code Jawa Barat}} */
  public String displayName() {
    return displayName;
  }

  /** {@return the civil time zone of the province's capital} */
  public IndonesianTimeZone timeZone() {
    return timeZone;
  }

  /**
   * Finds the province with the given two-digit code.
   *
   * @param code two digits, e.g. {@code "36"}; {@code null} gives an empty result
   * @return the province, or empty if no province has that code
   */
  public static Optional<Province> findByCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }

  private static final java.util.Map<String, Province> BY_CODE;
  /** By the number the two digits make, so a region code's province is found without a substring. */
  private static final Province[] BY_NUMBER = new Province[100];

  static {
    java.util.Map<String, Province> m = new java.util.HashMap<>();
    for (Province p : values()) {
      m.put(p.code, p);
      BY_NUMBER[Integer.parseInt(p.code)] = p;
    }
    BY_CODE = java.util.Map.copyOf(m);
  }

  /**
   * Returns the province of a region code whose shape is checked (it starts with two digits).
   *
   * @param regionCode e.g. {@code "36.02"}
   * @return the province
   * @throws InvalidValueException with code {@code UNKNOWN_PROVINCE} if no province has its first two digits
   */
  static Province ofRegionCode(String regionCode) {
    Province p = BY_NUMBER[(regionCode.charAt(0) - '0') * 10 + (regionCode.charAt(1) - '0')];
    return p != null ? p : ofCode(regionCode.substring(0, 2));
  }

  /**
   * Returns the province with the given two-digit code.
   *
   * @param code two digits, e.g. {@code "36"}
   * @return the province
   * @throws InvalidValueException with code {@code UNKNOWN_PROVINCE} listing the known codes
   */
  public static Province ofCode(String code) {
    return findByCode(code)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "UNKNOWN_PROVINCE",
                    "province",
                    code,
                    "error.province.unknown",
                    Arrays.stream(values()).map(Province::code).collect(Collectors.joining(", "))));
  }
}
