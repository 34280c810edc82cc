package id.labinov.oracle.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the generated lab years exercised, across all of a property's examples, so that a
 * property cannot pass without exercising what it claims to check. Thread-safe.
 */
public final class Coverage {
  /** What every run of a property must have exercised at least once. */
  public static final List<String> REQUIRED = List.of("proposed", "advanced", "advanced conditionally",
      "fast-tracked", "returned for rework", "put on hold", "resumed", "dropped", "reopened", "opd changed", "migrated",
      "sheet accepted", "sheet refused CONFLICT_OF_INTEREST_OPD", "sheet refused CONFLICT_OF_INTEREST_INNOVATOR",
      "sheet refused ALREADY_SCORED", "raw sheet OTHER_VERSION", "raw sheet OFF_SCALE", "raw sheet RESUBMITTED",
      "report time", "report time at a midnight", "late in schedule", "stalled", "trimmed ranking", "catalogue entry", "national stage from dates",
      "hold over a midnight", "programme zone not the region's", "phase closed refusal");

  private final Map<String, Long> counts = new TreeMap<>();

  /** Counts one occurrence. */
  public synchronized void saw(String what) {
    counts.merge(what, 1L, Long::sum);
  }

  /** Counts several occurrences. */
  public synchronized void saw(String what, long n) {
    if (n > 0) {
      counts.merge(what, n, Long::sum);
    }
  }

  /** Returns the counts. */
  public synchronized Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  /** Fails unless everything {@link #REQUIRED} was exercised. */
  public synchronized void assertEverythingExercised() {
    assertThat(counts.keySet()).as("what the generated lab years exercised: " + counts).containsAll(REQUIRED);
  }

  @Override
  public synchronized String toString() {
    return counts.toString();
  }
}
