package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A theme a region uses to group innovations, e.g. {@code KOTA_LAYAK_ANAK} (child-friendly city) or
 * {@code KOTA_TANPA_KUMUH} (slum-free city). Regions choose their own themes.
 *
 * @param code 2-40 upper-case letters, digits or {@code _}, starting with a letter
 */
public record Theme(String code) implements Comparable<Theme> {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /**
   * Validates the code.
   *
   * @param code 2-40 upper-case letters, digits or {@code _}, starting with a letter
   * @throws InvalidValueException with code {@code INVALID_THEME}
   */
  public Theme {
    if (code == null || !SHAPE.matcher(code).matches()) {
      throw new InvalidValueException("INVALID_THEME", "theme", code, "error.theme");
    }
  }

  /**
   * Creates a theme.
   *
   * @param code e.g. {@code "KOTA_LAYAK_ANAK"}
   * @return the theme
   */
  public static Theme of(String code) {
    return new Theme(code);
  }

  @Override
  public int compareTo(Theme o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
