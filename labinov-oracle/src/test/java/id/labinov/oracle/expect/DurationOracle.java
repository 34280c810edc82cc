package id.labinov.oracle.expect;

import id.labinov.core.rules.Rulebook;
import id.labinov.oracle.expect.ExpectedDurations.StageStats;
import id.labinov.oracle.expect.ExpectedDurations.StalledRow;
import id.labinov.oracle.fold.Days;
import id.labinov.oracle.fold.Folded;
import id.labinov.oracle.fold.Stay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage durations from their definitions: every stay of every innovation in each stage, its days
 * counted by {@link Days}; ongoing = stays not yet left by innovations that are not dropped; stalled =
 * not dropped, current stay longer than the threshold, not in its rulebook's last stage.
 */
public final class DurationOracle {
  private static final BigDecimal Q1 = new BigDecimal("0.25");
  private static final BigDecimal Q2 = new BigDecimal("0.5");
  private static final BigDecimal Q3 = new BigDecimal("0.75");

  private DurationOracle() {}

  /**
   * Computes the expected report.
   *
   * @param data the raw data
   * @param selection scope and programme
   * @param stalledAfterDays the threshold
   * @param reportTime the report time T
   * @return the expectation
   */
  public static ExpectedDurations expect(Snapshot data, Selection selection, int stalledAfterDays, Instant reportTime) {
    List<Folded> in = data.select(selection);
    Set<Rulebook> books = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    Map<String, List<Long>> days = new HashMap<>();
    Map<String, Long> ongoing = new HashMap<>();
    List<StalledRow> stalled = new ArrayList<>();
    for (Folded f : in) {
      Rulebook own = data.rulebookOf(f);
      books.add(own);
      ZoneId zone = f.ref().region().defaultTimeZone().zoneId();
      for (Stay s : f.stays()) {
        seen.add(s.stage());
        long d = Days.count(s, Days.end(f, s, reportTime), zone);
        days.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(d);
        if (s.current() && !f.dropped()) {
          ongoing.merge(s.stage(), 1L, Long::sum);
          if (d > stalledAfterDays && !s.stage().equals(Snapshot.lastStage(own))) {
            stalled.add(new StalledRow(f.ref(), f.details().title(), f.opd(), s.stage(), f.status(), s.enteredAt(), d));
          }
        }
      }
    }
    List<StageStats> stats = new ArrayList<>();
    for (String code : Snapshot.axis(books, seen)) {
      List<Long> values = new ArrayList<>(days.getOrDefault(code, List.of()));
      values.sort(Comparator.naturalOrder());
      boolean none = values.isEmpty();
      stats.add(new StageStats(code, values.size(), ongoing.getOrDefault(code, 0L), none ? null : values.get(0),
          Figures.quartile(values, Q1), Figures.quartile(values, Q2), Figures.quartile(values, Q3),
          none ? null : values.get(values.size() - 1), Figures.mean(values)));
    }
    stalled.sort(Comparator.comparingLong(StalledRow::days).reversed().thenComparing(StalledRow::enteredAt)
        .thenComparing(r -> r.ref().id()));
    return new ExpectedDurations(stalledAfterDays, stats, stalled.size(), stalled);
  }
}
