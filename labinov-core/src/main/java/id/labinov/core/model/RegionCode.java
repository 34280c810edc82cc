package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code (kode wilayah, Permendagri 137/2017): {@code PP} for a province,
 * {@code PP.KK} for a kabupaten (01-69) or kota (71-99), {@code PP.KK.CC} for a kecamatan and
 * {@code PP.KK.CC.NNNN} for a kelurahan (first digit 1), desa (2) or desa adat (3).
 *
 * <p>Every innovation, programme and rulebook belongs to a region; store keys start with it, and a
 * province or national scope is a prefix of it. Example: Kabupaten Lebak is {@code 36.02}.
 *
 * @param value the canonical dotted form
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
  private static final Pattern SHAPE = Pattern.compile("^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$");

  /**
   * Validates the code.
   *
   * @param value the canonical dotted form
   * @throws InvalidValueException with code {@code INVALID_REGION_CODE} or {@code UNKNOWN_PROVINCE}
   */
  public RegionCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidValueException(
          "INVALID_REGION_CODE", "regionCode", value, "error.regionCode.shape");
    }
    Province.ofRegionCode(value);
    String[] parts = value.split("\\.");
    if (parts.length >= 2) {
      int kk = Integer.parseInt(parts[1]);
      if (kk == 0 || kk == 70) {
        throw new InvalidValueException(
            "INVALID_REGION_CODE", "regionCode", value, "error.regionCode.regency");
      }
    }
    if (parts.length >= 3 && Integer.parseInt(parts[2]) == 0) {
      throw new InvalidValueException(
          "INVALID_REGION_CODE", "regionCode", value, "error.regionCode.district");
    }
    if (parts.length == 4) {
      char kind = parts[3].charAt(0);
      if (kind < '1' || kind > '3' || parts[3].substring(1).equals("000")) {
        throw new InvalidValueException(
            "INVALID_REGION_CODE", "regionCode", value, "error.regionCode.village");
      }
    }
  }

  /**
   * Parses a region code, accepting surrounding white space.
   *
   * @param text e.g. {@code "36.02"}
   * @return the code
   * @throws InvalidValueException if the text is not a valid code
   */
  public static RegionCode parse(String text) {
    return new RegionCode(text == null ? null : text.strip());
  }

  /** {@return the administrative level} */
  public RegionLevel level() {
    return switch (value.length()) {
      case 2 -> RegionLevel.PROVINCE;
      case 5 -> RegionLevel.REGENCY_OR_CITY;
      case 8 -> RegionLevel.DISTRICT;
      default -> RegionLevel.VILLAGE;
    };
  }

  /** {@return the province this region lies in} */
  public Province province() {
    return Province.ofRegionCode(value);
  }

  /** {@return the default civil time zone: the province's} */
  public IndonesianTimeZone defaultTimeZone() {
    return province().timeZone();
  }

  /**
   * Tells whether this is a kota (city, {@code KK} 71-99) rather than a kabupaten; empty for a
   * province code.
   *
   * @return {@code true} for a kota, {@code false} for a kabupaten, empty for a province
   */
  public Optional<Boolean> isCity() {
    if (value.length() < 5) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value.substring(3, 5)) >= 71);
  }

  /**
   * Tells whether {@code other} equals this code or lies inside it (this code is a prefix at a
   * segment boundary).
   *
   * @param other another code
   * @return {@code true} if {@code other} is within this region
   */
  public boolean contains(RegionCode other) {
    return other.value.equals(value) || other.value.startsWith(value + ".");
  }

  @Override
  public int compareTo(RegionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
