package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.contract.EventStream;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StalledInnovation;
import id.labinov.reporting.support.CountingQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two regions keep different rulebooks under one id and version (Lebak the 5D rulebook "5d" 1,
 * Bandung its own "5d" 1 with a last DOCUMENTATION stage): the store's aggregates name rulebooks by
 * id and version only, so the reports ask region by region, and each innovation is measured by its
 * own region's rulebook, as when reports paged through the innovations.
 */
class MixedRulebooksTest {
  private static final RegionCode LEBAK = RegionCode.parse("36.02");
  private static final RegionCode BANDUNG = RegionCode.parse("32.04");
  private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

  private final InMemoryInnovationStore store = new InMemoryInnovationStore();
  private final InMemoryRulebookStore rulebooks = new InMemoryRulebookStore();
  private final IdGenerator ids = IdGenerator.from(new Random(3204));

  private InnovationRef inDisplay(RegionCode region, String title, int minutes) {
    Instant at = START.plus(Duration.ofMinutes(minutes));
    EventStream s = EventStream.propose(new InnovationRef(region, ids.newInnovationId(at)),
        InnovationDetails.titled(title).withOpd(OpdCode.of("DINKES")), null, at, ids);
    for (String stage : new String[] {"DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY"}) {
      s.later(Duration.ofDays(2)).moveTo(stage);
    }
    s.commit(store);
    return s.ref();
  }

  @Test
  void eachInnovationIsMeasuredByItsOwnRegionsRulebook() {
    Rulebook bandungsOwn = Rulebooks.parse(Rulebooks.fiveDPlusOne().toCanonicalJson().replace("\"id\":\"5d-plus-1\"",
        "\"id\":\"5d\""));
    assertThat(bandungsOwn.reference()).isEqualTo(Rulebooks.fiveD().reference());
    assertThat(bandungsOwn).isNotEqualTo(Rulebooks.fiveD());
    rulebooks.save(LEBAK, Rulebooks.fiveD());
    rulebooks.save(BANDUNG, bandungsOwn);
    InnovationRef lebak = inDisplay(LEBAK, "Di Lebak", 0);
    InnovationRef bandung = inDisplay(BANDUNG, "Di Bandung", 1);
    CountingQuery counting = new CountingQuery(store);
    Labinov lab = Labinov.builder().clock(Clock.fixed(START.plus(Duration.ofDays(30)), ZoneOffset.UTC))
        .innovationStore(store).query(counting).rulebookStore(rulebooks).build();
    Reports reports = Reports.builder().labinov(lab).build();

    StageDurationReport d = reports.stageDurations(Scope.national(), InnovationFilter.all(), 0);

    // DISPLAY is Lebak's last stage (arrived) but not Bandung's (DOCUMENTATION follows)
    assertThat(d.stalled()).extracting(StalledInnovation::ref).containsExactly(bandung);
    assertThat(d.stalledTotal()).isEqualTo(1);
    assertThat(d.stalled()).extracting(StalledInnovation::stage).containsExactly("DISPLAY");
    assertThat(counting.aggregates.get()).as("rulebooks in use, then the histogram and the stalled stays per region")
        .isEqualTo(1 + 2 * 2);
    assertThat(lebak).isNotEqualTo(bandung);

    counting.reset();
    ProgrammeSummary s = reports.summary(Scope.national(), InnovationFilter.all());
    assertThat(s.funnel()).extracting(FunnelStep::stage).containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER",
        "DISPLAY", "DOCUMENTATION");
    assertThat(s.funnel()).extracting(FunnelStep::reached).containsExactly(2L, 2L, 2L, 2L, 2L, 0L);
    assertThat(counting.aggregates.get()).as("rulebooks in use, then the groups per region").isEqualTo(1 + 2);
  }
}
