package id.labinov.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.ReachRow;
import id.labinov.core.query.RulebookStage;
import id.labinov.core.query.StageDays;
import id.labinov.core.query.StalledStay;
import id.labinov.core.spi.contract.EventStream;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The paging definitions of the query port's aggregates, worked by hand on four innovations of Lebak
 * (WIB) and one of Jayapura (WIT): days in stage per stay, how far each came, what is stalled.
 */
class QueryDefaultsTest {
  private static final RegionCode LEBAK = RegionCode.parse("36.02");
  private static final RegionCode JAYAPURA = RegionCode.parse("91.71");
  /** 08:00 WIB. */
  private static final Instant JAN_5 = Instant.parse("2026-01-05T01:00:00Z");
  private static final Instant AS_OF = Instant.parse("2026-01-20T01:00:00Z");

  private final InMemoryInnovationStore store = new InMemoryInnovationStore();
  private final IdGenerator ids = IdGenerator.from(new Random(21));
  private final InnovationQuery query = store;

  private EventStream propose(RegionCode region, String title, String opd, Instant at) {
    return EventStream.propose(new InnovationRef(region, ids.newInnovationId(at)),
        InnovationDetails.titled(title).withOpd(opd == null ? null : OpdCode.of(opd)), null, at, ids);
  }

  private static Instant day(int dayOfJanuary) {
    return JAN_5.plus(java.time.Duration.ofDays(dayOfJanuary - 5));
  }

  /** A: DRUM_UP Jan 5-8 (3 days), DIAGNOSE from Jan 8 with a hold Jan 10-12: 12 - 2 = 10 days on Jan 20. */
  private EventStream a;
  /** B: dropped in DRUM_UP on Jan 9 after entering on Jan 6: 14 - 11 = 3 days, not ongoing. */
  private EventStream b;
  /** C: DRUM_UP Jan 7-8, DIAGNOSE Jan 8-9, DESIGN from Jan 9 (11 days), trial from 2026-01-15. */
  private EventStream c;
  /** D: in Jayapura (WIT), DRUM_UP Jan 5-6 and DIAGNOSE from Jan 6: 14 days. */
  private EventStream d;

  private void write() {
    a = propose(LEBAK, "A", "DINKES", day(5)).at(day(8)).moveTo("DIAGNOSE").at(day(10)).hold().at(day(12)).resume();
    b = propose(LEBAK, "B", "DINKES", day(6)).at(day(9)).drop();
    c = propose(LEBAK, "C", null, day(7)).at(day(8)).moveTo("DIAGNOSE").at(day(9)).moveTo("DESIGN")
        .at(day(10)).details(InnovationDetails.titled("C").withText(InnovationDetails.TRIAL_START_DATE, "2026-01-15")
            .withText(InnovationDetails.IMPLEMENTATION_START_DATE, "2026-01-21"));
    d = propose(JAYAPURA, "D", "DINKES", day(5).plusSeconds(3600)).at(day(6)).moveTo("DIAGNOSE");
    for (EventStream s : List.of(a, b, c, d)) {
      s.commit(store);
    }
  }

  @Test
  void countsTheStaysOfEachStageByTheirDays() {
    write();

    assertThat(query.stageDays(Scope.national(), InnovationFilter.all(), AS_OF)).containsExactly(
        new StageDays("DESIGN", 11, 1, 1),
        new StageDays("DIAGNOSE", 1, 1, 0),
        new StageDays("DIAGNOSE", 10, 1, 1),
        new StageDays("DIAGNOSE", 14, 1, 1),
        new StageDays("DRUM_UP", 1, 2, 0),
        new StageDays("DRUM_UP", 3, 2, 0));
    assertThat(query.stageDays(Scope.region(JAYAPURA), InnovationFilter.all(), AS_OF)).containsExactly(
        new StageDays("DIAGNOSE", 14, 1, 1), new StageDays("DRUM_UP", 1, 1, 0));
  }

  @Test
  void groupsInnovationsByHowFarTheyCame() {
    write();

    assertThat(query.reach(Scope.region(LEBAK), InnovationFilter.all(), AS_OF)).containsExactly(
        new ReachRow("5d", 1, null, InnovationStatus.ACTIVE, "DESIGN", Set.of("DRUM_UP", "DIAGNOSE", "DESIGN"), false,
            true, 1),
        new ReachRow("5d", 1, OpdCode.of("DINKES"), InnovationStatus.ACTIVE, "DIAGNOSE", Set.of("DRUM_UP", "DIAGNOSE"),
            false, false, 1),
        new ReachRow("5d", 1, OpdCode.of("DINKES"), InnovationStatus.DROPPED, "DRUM_UP", Set.of("DRUM_UP"), false, false,
            1));
    assertThat(query.reach(Scope.region(LEBAK), InnovationFilter.all(), Instant.parse("2026-01-20T17:00:00Z")))
        .as("the implementation date comes at midnight WIB").anyMatch(r -> r.implementationStarted());
    assertThat(query.reach(Scope.national(), InnovationFilter.all(), AS_OF)).hasSize(3)
        .anyMatch(r -> r.opd() != null && r.stage().equals("DIAGNOSE") && r.innovations() == 2);
    assertThat(query.rulebooks(Scope.national(), InnovationFilter.all())).extracting(u -> u.region() + " "
        + u.innovations() + " " + u.first().id()).containsExactly(LEBAK + " 3 " + a.ref().id(),
        JAYAPURA + " 1 " + d.ref().id());
  }

  @Test
  void listsTheLongestStalledStaysLeavingOutDroppedAndArrived() {
    write();

    var all = query.stalled(Scope.national(), InnovationFilter.all(), AS_OF, 0, Set.of(), 10);
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.longest()).extracting(StalledStay::ref).containsExactly(d.ref(), c.ref(), a.ref());
    assertThat(all.longest().get(0)).isEqualTo(new StalledStay(d.ref(), "D", OpdCode.of("DINKES"),
        InnovationStatus.ACTIVE, "5d", 1, "DIAGNOSE", day(6), 14));
    var some = query.stalled(Scope.national(), InnovationFilter.all(), AS_OF, 10, Set.of(new RulebookStage("5d", 1,
        "DESIGN")), 1);
    assertThat(some.total()).as("more than 10 days, not in DESIGN").isEqualTo(1);
    assertThat(some.longest()).extracting(StalledStay::ref).containsExactly(d.ref());
    assertThat(query.stalled(Scope.national(), InnovationFilter.all(), AS_OF, 0, Set.of(), 0).longest()).isEmpty();
  }

  @Test
  void namesEachBadArgument() {
    assertThatThrownBy(() -> query.stalled(Scope.national(), InnovationFilter.all(), AS_OF, -1, Set.of(), 1))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("moreThanDays"));
    assertThatThrownBy(() -> query.stalled(Scope.national(), InnovationFilter.all(), AS_OF, 1, Set.of(), 100_001))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_LIMIT"));
    assertThatThrownBy(() -> query.stageDays(Scope.national(), InnovationFilter.all(), null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("asOf"));
    assertThatThrownBy(() -> query.reach(null, InnovationFilter.all(), AS_OF))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("scope"));
    assertThatThrownBy(() -> query.rulebooks(Scope.national(), null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("filter"));
    assertThatThrownBy(() -> new StageDays("DESIGN", 1, 1, 2)).isInstanceOf(InvalidValueException.class);
  }
}
