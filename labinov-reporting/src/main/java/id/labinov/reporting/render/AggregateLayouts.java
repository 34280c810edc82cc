package id.labinov.reporting.render;

import static id.labinov.reporting.render.TableSpec.label;
import static id.labinov.reporting.render.TableSpec.text;

import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.reporting.data.Count;
import id.labinov.reporting.data.DroppedInnovation;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.NationalStageRow;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeFacts;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.RegionalIndexRow;
import id.labinov.reporting.data.ScheduleStep;
import id.labinov.reporting.data.StageCount;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.data.StalledInnovation;
import id.labinov.reporting.internal.ReportTexts;
import java.util.List;
import java.util.Locale;

/** Layouts of the aggregate reports: programme summary, stage durations, national stages. */
final class AggregateLayouts {
  private AggregateLayouts() {}

  static String notSet(Locale l) {
    return ReportTexts.text(l, "value.notSet");
  }

  static Doc summary(ProgrammeSummary r) {
    Locale l = r.info().locale();
    Facts f = new Facts(l);
    ProgrammeFacts p = r.programme();
    if (p != null) {
      f.add("programmeId", p.id()).add("programmeName", p.name()).add("programmeYear", p.year())
          .add("organisingUnit", p.organisingUnit() == null ? null : p.organisingUnit().value())
          .add("organisingUnitName", p.organisingUnitName())
          .add("programmeStatus", p.status().name()).add("programmeStatusLabel", label(p.status(), l))
          .add("target", (long) p.target()).add("achieved", p.achieved()).add("achievedPercent", p.achievedPercent())
          .add("late", p.late()).add("finalStage", p.finalStage())
          .add("finalStageLabel", r.byStage().stream().filter(s -> s.stage().equals(p.finalStage())).findFirst()
              .map(s -> TableSpec.stage(s.label(), l)).orElse(p.finalStage()));
    }
    f.add("total", r.total());
    List<Doc.Table> tables = List.of(
        new TableSpec<StageCount>(l, "byStage").col("stage", StageCount::stage)
            .col("stageLabel", s -> TableSpec.stage(s.label(), l)).col("total", StageCount::total)
            .col("active", StageCount::active).col("onHold", StageCount::onHold).col("dropped", StageCount::dropped)
            .of(r.byStage()),
        new TableSpec<Count<InnovationStatus>>(l, "byStatus").col("status", c -> c.key().name())
            .col("statusLabel", c -> label(c.key(), l)).col("count", Count::count).of(r.byStatus()),
        byOpd(r, l),
        new TableSpec<Count<Bentuk>>(l, "byBentuk").col("bentuk", c -> c.key() == null ? null : c.key().name())
            .col("bentukLabel", c -> c.key() == null ? notSet(l) : label(c.key(), l)).col("count", Count::count)
            .of(r.byBentuk()),
        new TableSpec<Count<Jenis>>(l, "byJenis").col("jenis", c -> c.key() == null ? null : c.key().name())
            .col("jenisLabel", c -> c.key() == null ? notSet(l) : label(c.key(), l)).col("count", Count::count)
            .of(r.byJenis()),
        funnel(r.funnel(), l),
        new TableSpec<ScheduleStep>(l, "schedule").col("stage", ScheduleStep::stage)
            .col("stageLabel", s -> TableSpec.stage(s.label(), l)).col("windowStart", ScheduleStep::windowStart)
            .col("windowEnd", ScheduleStep::windowEnd).col("phase", s -> s.phase().name())
            .col("phaseLabel", s -> ReportTexts.text(l, "phase." + s.phase().name()))
            .col("inStage", ScheduleStep::inStage).col("reached", ScheduleStep::reached).col("late", ScheduleStep::late)
            .of(r.schedule()),
        new TableSpec<DroppedInnovation>(l, "dropped").col("region", d -> d.ref().region().value())
            .col("innovationId", d -> d.ref().id().toString()).col("title", DroppedInnovation::title)
            .col("opd", d -> d.opd() == null ? null : d.opd().value()).col("opdName", DroppedInnovation::opdName)
            .col("stage", DroppedInnovation::stage).col("stageLabel", d -> TableSpec.stage(d.stageLabel(), l))
            .col("droppedAt", DroppedInnovation::droppedAt).col("reason", DroppedInnovation::reason)
            .of(r.dropped()));
    return new Doc(r.info(), Layouts.title(r), f.list(), tables);
  }

  /** The group of the by-OPD table's columns that count innovations by the furthest stage they reached. */
  static final String REACHED_STAGE = "reachedStage";

  /**
   * Innovations per OPD, then per stage of the summary (short labels as headers, codes as JSON keys
   * in {@code "reachedStage"}) how many have that stage as the furthest they reached.
   */
  private static Doc.Table byOpd(ProgrammeSummary r, Locale l) {
    TableSpec<OpdCount> spec = new TableSpec<OpdCount>(l, "byOpd")
        .col("opd", c -> c.opd() == null ? null : c.opd().value())
        .col("opdName", c -> c.opd() == null ? notSet(l) : c.opdName()).col("count", OpdCount::count);
    for (StageCount s : r.byStage()) {
      spec.col(new Doc.Column(s.stage(), TableSpec.stage(s.label(), l), REACHED_STAGE),
          c -> c.reachedByStage().getOrDefault(s.stage(), 0L));
    }
    return spec.of(r.byOpd());
  }

  /** The stage funnel as a table (the programme summary's, and the one-page summary's). */
  static Doc.Table funnel(List<FunnelStep> funnel, Locale l) {
    return new TableSpec<FunnelStep>(l, "funnel").col("stage", FunnelStep::stage)
        .col("stageLabel", s -> TableSpec.stage(s.label(), l)).col("reached", FunnelStep::reached)
        .col("percentOfTotal", FunnelStep::percentOfTotal).col("percentOfPrevious", FunnelStep::percentOfPrevious)
        .of(funnel);
  }

  /**
   * Days as people read them: a whole number of days without decimals ("16 hari", not "16,00"), a
   * fraction with its two decimals ("16,50").
   */
  static Object days(java.math.BigDecimal d) {
    if (d == null) {
      return null;
    }
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValue() : d;
  }

  static Doc durations(StageDurationReport r) {
    Locale l = r.info().locale();
    Facts f = new Facts(l).add("stalledAfterDays", r.stalledAfterDays()).add("stalledTotal", r.stalledTotal())
        .add("stalledListed", (long) r.stalled().size());
    List<Doc.Table> tables = List.of(
        new TableSpec<StageStatistics>(l, "stages").col("stage", StageStatistics::stage)
            .col("stageLabel", s -> TableSpec.stage(s.label(), l)).col("stays", StageStatistics::stays)
            .col("ongoing", StageStatistics::ongoing).col("minDays", StageStatistics::minDays)
            .col("q1Days", s -> days(s.q1Days())).col("medianDays", s -> days(s.medianDays()))
            .col("q3Days", s -> days(s.q3Days())).col("maxDays", StageStatistics::maxDays)
            .col("meanDays", s -> days(s.meanDays())).of(r.stages()),
        new TableSpec<StalledInnovation>(l, "stalled").col("region", s -> s.ref().region().value())
            .col("innovationId", s -> s.ref().id().toString()).col("title", StalledInnovation::title)
            .col("opd", s -> s.opd() == null ? null : s.opd().value()).col("opdName", StalledInnovation::opdName)
            .col("stage", StalledInnovation::stage).col("stageLabel", s -> TableSpec.stage(s.stageLabel(), l))
            .col("status", s -> s.status().name()).col("statusLabel", s -> label(s.status(), l))
            .col("enteredAt", StalledInnovation::enteredAt).col("days", StalledInnovation::days).of(r.stalled()));
    return new Doc(r.info(), Layouts.title(r), f.list(), tables);
  }

  static Doc national(NationalStageSummary r) {
    Locale l = r.info().locale();
    NationalStageRow t = r.total();
    Facts f = new Facts(l).add("notYetSet", t.notYetSet()).add("inisiatif", t.inisiatif())
        .add("ujiCoba", t.ujiCoba()).add("penerapan", t.penerapan()).add("dropped", t.dropped())
        .add("total", t.total()).add("indexYear", r.indexYear() == 0 ? null : r.indexYear());
    List<Doc.Table> tables = List.of(
        new TableSpec<NationalStageRow>(l, "nationalByOpd").col("opd", x -> x.opd() == null ? null : x.opd().value())
            .col("opdName", x -> x.opd() == null ? notSet(l) : x.opdName()).col("notYetSet", NationalStageRow::notYetSet)
            .col("inisiatif", NationalStageRow::inisiatif).col("ujiCoba", NationalStageRow::ujiCoba)
            .col("penerapan", NationalStageRow::penerapan).col("dropped", NationalStageRow::dropped)
            .col("total", NationalStageRow::total).of(r.byOpd()),
        new TableSpec<RegionalIndexRow>(l, "regionalIndex").col("region", x -> x.region().value())
            .col("year", x -> x.estimate().year()).col("innovations", x -> (long) x.estimate().innovations())
            .col("sheetsRejected", x -> (long) x.sheetsRejected()).col("inputsGiven", RegionalIndexRow::inputsGiven)
            .col("sidInnovations", x -> x.estimate().sidInnovations()).col("spd", x -> x.estimate().spd())
            .col("countScore", x -> x.estimate().countScore()).col("index", x -> x.estimate().index())
            .col("rating", x -> x.estimate().rating().code())
            .col("ratingLabel", x -> text(x.estimate().rating().label(), l)).of(r.regionalIndex()));
    return new Doc(r.info(), Layouts.title(r), f.list(), tables);
  }
}
