package id.labinov.oracle.expect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The oracle's arithmetic: percentages, means and quartiles, from their definitions. */
public final class Figures {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Figures() {}

  /**
   * Returns {@code part × 100 / whole} with 2 decimals, half up; {@code null} when {@code whole} is 0.
   */
  public static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /** Returns the mean with 2 decimals, half up; {@code null} for no values. */
  public static BigDecimal mean(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (long v : values) {
      sum = sum.add(BigDecimal.valueOf(v));
    }
    return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }

  /**
   * Returns a quartile as a spreadsheet's {@code QUARTILE.INC}: with the values sorted ascending
   * (x[0] first), h = (n − 1) p, q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]); 2 decimals, half up.
   *
   * @param sorted the values, ascending
   * @param p 0.25, 0.5 or 0.75
   * @return the quartile, or {@code null} for no values
   */
  public static BigDecimal quartile(List<Long> sorted, BigDecimal p) {
    if (sorted.isEmpty()) {
      return null;
    }
    BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
    int lo = h.setScale(0, RoundingMode.FLOOR).intValueExact();
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
    BigDecimal base = BigDecimal.valueOf(sorted.get(lo));
    BigDecimal q = fraction.signum() == 0 ? base
        : base.add(fraction.multiply(BigDecimal.valueOf(sorted.get(lo + 1) - sorted.get(lo))));
    return q.setScale(2, RoundingMode.HALF_UP);
  }
}
