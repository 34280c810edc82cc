package id.labinov.core.evaluation;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion (or indicator) of an evaluation scheme.
 *
 * @param code stable upper-snake code, e.g. {@code NOVELTY}
 * @param label the name in Bahasa Indonesia and English
 * @param weight its weight, greater than 0
 * @param levels for {@link SchemeKind#INDICATOR INDICATOR} schemes the descriptions of levels 1..n
 *     (index 0 describes level 1); empty for {@link SchemeKind#SCORED SCORED} schemes; never
 *     {@code null}
 * @param mandatory whether every score sheet must contain it; an optional criterion left out counts
 *     as the scale minimum (level 0 for indicators)
 */
public record Criterion(String code, LocalizedText label, BigDecimal weight, List<LocalizedText> levels,
    boolean mandatory) {
  /**
   * Validates and copies the parts.
   *
   * @param code stable upper-snake code, e.g. {@code NOVELTY}
   * @param label the name in Bahasa Indonesia and English
   * @param weight its weight, greater than 0
   * @param levels for {@link SchemeKind#INDICATOR INDICATOR} schemes the descriptions of levels 1..n
   *     (index 0 describes level 1); empty for {@link SchemeKind#SCORED SCORED} schemes; never
   *     {@code null}
   * @param mandatory whether every score sheet must contain it; an optional criterion left out counts
   *     as the scale minimum (level 0 for indicators)
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing part
   */
  public Criterion {
    Checks.notBlank(code, "code");
    Checks.notNull(label, "label");
    Checks.notNull(weight, "weight");
    levels = List.copyOf(Checks.notNull(levels, "levels"));
  }

  /**
   * Returns the highest level an evaluator may give: the number of level descriptions.
   *
   * @return 0 for a scored criterion, otherwise n
   */
  public int maxLevel() {
    return levels.size();
  }
}
