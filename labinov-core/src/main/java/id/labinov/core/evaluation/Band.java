package id.labinov.core.evaluation;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;

/**
 * One rating band ("predikat") of the regional innovation index, e.g. {@code SANGAT_INOVATIF}.
 * Bands of a year cover 0-100 exactly once: each runs from {@code min} (inclusive) to {@code max}
 * (exclusive); the last one, whose {@code max} is {@code null}, up to and including 100.
 *
 * @param code stable upper-snake code: {@code TIDAK_DAPAT_DINILAI}, {@code KURANG_INOVATIF},
 *     {@code INOVATIF} or {@code SANGAT_INOVATIF} in the shipped table
 * @param label the name in Bahasa Indonesia and English
 * @param min lowest index in the band, inclusive
 * @param max first index above the band (exclusive), or {@code null} for the highest band
 */
public record Band(String code, LocalizedText label, BigDecimal min, BigDecimal max) {
  /**
   * Validates the parts.
   *
   * @param code stable upper-snake code: {@code TIDAK_DAPAT_DINILAI}, {@code KURANG_INOVATIF},
   *     {@code INOVATIF} or {@code SANGAT_INOVATIF} in the shipped table
   * @param label the name in Bahasa Indonesia and English
   * @param min lowest index in the band, inclusive
   * @param max first index above the band (exclusive), or {@code null} for the highest band
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing part
   */
  public Band {
    Checks.notBlank(code, "code");
    Checks.notNull(label, "label");
    Checks.notNull(min, "min");
  }
}
