package id.labinov.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact order statistics of whole numbers (days) in memory proportional to the number of distinct
 * values, not of values. Quartiles interpolate linearly between ranks ({@code QUARTILE.INC}): with
 * {@code h = (n - 1) p}, {@code q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])}.
 */
final class Histogram {
  private final TreeMap<Long, Long> counts = new TreeMap<>();
  private long n;
  private long sum;

  void add(long value) {
    add(value, 1);
  }

  /** Adds {@code count} equal values (a bar of a histogram). */
  void add(long value, long count) {
    counts.merge(value, count, Long::sum);
    n += count;
    sum += value * count;
  }

  long size() {
    return n;
  }

  Long min() {
    return n == 0 ? null : counts.firstKey();
  }

  Long max() {
    return n == 0 ? null : counts.lastKey();
  }

  BigDecimal mean() {
    return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
  }

  /** The quartile {@code quarter}/4 (1, 2 or 3), exact at two decimals. */
  BigDecimal quartile(int quarter) {
    if (n == 0) {
      return null;
    }
    long scaled = (n - 1) * quarter;
    long lo = scaled / 4;
    long remainder = scaled % 4;
    long a = valueAt(lo);
    BigDecimal base = BigDecimal.valueOf(a).setScale(2);
    if (remainder == 0) {
      return base;
    }
    long b = valueAt(lo + 1);
    return base.add(BigDecimal.valueOf((b - a) * remainder).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY));
  }

  /** The value at a 0-based rank. */
  private long valueAt(long rank) {
    long seen = 0;
    for (Map.Entry<Long, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (rank < seen) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("rank " + rank + " of " + n);
  }
}
