package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.support.CountingQuery;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A few hundred innovations: the aggregates come from the store's counts and groups, without paging
 * through the innovations; lists are read in pages no larger than asked for; all agree with the data.
 */
class BulkTest {
  static final int N = 300;
  static final String[] OPDS = {"DINKES", "DISDIK", "DISHUB", "DPMPTSP", "DINSOS", "KEC-RANGKASBITUNG"};
  static Scenario scenario;
  static CountingQuery counting;
  static Reports reports;

  @BeforeAll
  static void create() {
    scenario = new Scenario();
    List<InnovationRef> refs = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      scenario.clock.set(Scenario.START.plus(Duration.ofMinutes(i)));
      OpdCode opd = OpdCode.of(OPDS[i % OPDS.length]);
      refs.add(scenario.lab.innovations().propose(Scenario.LEBAK, Scenario.innovator(opd),
          InnovationDetails.titled("Inovasi " + i).withOpd(opd)).orThrow().ref());
    }
    for (int i = 0; i < N; i += 3) {
      OpdCode opd = OpdCode.of(OPDS[i % OPDS.length]);
      scenario.clock.set(Scenario.day(10 + i % 7));
      InnovationRef ref = refs.get(i);
      scenario.lab.innovations().attachEvidence(ref, Scenario.innovator(opd), Scenario.evidence("COMMITMENT_LETTER", "k" + i + ".pdf"),
          Options.none()).orThrow();
      scenario.lab.innovations().approve(ref, Scenario.head(opd), Role.OPD_HEAD, null, Options.none()).orThrow();
      scenario.lab.innovations().advance(ref, Scenario.innovator(opd), "DIAGNOSE", Options.none()).orThrow();
    }
    scenario.clock.set(Scenario.day(20));
    for (int i = 0; i < N; i += 10) {
      scenario.lab.innovations().drop(refs.get(i), Scenario.ADMIN, "Alasan " + i, Options.none()).orThrow();
    }
    scenario.clock.set(Scenario.day(40));
    counting = new CountingQuery(scenario.store);
    reports = Reports.builder().labinov(scenario.facadeWithQuery(counting)).pageSize(7).rowLimit(10).build();
  }

  @Test
  void theSummaryCountsEveryInnovationReadingSmallPagesOnly() {
    counting.reset();
    ProgrammeSummary s = reports.summary(Scope.region(Scenario.LEBAK), InnovationFilter.all());
    assertThat(s.total()).isEqualTo(N);
    assertThat(s.byOpd()).hasSize(OPDS.length).allSatisfy(c -> assertThat(c.count()).isEqualTo(N / OPDS.length));
    assertThat(s.byOpd().stream().mapToLong(OpdCount::count).sum()).isEqualTo(N);
    assertThat(s.funnel().get(0).reached()).isEqualTo(N);
    assertThat(s.funnel().get(1).reached()).isEqualTo(N / 3);
    assertThat(s.byStatus().get(2).count()).isEqualTo(N / 10);
    assertThat(counting.finds.get()).as("the funnel comes from the store's groups: no innovation is paged").isZero();
    assertThat(counting.durations.get()).isZero();
    assertThat(counting.aggregates.get()).as("rulebooks in use, then the groups").isEqualTo(2);
    assertThat(StreamSupport.stream(s.dropped().spliterator(), false)).hasSize(N / 10)
        .allSatisfy(d -> assertThat(d.reason()).startsWith("Alasan "));
    assertThat(Rendered.plainCsv(s, "dropped")).hasSize(N / 10);
    assertThat(counting.largestPage.get()).as("the dropped list is read in pages").isLessThanOrEqualTo(7);
  }

  @Test
  void durationsCountEveryStayAndKeepOnlyTheRowLimit() {
    counting.reset();
    StageDurationReport d = reports.stageDurations(Scope.region(Scenario.LEBAK), InnovationFilter.all(), 5);
    assertThat(d.stages().stream().mapToLong(StageStatistics::stays).sum()).isEqualTo(N + N / 3);
    assertThat(d.stalled()).hasSize(10);
    assertThat(d.stalledTotal()).isEqualTo(N - N / 10);
    assertThat(Rendered.jsonTree(d).get("tables").get("stalled").size()).isEqualTo(10);
    assertThat(counting.finds.get() + counting.durations.get()).as("no innovation is paged").isZero();
    assertThat(counting.aggregates.get()).as("rulebooks in use, the histogram, the stalled stays").isEqualTo(3);
  }

  @Test
  void nationalStagesAndAnEmptyCatalogue() {
    counting.reset();
    NationalStageSummary n = reports.nationalStages(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        IndexOptions.none());
    assertThat(n.total().notYetSet()).isEqualTo(N - N / 10);
    assertThat(n.total().dropped()).isEqualTo(N / 10);
    assertThat(counting.finds.get() + counting.durations.get()).as("no innovation is paged or loaded").isZero();
    assertThat(reports.showcaseCatalogue(Scope.region(Scenario.LEBAK), InnovationFilter.all(), CatalogueGrouping.OPD)
        .entries()).isEmpty();
  }
}
