package id.labinov.reporting;

import id.labinov.core.event.Dropped;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.ReachRow;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Stage;
import id.labinov.reporting.data.Count;
import id.labinov.reporting.data.DroppedInnovation;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.PhaseState;
import id.labinov.reporting.data.ProgrammeFacts;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.ScheduleStep;
import id.labinov.reporting.data.StageCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the programme summary from the store's counts and its groups of innovations that came
 * equally far (the funnel and furthest stages), so nothing pages through the innovations but the
 * dropped list, which is read while it is rendered. Holds counters only, never the innovations.
 */
final class SummaryComputer {
  private final Context ctx;
  private final StageAxis axis;

  SummaryComputer(Context ctx) {
    this.ctx = ctx;
    this.axis = new StageAxis(ctx);
  }

  ProgrammeSummary compute(Scope scope, InnovationFilter filter, Programme programme) {
    IndonesianTimeZone zone = programme != null ? programme.timeZone() : Context.zoneOf(scope);
    Map<String, Long> byStatus = counts(scope, Optional.of(filter), Dimension.STATUS);
    long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> active = counts(scope, Filters.withStatuses(filter, Set.of(InnovationStatus.ACTIVE)), Dimension.STAGE);
    Map<String, Long> onHold = counts(scope, Filters.withStatuses(filter, Set.of(InnovationStatus.ON_HOLD)), Dimension.STAGE);
    Map<String, Long> dropped = counts(scope, Filters.withStatuses(filter, Set.of(InnovationStatus.DROPPED)), Dimension.STAGE);

    // the programme's own rulebook first: its stages and labels lead, even before any innovation
    // follows it, and after its innovations moved to another version
    Optional<Rulebook> programmeRulebook = programme == null ? Optional.empty() : programmeRulebook(programme);
    programmeRulebook.ifPresent(axis::add);
    Map<String, Map<String, Long>> furthestByOpd = new HashMap<>();
    Map<String, Long> reached = funnel(scope, filter, furthestByOpd);
    for (Map<String, Long> m : List.of(active, onHold, dropped)) {
      m.keySet().forEach(axis::addCode);
    }
    List<String> codes = axis.codes();

    List<StageCount> byStage = new ArrayList<>();
    List<FunnelStep> funnel = new ArrayList<>();
    Long previous = null;
    for (String code : codes) {
      byStage.add(new StageCount(code, axis.label(code), get(active, code), get(onHold, code), get(dropped, code)));
      long r = get(reached, code);
      funnel.add(new FunnelStep(code, axis.label(code), r, percent(r, total), previous == null ? null : percent(r, previous)));
      previous = r;
    }

    ProgrammeFacts facts = null;
    List<ScheduleStep> schedule = List.of();
    if (programme != null) {
      LocalDate today = ctx.generatedAt.atZone(zone.zoneId()).toLocalDate();
      List<String> order = programmeRulebook.map(r -> r.stages().stream().map(Stage::code).toList()).orElse(codes);
      schedule = schedule(programme, order, today, active, onHold, reached);
      long late = schedule.stream().mapToLong(ScheduleStep::late).sum();
      String last = order.isEmpty() ? null : order.get(order.size() - 1);
      long achieved = last == null ? 0 : get(active, last) + get(onHold, last);
      facts = new ProgrammeFacts(programme.id(), programme.name(), programme.year(), programme.organisingUnit(),
          ctx.opdName(programme.organisingUnit()), programme.status(), programme.target(), achieved,
          BigDecimal.valueOf(achieved * 100).divide(BigDecimal.valueOf(programme.target()), 2, RoundingMode.HALF_UP),
          late, last);
    }
    return new ProgrammeSummary(ctx.info(ReportKind.PROGRAMME_SUMMARY, zone, scope), facts, total, byStage,
        enumCounts(InnovationStatus.class, byStatus, false), opdCounts(scope, filter, furthestByOpd, codes),
        enumCounts(Bentuk.class, counts(scope, Optional.of(filter), Dimension.BENTUK), true),
        enumCounts(Jenis.class, counts(scope, Optional.of(filter), Dimension.JENIS), true),
        funnel, schedule, droppedRows(scope, filter));
  }

  /**
   * Per stage code, how many innovations reached it or a later stage of their own rulebook; and per
   * OPD code ({@code ""} for none), how many innovations have each stage as their furthest. Read
   * from the store's groups of innovations that came equally far ({@code reach}), not innovation by
   * innovation.
   */
  private Map<String, Long> funnel(Scope scope, InnovationFilter filter, Map<String, Map<String, Long>> byOpd) {
    Map<String, Long> reached = new HashMap<>();
    for (RulebookParts.Part part : RulebookParts.of(ctx, axis, scope, filter)) {
      for (ReachRow row : ctx.query.reach(part.scope(), filter, ctx.generatedAt)) {
        String opd = row.opd() == null ? "" : row.opd().value();
        long n = row.innovations();
        Rulebook r = part.rulebook(row.rulebookId(), row.rulebookVersion());
        if (r == null) {
          row.visitedStages().forEach(c -> reached.merge(c, n, Long::sum));
          // without a rulebook there is no order: the stage it is in counts as the furthest
          byOpd.computeIfAbsent(opd, k -> new HashMap<>()).merge(row.stage(), n, Long::sum);
          continue;
        }
        int furthest = r.findStage(row.stage()).map(Stage::order).orElse(Integer.MIN_VALUE);
        for (String code : row.visitedStages()) {
          furthest = Math.max(furthest, r.findStage(code).map(Stage::order).orElse(Integer.MIN_VALUE));
        }
        String furthestCode = row.stage();
        for (Stage st : r.stages()) {
          if (st.order() <= furthest) {
            reached.merge(st.code(), n, Long::sum);
          }
          if (st.order() == furthest) {
            furthestCode = st.code();
          }
        }
        byOpd.computeIfAbsent(opd, k -> new HashMap<>()).merge(furthestCode, n, Long::sum);
      }
    }
    return reached;
  }

  /** The programme's rulebook, as the programme's decisions find it; the shipped one of that id and version else. */
  private Optional<Rulebook> programmeRulebook(Programme p) {
    try {
      return Optional.of(ctx.lab.programmes().rulebookOf(p.region(), p.id()));
    } catch (id.labinov.core.rules.UnknownRulebookException | id.labinov.core.programme.NoSuchProgrammeException e) {
      return axis.findRulebook(p.rulebookId(), p.rulebookVersion()).or(() -> shipped(p.rulebookId(), p.rulebookVersion()));
    }
  }

  private List<ScheduleStep> schedule(Programme p, List<String> order, LocalDate today, Map<String, Long> active,
      Map<String, Long> onHold, Map<String, Long> reached) {
    List<ScheduleStep> out = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      String code = order.get(i);
      PhaseWindow w = p.schedule().get(code);
      PhaseState phase = w == null ? PhaseState.NO_WINDOW
          : today.isBefore(w.start()) ? PhaseState.UPCOMING : w.contains(today) ? PhaseState.OPEN : PhaseState.CLOSED;
      // late: still in this stage (active or on hold, so not dropped) although its window has ended;
      // the last stage is where innovations arrive, so none is late there
      long late = phase == PhaseState.CLOSED && i < order.size() - 1 ? get(active, code) + get(onHold, code) : 0;
      out.add(new ScheduleStep(code, axis.label(code), w == null ? null : w.start(),
          w == null ? null : w.end().minusDays(1), phase, get(active, code) + get(onHold, code), get(reached, code), late));
    }
    return out;
  }

  private Iterable<DroppedInnovation> droppedRows(Scope scope, InnovationFilter filter) {
    Optional<InnovationFilter> f = Filters.withStatuses(filter, Set.of(InnovationStatus.DROPPED));
    if (f.isEmpty()) {
      return List.of();
    }
    return Pages.map(Pages.summaries(ctx, scope, f.get()), this::dropped);
  }

  private DroppedInnovation dropped(InnovationSummary s) {
    Dropped last = null;
    for (InnovationEvent e : ctx.lab.innovations().history(s.ref())) {
      if (e instanceof Dropped d) {
        last = d;
      }
    }
    return new DroppedInnovation(s.ref(), s.title(), s.opd(), ctx.opdName(s.opd()), s.stage(), axis.label(s.stage()),
        last == null ? null : last.metadata().occurredAt(), last == null ? null : last.reason());
  }

  private List<OpdCount> opdCounts(Scope scope, InnovationFilter filter, Map<String, Map<String, Long>> furthest,
      List<String> order) {
    List<OpdCount> out = new ArrayList<>();
    OpdCount none = null;
    for (CountRow row : ctx.query.count(scope, filter, Dimension.OPD)) {
      Map<String, Long> byStage = inOrder(furthest.getOrDefault(row.key(), Map.of()), order);
      if (row.key().isEmpty()) {
        none = new OpdCount(null, null, row.count(), byStage);
      } else {
        OpdCode opd = OpdCode.of(row.key());
        out.add(new OpdCount(opd, ctx.opdName(opd), row.count(), byStage));
      }
    }
    out.sort(java.util.Comparator.comparing(OpdCount::opd));
    if (none != null) {
      out.add(none);
    }
    return out;
  }

  /** The non-zero counts in the stage axis' order; codes the axis does not know follow, sorted. */
  private static Map<String, Long> inOrder(Map<String, Long> counts, List<String> order) {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (String code : order) {
      if (counts.getOrDefault(code, 0L) > 0) {
        out.put(code, counts.get(code));
      }
    }
    new java.util.TreeMap<>(counts).forEach(out::putIfAbsent);
    return out;
  }

  private Map<String, Long> counts(Scope scope, Optional<InnovationFilter> filter, Dimension d) {
    Map<String, Long> out = new HashMap<>();
    filter.ifPresent(f -> ctx.query.count(scope, f, d).forEach(r -> out.put(r.key(), r.count())));
    return out;
  }

  private static <E extends Enum<E>> List<Count<E>> enumCounts(Class<E> type, Map<String, Long> counts,
      boolean withNotSet) {
    List<Count<E>> out = new ArrayList<>();
    for (E e : EnumSet.allOf(type)) {
      out.add(new Count<>(e, get(counts, e.name())));
    }
    if (withNotSet) {
      out.add(new Count<>(null, get(counts, "")));
    }
    return out;
  }

  private static Optional<Rulebook> shipped(String id, int version) {
    for (Rulebook r : List.of(Rulebooks.fiveD(1), Rulebooks.fiveDPlusOne(1), Rulebooks.fiveD(2),
        Rulebooks.fiveDPlusOne(2))) {
      if (r.id().equals(id) && r.version() == version) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static long get(Map<String, Long> m, String key) {
    return m.getOrDefault(key, 0L);
  }

  static BigDecimal percent(long part, long whole) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }
}
