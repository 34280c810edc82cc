package id.labinov.core.spi;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.ReachRow;
import id.labinov.core.query.RulebookStage;
import id.labinov.core.query.RulebookUse;
import id.labinov.core.query.StageDays;
import id.labinov.core.query.StageDuration;
import id.labinov.core.query.StalledStay;
import id.labinov.core.query.StalledStays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The default aggregates of {@link InnovationQuery}, computed by paging through {@code find} and
 * {@code stageDurations}: the reference definitions that stores which push the aggregates down must
 * reproduce. Each holds counters only, never the innovations. Not API.
 */
final class QueryDefaults {
  private QueryDefaults() {}

  /** Checks the arguments every aggregate takes. */
  static void check(Scope scope, InnovationFilter filter) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
  }

  /** Checks the arguments of {@link InnovationQuery#stalled} (a store that pushes it down checks them alike). */
  static void checkStalled(Scope scope, InnovationFilter filter, Instant asOf, long moreThanDays,
      Set<RulebookStage> arrived, int limit) {
    check(scope, filter);
    Checks.notNull(asOf, "asOf");
    Checks.notNull(arrived, "arrived").forEach(a -> Checks.notNull(a, "arrived"));
    Checks.notNegative(moreThanDays, "moreThanDays");
    Checks.limit(limit, "limit", StalledStays.MAX_LIMIT);
  }

  /**
   * Calls {@code action} for every matching innovation with its stays, reading the summaries and the
   * stays with the same page requests (a page of stays covers the innovations of the page of
   * summaries); a stay of an innovation not on the summary page (a concurrent change) is left out.
   */
  static void forEachWithStays(InnovationQuery q, Scope scope, InnovationFilter filter, Instant asOf,
      BiConsumer<InnovationSummary, List<StageDuration>> action) {
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (page != null) {
      Page<InnovationSummary> result = q.find(scope, filter, page);
      Page<StageDuration> stays = q.stageDurations(scope, filter, asOf, page);
      Map<InnovationId, List<StageDuration>> byId = new HashMap<>();
      for (StageDuration d : stays.items()) {
        byId.computeIfAbsent(d.ref().id(), k -> new ArrayList<>()).add(d);
      }
      for (InnovationSummary s : result.items()) {
        List<StageDuration> own = byId.getOrDefault(s.ref().id(), List.of());
        action.accept(s, own.stream().filter(d -> d.ref().equals(s.ref())).toList());
      }
      page = result.next();
    }
  }

  /** A rulebook version in a region. */
  private record RulebookKey(RegionCode region, String id, int version) {}

  static List<RulebookUse> rulebooks(InnovationQuery q, Scope scope, InnovationFilter filter) {
    check(scope, filter);
    Map<RulebookKey, RulebookUse> uses = new LinkedHashMap<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (page != null) {
      Page<InnovationSummary> result = q.find(scope, filter, page);
      for (InnovationSummary s : result.items()) {
        // pages come in id order: the first innovation seen of a group has its lowest id
        uses.merge(new RulebookKey(s.ref().region(), s.rulebookId(), s.rulebookVersion()),
            new RulebookUse(s.ref().region(), s.rulebookId(), s.rulebookVersion(), s.ref(), 1),
            (a, b) -> new RulebookUse(a.region(), a.rulebookId(), a.rulebookVersion(), a.first(), a.innovations() + 1));
      }
      page = result.next();
    }
    List<RulebookUse> out = new ArrayList<>(uses.values());
    out.sort(RulebookUse.ORDER);
    return out;
  }

  /** A bar of the histogram being counted. */
  private record DaysKey(String stage, long days) {}

  static List<StageDays> stageDays(InnovationQuery q, Scope scope, InnovationFilter filter, Instant asOf) {
    check(scope, filter);
    Checks.notNull(asOf, "asOf");
    Map<DaysKey, long[]> counts = new HashMap<>();
    forEachWithStays(q, scope, filter, asOf, (s, stays) -> {
      for (StageDuration d : stays) {
        long[] c = counts.computeIfAbsent(new DaysKey(d.stage(), d.days()), k -> new long[2]);
        c[0]++;
        // a dropped innovation's stay ended at the drop: it is not ongoing
        if (d.current() && s.status() != InnovationStatus.DROPPED) {
          c[1]++;
        }
      }
    });
    List<StageDays> out = new ArrayList<>(counts.size());
    counts.forEach((k, c) -> out.add(new StageDays(k.stage(), k.days(), c[0], c[1])));
    out.sort(StageDays.ORDER);
    return out;
  }

  /** The group of a reach row. */
  private record ReachKey(String rulebookId, int rulebookVersion, OpdCode opd, InnovationStatus status, String stage,
      Set<String> visited, boolean implementation, boolean trial) {}

  static List<ReachRow> reach(InnovationQuery q, Scope scope, InnovationFilter filter, Instant asOf) {
    check(scope, filter);
    Checks.notNull(asOf, "asOf");
    Map<ReachKey, Long> counts = new HashMap<>();
    forEachWithStays(q, scope, filter, asOf, (s, stays) -> {
      Set<String> visited = new TreeSet<>();
      stays.forEach(d -> visited.add(d.stage()));
      LocalDate today = asOf.atZone(s.ref().region().defaultTimeZone().zoneId()).toLocalDate();
      counts.merge(new ReachKey(s.rulebookId(), s.rulebookVersion(), s.opd(), s.status(), s.stage(), visited,
          onOrBefore(s.implementationStartDate(), today), onOrBefore(s.trialStartDate(), today)), 1L, Long::sum);
    });
    List<ReachRow> out = new ArrayList<>(counts.size());
    counts.forEach((k, n) -> out.add(new ReachRow(k.rulebookId(), k.rulebookVersion(), k.opd(), k.status(), k.stage(),
        k.visited(), k.implementation(), k.trial(), n)));
    out.sort(ReachRow.ORDER);
    return out;
  }

  private static boolean onOrBefore(LocalDate date, LocalDate today) {
    return date != null && !date.isAfter(today);
  }

  static StalledStays stalled(InnovationQuery q, Scope scope, InnovationFilter filter, Instant asOf, long moreThanDays,
      Set<RulebookStage> arrived, int limit) {
    checkStalled(scope, filter, asOf, moreThanDays, arrived, limit);
    Set<RulebookStage> finals = Set.copyOf(arrived);
    PriorityQueue<StalledStay> kept = new PriorityQueue<>(StalledStay.ORDER.reversed());
    long[] total = {0};
    forEachWithStays(q, scope, filter, asOf, (s, stays) -> {
      if (s.status() == InnovationStatus.DROPPED) {
        return; // its stay ended at the drop: not stalled
      }
      for (StageDuration d : stays) {
        if (d.current() && d.days() > moreThanDays
            && !finals.contains(new RulebookStage(s.rulebookId(), s.rulebookVersion(), d.stage()))) {
          total[0]++;
          kept.add(new StalledStay(s.ref(), s.title(), s.opd(), s.status(), s.rulebookId(), s.rulebookVersion(),
              d.stage(), d.enteredAt(), d.days()));
          if (kept.size() > limit) {
            kept.poll();
          }
        }
      }
    });
    List<StalledStay> longest = new ArrayList<>(kept);
    longest.sort(StalledStay.ORDER);
    return new StalledStays(total[0], longest);
  }
}
