package id.labinov.core.memory;

import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.StageDuration;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.HistoryCheck;
import id.labinov.core.spi.HistorySource;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An innovation store and query port in memory. Thread-safe: appends are serialised by a write
 * lock, reads see committed appends only. Suitable for tests, demos and small embedded uses; data
 * is lost when the JVM stops. As a {@link HistorySource} it hands history verification each
 * innovation's events and state as of one append.
 */
public final class InMemoryInnovationStore implements InnovationStore, InnovationQuery, HistorySource {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  /** Current state and history by id: what commands read and write. */
  private final Map<InnovationId, Entry> byId = new ConcurrentHashMap<>();
  /** Every id in order, for queries; ids of new innovations join it when the next query runs. */
  private final NavigableSet<InnovationId> ordered = new ConcurrentSkipListSet<>();
  /** Ids created since the last query, not yet in {@link #ordered}; guarded by the write lock. */
  private final List<InnovationId> unordered = new ArrayList<>();
  private final Map<Key, IdempotencyRecord> keys = new java.util.HashMap<>();

  /** A state and its history; the history shares its array with the entries before (see {@link EventLog}). */
  private record Entry(InnovationState state, EventLog<InnovationEvent> events) {}

  /** An idempotency key of a region. */
  private record Key(RegionCode region, String key) {}

  /** Creates an empty store. */
  public InMemoryInnovationStore() {}

  @Override
  public Optional<InnovationState> load(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    Entry e = byId.get(ref.id());
    return e == null || !e.state.region().equals(ref.region()) ? Optional.empty() : Optional.of(e.state);
  }

  @Override
  public Optional<IdempotencyRecord> append(Append append) {
    Checks.notNull(append, "append");
    InnovationRef ref = append.target();
    lock.writeLock().lock();
    try {
      if (append.idempotency() != null) {
        IdempotencyRecord known = keys.get(new Key(ref.region(), append.idempotency().key()));
        if (known != null && !known.expiresAt().isBefore(append.events().get(0).metadata().occurredAt())) {
          if (!known.requestHash().equals(append.idempotency().requestHash())) {
            throw new IdempotencyKeyReusedException(known.key(), ref.region().value());
          }
          return Optional.of(known);
        }
      }
      Entry current = byId.get(ref.id());
      if (current != null && !current.state.region().equals(ref.region())) {
        // Same id in another region: ids are global, so refuse as a conflict rather than overwrite.
        throw new VersionConflictException(ref, append.expectedVersion(), -1);
      }
      long actual = current == null ? 0 : current.state.version();
      if (actual != append.expectedVersion()) {
        throw new VersionConflictException(ref, append.expectedVersion(), actual);
      }
      EventLog<InnovationEvent> events = current == null ? EventLog.empty() : current.events;
      byId.put(ref.id(), new Entry(append.state(), events.appended(append.events())));
      if (current == null) {
        unordered.add(ref.id()); // ordered when a query needs it: a command does not pay for the index
      }
      if (append.idempotency() != null) {
        keys.put(new Key(ref.region(), append.idempotency().key()), append.idempotency());
      }
      return Optional.ofNullable(append.idempotency());
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Writes the appends under one write lock; with {@code allOrNothing}, a failed item undoes the
   * items written before it, so readers never see a part of the batch.
   */
  @Override
  public List<id.labinov.core.spi.AppendOutcome> appendAll(List<Append> appends, boolean allOrNothing) {
    Checks.notNull(appends, "appends");
    lock.writeLock().lock();
    try {
      Map<InnovationId, Entry> undoEntries = new java.util.HashMap<>();
      Map<Key, IdempotencyRecord> undoKeys = new java.util.HashMap<>();
      List<id.labinov.core.spi.AppendOutcome> out = new ArrayList<>(appends.size());
      boolean failed = false;
      for (Append a : Checks.notNull(appends, "appends")) {
        Checks.notNull(a, "appends[]");
        undoEntries.putIfAbsent(a.target().id(), byId.get(a.target().id()));
        if (a.idempotency() != null) {
          Key k = new Key(a.target().region(), a.idempotency().key());
          undoKeys.putIfAbsent(k, keys.get(k));
        }
        try {
          append(a);
          out.add(id.labinov.core.spi.AppendOutcome.WRITTEN);
        } catch (VersionConflictException | IdempotencyKeyReusedException e) {
          out.add(id.labinov.core.spi.AppendOutcome.failed(e));
          failed = true;
        }
      }
      if (allOrNothing && failed) {
        undoEntries.forEach((id, e) -> {
          if (e == null) {
            byId.remove(id);
            unordered.remove(id);
            ordered.remove(id);
          } else {
            byId.put(id, e);
          }
        });
        undoKeys.forEach((k, r) -> {
          if (r == null) {
            keys.remove(k);
          } else {
            keys.put(k, r);
          }
        });
        out.replaceAll(o -> o.status() == id.labinov.core.spi.AppendOutcome.Status.WRITTEN
            ? id.labinov.core.spi.AppendOutcome.ROLLED_BACK : o);
      }
      return out;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotency(RegionCode region, String key, Instant now) {
    Checks.notNull(region, "region");
    Checks.notBlank(key, "key");
    Checks.notNull(now, "now");
    lock.readLock().lock();
    try {
      IdempotencyRecord r = keys.get(new Key(region, key));
      return r == null || r.expiresAt().isBefore(now) ? Optional.empty() : Optional.of(r);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<InnovationEvent> history(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    Entry e = byId.get(ref.id());
    return e == null || !e.state.region().equals(ref.region()) ? List.of() : e.events;
  }

  @Override
  public int purgeExpiredIdempotencyKeys(Instant now) {
    Checks.notNull(now, "now");
    lock.writeLock().lock();
    try {
      int removed = 0;
      for (Iterator<IdempotencyRecord> it = keys.values().iterator(); it.hasNext(); ) {
        if (it.next().expiresAt().isBefore(now)) {
          it.remove();
          removed++;
        }
      }
      return removed;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Counts the innovations in the scope (every stored innovation has a state). */
  @Override
  public long countInnovations(Scope scope) {
    Checks.notNull(scope, "scope");
    long n = 0;
    for (InnovationId id : orderedIds()) {
      Entry e = byId.get(id);
      if (e != null && scope.includes(e.state.region())) {
        n++;
      }
    }
    return n;
  }

  /** Lists the innovations of the scope by id, as {@link #find} does without a filter. */
  @Override
  public Page<InnovationRef> innovations(Scope scope, PageRequest page) {
    Page<InnovationSummary> p = find(scope, InnovationFilter.all(), page);
    return new Page<>(p.items().stream().map(InnovationSummary::ref).toList(), p.next());
  }

  /**
   * Hands the check the events and the state of one append (one snapshot), so a command committed
   * meanwhile never shows as a broken link.
   */
  @Override
  public void readStoredHistory(InnovationRef ref, HistoryCheck check) {
    Checks.notNull(ref, "ref");
    Checks.notNull(check, "check");
    Entry e = byId.get(ref.id());
    if (e == null || !e.state.region().equals(ref.region())) {
      check.state(-1, null, true);
      return;
    }
    for (InnovationEvent event : e.events) {
      if (!check.event(event.metadata().sequence(), event, true)) {
        return;
      }
    }
    check.state(e.state.version(), e.state, true);
  }

  /** Every id in order, after moving the ids created since the last query into the index. */
  private NavigableSet<InnovationId> orderedIds() {
    lock.writeLock().lock();
    try {
      if (!unordered.isEmpty()) {
        ordered.addAll(unordered);
        unordered.clear();
      }
    } finally {
      lock.writeLock().unlock();
    }
    return ordered;
  }

  private List<InnovationState> matching(Scope scope, InnovationFilter filter) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    List<InnovationState> out = new ArrayList<>();
    for (InnovationId id : orderedIds()) {
      Entry e = byId.get(id);
      if (e != null && scope.includes(e.state.region()) && filter.matches(InnovationSummary.of(e.state))) {
        out.add(e.state);
      }
    }
    return out;
  }

  @Override
  public Page<InnovationSummary> find(Scope scope, InnovationFilter filter, PageRequest page) {
    Checks.notNull(page, "page");
    List<InnovationSummary> items = new ArrayList<>();
    for (InnovationState s : matching(scope, filter)) {
      if (page.after() != null && s.id().compareTo(page.after()) <= 0) {
        continue;
      }
      if (items.size() == page.size()) {
        return new Page<>(items, new PageRequest(page.size(), items.get(items.size() - 1).ref().id()));
      }
      items.add(InnovationSummary.of(s));
    }
    return new Page<>(items, null);
  }

  @Override
  public List<CountRow> count(Scope scope, InnovationFilter filter, Dimension dimension) {
    Checks.notNull(dimension, "dimension");
    Map<String, Long> counts = new TreeMap<>();
    for (InnovationState s : matching(scope, filter)) {
      for (String key : keys(s, dimension)) {
        counts.merge(key, 1L, Long::sum);
      }
    }
    List<CountRow> rows = new ArrayList<>();
    counts.forEach((k, v) -> rows.add(new CountRow(k, v)));
    return rows;
  }

  private static List<String> keys(InnovationState s, Dimension d) {
    var x = s.details();
    return switch (d) {
      case STAGE -> List.of(s.stage());
      case STATUS -> List.of(s.status().name());
      case OPD -> List.of(x.opd() == null ? "" : x.opd().value());
      case BENTUK -> List.of(x.bentuk() == null ? "" : x.bentuk().name());
      case JENIS -> List.of(x.jenis() == null ? "" : x.jenis().name());
      case PROGRAMME -> List.of(s.programmeId() == null ? "" : s.programmeId());
      case THEME -> x.themes().isEmpty() ? List.of("") : x.themes().stream().map(t -> t.code()).toList();
    };
  }

  @Override
  public Page<StageDuration> stageDurations(Scope scope, InnovationFilter filter, Instant asOf, PageRequest page) {
    Checks.notNull(asOf, "asOf");
    Page<InnovationSummary> ids = find(scope, filter, page);
    List<StageDuration> out = new ArrayList<>();
    for (InnovationSummary sum : ids.items()) {
      InnovationState s = byId.get(sum.ref().id()).state;
      var zone = s.region().defaultTimeZone().zoneId();
      for (StageVisit v : s.visits()) {
        out.add(new StageDuration(s.ref(), s.details().opd(), v.stage(), v.enteredAt(), v.leftAt(), v.days(zone, asOf)));
      }
    }
    return new Page<>(out, ids.next());
  }
}
