package id.labinov.core.evaluation;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;

/**
 * A named range of results, e.g. "Baik" (good) for 70 up to 85. A scheme's categories cover its
 * scale exactly once: each runs from {@code min} (inclusive) to {@code max} (exclusive), and the
 * last one, whose {@code max} is {@code null}, up to and including the scale maximum.
 *
 * @param code stable upper-snake code, e.g. {@code SANGAT_BAIK}
 * @param label the name in Bahasa Indonesia and English
 * @param min lowest result in the category, inclusive
 * @param max first result above the category (exclusive), or {@code null} for the last category
 */
public record Category(String code, LocalizedText label, BigDecimal min, BigDecimal max) {
  /**
   * Validates the parts.
   *
   * @param code stable upper-snake code, e.g. {@code SANGAT_BAIK}
   * @param label the name in Bahasa Indonesia and English
   * @param min lowest result in the category, inclusive
   * @param max first result above the category (exclusive), or {@code null} for the last category
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing part
   */
  public Category {
    Checks.notBlank(code, "code");
    Checks.notNull(label, "label");
    Checks.notNull(min, "min");
  }
}
