package id.labinov.oracle.expect;

import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.oracle.expect.ExpectedSummary.DroppedRow;
import id.labinov.oracle.expect.ExpectedSummary.Facts;
import id.labinov.oracle.expect.ExpectedSummary.FunnelRow;
import id.labinov.oracle.expect.ExpectedSummary.Keyed;
import id.labinov.oracle.expect.ExpectedSummary.ScheduleRow;
import id.labinov.oracle.expect.ExpectedSummary.StageRow;
import id.labinov.oracle.fold.Folded;
import id.labinov.oracle.fold.Stay;
import id.labinov.reporting.data.PhaseState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The programme summary from its definitions: counts by current stage and status, OPD, bentuk and
 * jenis; the funnel of the furthest stage ever occupied; the schedule against the programme's
 * half-open windows on the report day in the programme's zone; target against achieved.
 */
public final class SummaryOracle {
  private SummaryOracle() {}

  /**
   * Computes the expected summary.
   *
   * @param data the raw data
   * @param selection scope and programme
   * @param programme the programme, or {@code null} for a scope summary
   * @param reportTime the report time T
   * @return the expectation
   */
  public static ExpectedSummary expect(Snapshot data, Selection selection, Programme programme, Instant reportTime) {
    List<Folded> in = data.select(selection);
    Rulebook programmeRulebook = programme == null ? null : data.rulebookOf(programme).orElse(null);

    Set<Rulebook> books = new LinkedHashSet<>();
    if (programmeRulebook != null) {
      books.add(programmeRulebook);
    }
    Set<String> currentStages = new LinkedHashSet<>();
    for (Folded f : in) {
      books.add(data.rulebookOf(f));
      currentStages.add(f.stage());
    }
    List<String> axis = Snapshot.axis(books, currentStages);

    Map<String, long[]> byStage = new TreeMap<>();
    Map<InnovationStatus, Long> byStatus = new EnumMap<>(InnovationStatus.class);
    for (InnovationStatus s : InnovationStatus.values()) {
      byStatus.put(s, 0L);
    }
    Map<OpdCode, Long> byOpd = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    Map<Bentuk, Long> byBentuk = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    Map<Jenis, Long> byJenis = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    Map<String, Long> reached = new TreeMap<>();
    for (Folded f : in) {
      long[] c = byStage.computeIfAbsent(f.stage(), k -> new long[3]);
      c[f.status().ordinal()]++;
      byStatus.merge(f.status(), 1L, Long::sum);
      byOpd.merge(f.opd(), 1L, Long::sum);
      byBentuk.merge(f.details().bentuk(), 1L, Long::sum);
      byJenis.merge(f.details().jenis(), 1L, Long::sum);
      Rulebook own = data.rulebookOf(f);
      int furthest = furthestOrder(own, f);
      for (Stage s : own.stages()) {
        if (s.order() <= furthest) {
          reached.merge(s.code(), 1L, Long::sum);
        }
      }
    }
    long total = in.size();

    List<StageRow> stageRows = new ArrayList<>();
    List<FunnelRow> funnel = new ArrayList<>();
    Long previous = null;
    for (String code : axis) {
      long[] c = byStage.getOrDefault(code, new long[3]);
      stageRows.add(new StageRow(code, c[InnovationStatus.ACTIVE.ordinal()], c[InnovationStatus.ON_HOLD.ordinal()],
          c[InnovationStatus.DROPPED.ordinal()]));
      long r = reached.getOrDefault(code, 0L);
      funnel.add(new FunnelRow(code, r, Figures.percent(r, total), previous == null ? null : Figures.percent(r, previous)));
      previous = r;
    }

    List<ScheduleRow> schedule = new ArrayList<>();
    Facts facts = null;
    if (programme != null) {
      LocalDate day = reportTime.atZone(programme.timeZone().zoneId()).toLocalDate();
      List<String> order = programmeRulebook == null ? axis
          : Snapshot.ordered(programmeRulebook).stream().map(Stage::code).toList();
      String last = order.isEmpty() ? null : order.get(order.size() - 1);
      long lateTotal = 0;
      for (String code : order) {
        long[] c = byStage.getOrDefault(code, new long[3]);
        long notDropped = c[InnovationStatus.ACTIVE.ordinal()] + c[InnovationStatus.ON_HOLD.ordinal()];
        PhaseWindow w = programme.schedule().get(code);
        PhaseState phase = phase(w, day);
        long late = phase == PhaseState.CLOSED && !code.equals(last) ? notDropped : 0;
        lateTotal += late;
        schedule.add(new ScheduleRow(code, w == null ? null : w.start(), w == null ? null : w.end().minusDays(1), phase,
            notDropped, reached.getOrDefault(code, 0L), late));
      }
      long[] atLast = last == null ? new long[3] : byStage.getOrDefault(last, new long[3]);
      long achieved = atLast[InnovationStatus.ACTIVE.ordinal()] + atLast[InnovationStatus.ON_HOLD.ordinal()];
      facts = new Facts(programme.id(), programme.name(), programme.year(), programme.organisingUnit(),
          programme.status(), programme.target(), achieved, Figures.percent(achieved, programme.target()), lateTotal,
          last);
    }

    List<DroppedRow> dropped = new ArrayList<>();
    in.stream().filter(Folded::dropped).sorted(Comparator.comparing(f -> f.ref().id())).forEach(f -> dropped.add(
        new DroppedRow(f.ref(), f.details().title(), f.opd(), f.stage(), f.lastDrop(), f.lastDropReason())));

    return new ExpectedSummary(programme != null ? programme.timeZone() : Zones.of(selection.scope()), total, stageRows,
        byStatus, keyed(byOpd, List.of()), keyed(byBentuk, allWithNotSet(Bentuk.values())),
        keyed(byJenis, allWithNotSet(Jenis.values())), funnel, schedule, facts, dropped);
  }

  /** The highest order, in the innovation's own rulebook, of every stage it has been in (current included). */
  static int furthestOrder(Rulebook own, Folded f) {
    int furthest = Integer.MIN_VALUE;
    for (Stay s : f.stays()) {
      furthest = Math.max(furthest, own.findStage(s.stage()).map(Stage::order).orElse(Integer.MIN_VALUE));
    }
    return furthest;
  }

  static PhaseState phase(PhaseWindow w, LocalDate day) {
    if (w == null) {
      return PhaseState.NO_WINDOW;
    }
    if (day.isBefore(w.start())) {
      return PhaseState.UPCOMING;
    }
    return day.isBefore(w.end()) ? PhaseState.OPEN : PhaseState.CLOSED;
  }

  private static <K> List<K> allWithNotSet(K[] values) {
    List<K> out = new ArrayList<>(List.of(values));
    out.add(null);
    return out;
  }

  /** The counts as rows: every listed key in order (0 if absent), or, without a list, the keys counted. */
  private static <K> List<Keyed<K>> keyed(Map<K, Long> counts, List<K> every) {
    List<Keyed<K>> out = new ArrayList<>();
    if (every.isEmpty()) {
      counts.forEach((k, n) -> out.add(new Keyed<>(k, n)));
    } else {
      for (K k : every) {
        out.add(new Keyed<>(k, counts.getOrDefault(k, 0L)));
      }
    }
    return out;
  }
}
