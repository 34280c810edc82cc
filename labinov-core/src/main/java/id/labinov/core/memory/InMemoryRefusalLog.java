package id.labinov.core.memory;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.Refusal;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Scope;
import id.labinov.core.spi.RefusalLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A refusal log in memory: refusals kept in a sorted map by instant and insertion number, so a
 * period is a sub-map and a purge drops its head. Readers iterate while writers append (weakly
 * consistent: a refusal appended during a {@code forEach} may or may not be seen). Thread-safe.
 */
@Beta
public final class InMemoryRefusalLog implements RefusalLog {
  /** Orders refusals by instant, then by insertion. */
  private record Key(Instant at, long sequence) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::at).thenComparingLong(Key::sequence);

  private final NavigableMap<Key, Refusal> refusals = new ConcurrentSkipListMap<>(ORDER);
  private final AtomicLong sequence = new AtomicLong();

  /** Creates an empty log. */
  public InMemoryRefusalLog() {}

  @Override
  public void append(List<Refusal> list) {
    Checks.notNull(list, "refusals");
    List<Refusal> checked = new ArrayList<>(list.size());
    for (Refusal r : list) {
      checked.add(Checks.notNull(r, "refusals[]"));
    }
    for (Refusal r : checked) {
      refusals.put(new Key(r.at(), sequence.incrementAndGet()), r);
    }
  }

  @Override
  public void forEach(Scope scope, Instant from, Instant to, Consumer<Refusal> action) {
    Checks.notNull(scope, "scope");
    Checks.period(from, to);
    Checks.notNull(action, "action");
    for (Refusal r : period(from, to).values()) {
      if (scope.includes(r.region())) {
        action.accept(r);
      }
    }
  }

  @Override
  public long count(Scope scope, Instant from, Instant to) {
    Checks.notNull(scope, "scope");
    Checks.period(from, to);
    long n = 0;
    for (Refusal r : period(from, to).values()) {
      if (scope.includes(r.region())) {
        n++;
      }
    }
    return n;
  }

  @Override
  public long purgeBefore(Instant cutoff) {
    Map<Key, Refusal> old = refusals.headMap(new Key(micros(Checks.notNull(cutoff, "cutoff")), Long.MIN_VALUE));
    long n = 0;
    for (Key k : old.keySet()) {
      if (refusals.remove(k) != null) {
        n++;
      }
    }
    return n;
  }

  /** The refusals of {@code [from, to)}, compared at microseconds as stored. */
  private NavigableMap<Key, Refusal> period(Instant from, Instant to) {
    return refusals.subMap(new Key(micros(from), Long.MIN_VALUE), true, new Key(micros(to), Long.MIN_VALUE), false);
  }

  /**
   * The first microsecond at or after an instant: stored instants are whole microseconds, so one is
   * at or after {@code t} exactly when it is at or after this.
   */
  private static Instant micros(Instant t) {
    Instant down = t.truncatedTo(ChronoUnit.MICROS);
    // Instant.MAX has no microsecond after it; nothing stored lies between the two anyway
    return down.equals(t) || t.equals(Instant.MAX) ? t : down.plus(1, ChronoUnit.MICROS);
  }
}
