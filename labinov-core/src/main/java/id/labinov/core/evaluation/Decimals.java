package id.labinov.core.evaluation;

import java.math.BigDecimal;

/** Small decimal helpers: display text that never blows up on extreme exponents. */
final class Decimals {
  private Decimals() {}

  /** Plain text for ordinary values, scientific notation for absurd exponents. */
  static String display(BigDecimal d) {
    return d == null ? "null" : (d.scale() >= -40 && d.scale() <= 40) ? d.toPlainString() : d.toString();
  }
}
