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
      "hold over a midnight", "programme zone not the region's", "phase closed refusal", "handed over",
      "handed over to another OPD", "handover refused ROLE_NOT_PERMITTED", "handover refused SAME_OWNER",
      "handover refused NO_SUCH_PERSON");

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

  /**
   * Paths the generator reaches in only a few years in a hundred (an innovation moved after its
   * programme's phase closed; a ranking trimmed of its highest and lowest sheets): required of the long runs (in memory and H2, 200 years), where they
   * are always reached, not of the short runs on the servers (30 years), which would then fail by
   * chance. The servers run the same code for those paths as H2 does.
   */
  public static final List<String> RARE = List.of("phase closed refusal", "trimmed ranking");

  /** The fewest generated years for which {@link #RARE} paths are required too. */
  public static final int RARE_FROM_YEARS = 100;

  /**
   * Fails unless everything {@link #REQUIRED} was exercised ({@link #RARE} paths only on long runs).
   *
   * @param years how many lab years the run generated
   */
  public synchronized void assertEverythingExercised(int years) {
    List<String> required = years >= RARE_FROM_YEARS ? REQUIRED
        : REQUIRED.stream().filter(r -> !RARE.contains(r)).toList();
    assertThat(counts.keySet()).as("what the generated lab years exercised: " + counts).containsAll(required);
  }

  @Override
  public synchronized String toString() {
    return counts.toString();
  }
}
