package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.oracle.compare.Audit;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.compare.ReportChecks;
import id.labinov.oracle.expect.CatalogueOracle;
import id.labinov.oracle.expect.DurationOracle;
import id.labinov.oracle.expect.NationalOracle;
import id.labinov.oracle.expect.RankingOracle;
import id.labinov.oracle.expect.Selection;
import id.labinov.oracle.expect.Snapshot;
import id.labinov.oracle.expect.SummaryOracle;
import id.labinov.oracle.gen.Cast;
import id.labinov.oracle.world.World;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.NationalStageRow;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.data.StageCount;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The comparison is not blind: on a small lab whose reports agree with the oracle, a report with one
 * figure planted wrong is caught, and the difference names the report, the row, the figure, and both
 * values.
 */
class OracleDiffsTest {
  private static final RegionCode LEBAK = Cast.REGIONS.get(0);
  private static final Scope SCOPE = Scope.region(LEBAK);
  private static final EvaluationScheme IGA = Cast.SCHEMES.get(0);

  private World world;
  private Programme programme;
  private Snapshot data;
  private Reports reports;
  private Instant at;

  @BeforeEach
  void aSmallLab() {
    world = World.create(null, Instant.parse("2024-01-08T01:00:00Z"), 7, Map.of(LEBAK, Cast.FIVE_D), List.of(), List.of(), false);
    Actor admin = Cast.admin(LEBAK);
    programme = world.lab().programmes().open(admin, Programme.builder().region(LEBAK).id("lab-2024").year(2024)
        .name("Lab 2024").organisingUnit("BAPPEDA").participants("DINKES", "DISDIK").coaches("coach-1").target(2)
        .rulebook(Cast.FIVE_D.id(), Cast.FIVE_D.version())
        .phase("DRUM_UP", new PhaseWindow(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 20)))
        .phase("DELIVER", new PhaseWindow(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 3, 1)))
        .phase("DISPLAY", new PhaseWindow(LocalDate.of(2024, 1, 22), LocalDate.of(2024, 3, 1))).build())
        .findProgramme().orElseThrow();
    var innovations = world.lab().innovations();
    List<InnovationRef> refs = new ArrayList<>();
    for (String opd : List.of("DINKES", "DISDIK", "DINKES")) {
      refs.add(innovations.propose(LEBAK, Cast.innovator(LEBAK, opd, 0), InnovationDetails.titled("Inovasi " + refs.size())
          .withOpd(OpdCode.of(opd)).withThemes(java.util.Set.copyOf(Cast.THEMES.subList(0, refs.size() + 1))),
          programme.id(), Options.none()).orThrow().ref());
      world.clock().advance(Duration.ofHours(5));
    }
    for (String stage : List.of("DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY")) {
      world.clock().advance(Duration.ofDays(4));
      innovations.advance(refs.get(0), admin, stage, Options.none()).orThrow();
      innovations.advance(refs.get(1), admin, stage, Options.none()).orThrow();
    }
    innovations.hold(refs.get(2), admin, "anggaran", Options.none()).orThrow();
    innovations.attachEvidence(refs.get(0), Cast.coach(LEBAK), EvidenceRef.of("VIDEO", "https://bukti.example.id/v.mp4",
        "0".repeat(64), "video/mp4", 1_000), Options.none()).orThrow();
    for (int evaluator : List.of(0, 1)) {
      for (InnovationRef ref : refs.subList(0, 2)) {
        Map<String, BigDecimal> scores = new java.util.LinkedHashMap<>();
        IGA.criteria().forEach(c -> scores.put(c.code(), BigDecimal.valueOf(60 + 10L * evaluator + refs.indexOf(ref))));
        world.lab().evaluations().submitScores(ref, Cast.evaluator(LEBAK, evaluator), IGA.id(), 2024, scores);
      }
    }
    at = world.clock().instant().plus(Duration.ofDays(3));
    data = Snapshot.read(world.lab(), world.rulebooks(), world.evaluations(), refs, world.configured());
    reports = Reports.builder().labinov(world.lab()).evaluationStore(world.evaluations()).generatedAt(at).build();
  }

  @Test
  void theSmallLabsReportsAgreeWithTheOracle() {
    Diffs diffs = new Diffs();
    new Audit(List.of(SCOPE), List.of(programme), List.of(IGA), List.of(2024), 5, null).run(reports, data, at, diffs);
    assertThat(diffs.compared()).isGreaterThan(300);
    assertThat(diffs.lines()).as(diffs.describe(40)).isEmpty();
  }

  @Test
  void aPlantedSummaryFigureIsCaught() {
    ProgrammeSummary a = reports.programmeSummary(LEBAK, programme.id());
    List<StageCount> byStage = new ArrayList<>(a.byStage());
    StageCount design = byStage.get(3);
    byStage.set(3, new StageCount(design.stage(), design.label(), design.active(), design.onHold() + 1, design.dropped()));
    ProgrammeSummary planted = new ProgrammeSummary(a.info(), a.programme(), a.total(), byStage, a.byStatus(),
        a.byOpd(), a.byBentuk(), a.byJenis(), a.funnel(), a.schedule(), a.dropped());
    Diffs diffs = new Diffs();
    ReportChecks.summary(diffs.on("programme-summary", "planted"), SummaryOracle.expect(data,
        new Selection(SCOPE, programme.id()), programme, at), planted, at, SCOPE);
    assertThat(diffs.lines()).containsExactly("programme-summary (planted) byStage[DELIVER] onHold: expected 0, actual 1",
        "programme-summary (planted) byStage[DELIVER] total: expected 0, actual 1");
  }

  @Test
  void aPlantedMedianIsCaught() {
    StageDurationReport a = reports.stageDurations(SCOPE, InnovationFilter.all(), 5);
    List<StageStatistics> stages = new ArrayList<>(a.stages());
    StageStatistics s = stages.get(0);
    stages.set(0, new StageStatistics(s.stage(), s.label(), s.stays(), s.ongoing(), s.minDays(), s.q1Days(),
        s.medianDays().add(new BigDecimal("0.25")), s.q3Days(), s.maxDays(), s.meanDays()));
    Diffs diffs = new Diffs();
    ReportChecks.durations(diffs.on("stage-durations", "planted"), DurationOracle.expect(data, new Selection(SCOPE, null),
        5, at), new StageDurationReport(a.info(), a.stalledAfterDays(), stages, a.stalledTotal(), a.stalled()), at,
        a.info().timeZone(), SCOPE);
    assertThat(diffs.lines()).containsExactly("stage-durations (planted) stages[DRUM_UP] medianDays: expected "
        + s.medianDays().toPlainString() + ", actual " + s.medianDays().add(new BigDecimal("0.25")).toPlainString());
  }

  @Test
  void aPlantedScoreAndAPlantedNationalCountAreCaught() {
    EvaluationRanking a = reports.evaluationRanking(SCOPE, InnovationFilter.all(), IGA, 2024);
    RankedInnovation r = a.rows().get(0);
    List<RankedInnovation> rows = new ArrayList<>(a.rows());
    rows.set(0, new RankedInnovation(r.rank(), r.ref(), r.title(), r.opd(), r.opdName(), r.stage(), r.stageLabel(),
        r.score().add(new BigDecimal("0.01")), r.categoryCode(), r.categoryLabel(), r.evaluatorCount(), r.trimmed(),
        r.perCriterion()));
    Diffs diffs = new Diffs();
    ReportChecks.ranking(diffs.on("evaluation-ranking", "planted"), RankingOracle.expect(data, new Selection(SCOPE, null),
        IGA, 2024), null, new EvaluationRanking(a.info(), a.schemeId(), a.schemeVersion(), a.schemeName(), a.round(),
        a.resultScale(), a.criteria(), a.sheetsLeftOut(), a.sheetsRefused(), rows), at, a.info().timeZone(), SCOPE);
    assertThat(diffs.lines()).singleElement().asString().contains("ranking[" + r.ref() + "] score: expected "
        + r.score().toPlainString() + ", actual " + r.score().add(new BigDecimal("0.01")).toPlainString());

    NationalStageSummary n = reports.nationalStages(SCOPE, InnovationFilter.all(), IndexOptions.none());
    NationalStageRow t = n.total();
    NationalStageRow wrong = new NationalStageRow(null, null, t.notYetSet(), t.inisiatif(), t.ujiCoba(),
        t.penerapan() + 1, t.dropped());
    Diffs national = new Diffs();
    ReportChecks.national(national.on("national-stages", "planted"), NationalOracle.expect(data,
        new Selection(SCOPE, null), at), new NationalStageSummary(n.info(), n.byOpd(), wrong, n.indexYear(),
        n.regionalIndex()), at, n.info().timeZone(), SCOPE);
    assertThat(national.byFigure()).containsOnlyKeys("national-stages total.penerapan", "national-stages total.total");
  }

  @Test
  void aPlantedCatalogueDateIsCaught() {
    ShowcaseCatalogue a = reports.showcaseCatalogue(SCOPE, InnovationFilter.all(), CatalogueGrouping.THEME);
    List<CatalogueEntry> entries = new ArrayList<>();
    a.entries().forEach(e -> entries.add(new CatalogueEntry(e.number(), e.groupKey(), e.groupName(), e.title(), e.opd(),
        e.opdName(), e.bentuk(), e.jenis(), e.themes(), e.themeNames(), e.stage(), e.stageLabel(), e.nationalStage(),
        e.since().minusDays(1), e.ideaSummary(), e.benefits(), e.results(), e.video())));
    assertThat(entries).hasSize(3);
    Diffs diffs = new Diffs();
    ReportChecks.catalogue(diffs.on("showcase-catalogue", "planted"), CatalogueOracle.expect(data,
        new Selection(SCOPE, null), CatalogueGrouping.THEME, Audit.DISPLAYED, at), new ShowcaseCatalogue(a.info(),
        a.grouping(), a.stages(), a.innovations(), a.entryCount(), entries), at, a.info().timeZone(), SCOPE);
    assertThat(diffs.byFigure()).isEqualTo(Map.of("showcase-catalogue catalogue.since", 3));
  }
}
