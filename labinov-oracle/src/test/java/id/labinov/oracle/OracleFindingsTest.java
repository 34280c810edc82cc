package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.compare.ReportChecks;
import id.labinov.oracle.expect.ExpectedRanking;
import id.labinov.oracle.expect.ExpectedSummary;
import id.labinov.oracle.expect.RankingOracle;
import id.labinov.oracle.expect.Selection;
import id.labinov.oracle.expect.Snapshot;
import id.labinov.oracle.expect.SummaryOracle;
import id.labinov.oracle.gen.Cast;
import id.labinov.oracle.world.World;
import id.labinov.reporting.Reports;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The smallest labs behind the differences the generated years found, one per finding, each compared
 * with the oracle as the properties do; the oracle's own figure is pinned by hand as well.
 */
class OracleFindingsTest {
  private static final RegionCode LEBAK = Cast.REGIONS.get(0);
  private static final Scope SCOPE = Scope.region(LEBAK);
  private static final Actor ADMIN = Cast.admin(LEBAK);
  private static final EvaluationScheme IGA = Cast.SCHEMES.get(0);

  private World world = lab(false);
  private final List<InnovationRef> refs = new ArrayList<>();

  private static World lab(boolean refusalLog) {
    return World.create(null, Instant.parse("2024-01-08T01:00:00Z"), 11, Map.of(LEBAK, Cast.FIVE_D), List.of(),
        List.of(Cast.FIVE_D_V2), refusalLog);
  }

  private Programme open(String id) {
    return world.lab().programmes().open(ADMIN, Programme.builder().region(LEBAK).id(id).year(2024).name("Lab " + id)
        .organisingUnit("BAPPEDA").participants(Cast.OPDS.toArray(String[]::new)).coaches("coach-1").target(2)
        .rulebook(Cast.FIVE_D.id(), Cast.FIVE_D.version())
        .phase("DELIVER", new PhaseWindow(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 1)))
        .phase("DISPLAY", new PhaseWindow(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 3, 1))).build())
        .findProgramme().orElseThrow();
  }

  private InnovationRef propose(String programme, String opd) {
    InnovationRef ref = world.lab().innovations().propose(LEBAK, Cast.innovator(LEBAK, opd, 0),
        InnovationDetails.titled("Inovasi " + refs.size()).withOpd(OpdCode.of(opd)), programme, Options.none())
        .orThrow().ref();
    refs.add(ref);
    world.clock().advance(Duration.ofHours(3));
    return ref;
  }

  private Snapshot data() {
    return Snapshot.read(world.lab(), world.rulebooks(), world.evaluations(), refs, world.configured());
  }

  private Reports reports(Instant at) {
    return Reports.builder().labinov(world.lab()).evaluationStore(world.evaluations())
        .refusalLog(world.refusalLog()).generatedAt(at).build();
  }

  private Map<String, BigDecimal> sheet(int value) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    IGA.criteria().forEach(c -> scores.put(c.code(), BigDecimal.valueOf(value)));
    return scores;
  }

  @Nested
  class ProgrammeSummary {
    private Diffs compare(Programme p, Instant at, ExpectedSummary e) {
      Diffs diffs = new Diffs();
      ReportChecks.summary(diffs.on("programme-summary", p.id()), e, reports(at).programmeSummary(LEBAK, p.id()), at,
          SCOPE);
      return diffs;
    }

    @Test
    void aProgrammeWithoutInnovationsYetListsTheStagesAndScheduleOfItsRulebook() {
      Programme p = open("lab-kosong");
      Instant at = world.clock().instant();
      ExpectedSummary e = SummaryOracle.expect(data(), new Selection(SCOPE, p.id()), p, at);
      assertThat(e.schedule()).extracting(ExpectedSummary.ScheduleRow::stage)
          .containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");
      assertThat(e.facts().finalStage()).isEqualTo("DISPLAY");
      Diffs diffs = compare(p, at, e);
      assertThat(diffs.lines()).as(diffs.describe(20)).isEmpty();
    }

    @Test
    void achievedAndLateCountAgainstTheProgrammesRulebookAfterItsInnovationsMigrated() {
      Programme p = open("lab-migrasi");
      InnovationRef ref = propose(p.id(), "DINKES");
      for (String stage : List.of("DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY")) {
        world.lab().innovations().advance(ref, ADMIN, stage, Options.none()).orThrow();
        world.clock().advance(Duration.ofDays(1));
      }
      world.lab().migrations().migrate(ref, ADMIN, Cast.FIVE_D_V2, Options.none()).orThrow();
      Instant at = world.clock().instant().plus(Duration.ofDays(60));
      ExpectedSummary e = SummaryOracle.expect(data(), new Selection(SCOPE, p.id()), p, at);
      assertThat(e.facts().achieved()).as("in DISPLAY, the last stage of the programme's 5D version 1").isEqualTo(1);
      assertThat(e.facts().late()).isZero();
      Diffs diffs = compare(p, at, e);
      assertThat(diffs.lines()).as(diffs.describe(20)).isEmpty();
    }
  }

  @Nested
  class EvaluationRanking {
    /** Compares the ranking; {@code refused} is what the lab's refusal log must count, {@code null} without one. */
    private Diffs compare(Selection s, InnovationFilter filter, Instant at, Long refused) {
      ExpectedRanking e = RankingOracle.expect(data(), s, IGA, 2024);
      Diffs diffs = new Diffs();
      ReportChecks.ranking(diffs.on("evaluation-ranking", s.toString()), e, refused,
          reports(at).evaluationRanking(SCOPE, filter, IGA, 2024), at, LEBAK.defaultTimeZone(), SCOPE);
      return diffs;
    }

    /** Stores a sheet straight into the evaluation store, as an import or an older system would. */
    private void storeSheet(InnovationRef ref, int evaluator, int version, int value) {
      long sequence = world.evaluations().scores(ref, IGA.id()).size() + 1L;
      world.evaluations().appendScore(new ScoreEntry(UUID.randomUUID(), ref, IGA.id(), version, 2024,
          Cast.evaluator(LEBAK, evaluator).personId(), sheet(value), world.clock().instant(), sequence));
      world.clock().advance(Duration.ofMinutes(5));
    }

    @Test
    void aProgrammesRankingCountsOnlyTheSheetsOfItsOwnInnovationsAsLeftOut() {
      Programme a = open("lab-a");
      Programme b = open("lab-b");
      InnovationRef ours = propose(a.id(), "DINKES");
      InnovationRef theirs = propose(b.id(), "DISDIK");
      world.lab().evaluations().submitScores(ours, Cast.evaluator(LEBAK, 0), IGA.id(), 2024, sheet(80));
      storeSheet(theirs, 0, IGA.version() + 1, 70);
      Selection s = new Selection(SCOPE, a.id());
      assertThat(RankingOracle.expect(data(), s, IGA, 2024).sheetsLeftOut()).isZero();
      Diffs diffs = compare(s, InnovationFilter.builder().programmes(a.id()).build(), world.clock().instant(), null);
      assertThat(diffs.lines()).as(diffs.describe(20)).isEmpty();
    }

    @Test
    void anEvaluatorsLatestSheetOfAnotherVersionIsLeftOutAndTheEarlierOneDoesNotStandIn() {
      InnovationRef ref = propose(null, "DINKES");
      world.lab().evaluations().submitScores(ref, Cast.evaluator(LEBAK, 0), IGA.id(), 2024, sheet(80));
      world.lab().evaluations().submitScores(ref, Cast.evaluator(LEBAK, 1), IGA.id(), 2024, sheet(60));
      storeSheet(ref, 0, IGA.version() + 1, 90);
      ExpectedRanking e = RankingOracle.expect(data(), new Selection(SCOPE, null), IGA, 2024);
      assertThat(e.rows()).singleElement().satisfies(r -> {
        assertThat(r.evaluators()).isEqualTo(1);
        assertThat(r.score()).isEqualByComparingTo("60");
      });
      assertThat(e.sheetsLeftOut()).isEqualTo(1);
      Diffs diffs = compare(new Selection(SCOPE, null), InnovationFilter.all(), world.clock().instant(), null);
      assertThat(diffs.lines()).as(diffs.describe(20)).isEmpty();
    }

    @Test
    void sheetsRefusedAtSubmissionAreCountedFromTheRefusalLog() {
      world = lab(true);
      InnovationRef ref = propose(null, "DINKES");
      Actor fromTheSameOpd = Cast.evaluator(LEBAK, 2);
      assertThat(world.lab().evaluations().submitScores(ref, fromTheSameOpd, IGA.id(), 2024, sheet(90)).verdict().codes())
          .containsExactly("CONFLICT_OF_INTEREST_OPD");
      world.lab().evaluations().submitScores(ref, Cast.evaluator(LEBAK, 0), IGA.id(), 2024, sheet(75));
      Diffs diffs = compare(new Selection(SCOPE, null), InnovationFilter.all(), world.clock().instant(), 1L);
      assertThat(diffs.lines()).as(diffs.describe(20)).isEmpty();
    }
  }

  /** Keeps the rulebook constants honest: the programme's rulebook ends in DISPLAY, its version 2 in DOCUMENTATION. */
  @Test
  void theTwoVersionsOfTheTestRulebookEndInDifferentStages() {
    Rulebook v1 = Cast.FIVE_D;
    Rulebook v2 = Cast.FIVE_D_V2;
    assertThat(Snapshot.lastStage(v1)).isEqualTo("DISPLAY");
    assertThat(Snapshot.lastStage(v2)).isEqualTo("DOCUMENTATION");
    assertThat(v2.id()).isEqualTo(v1.id());
  }
}
