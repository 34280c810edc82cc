package id.labinov.core.programme;

import static id.labinov.core.programme.LabFixture.ADMIN;
import static id.labinov.core.programme.LabFixture.LEBAK;
import static id.labinov.core.programme.LabFixture.PROGRAMME_ID;
import static id.labinov.core.programme.LabFixture.head;
import static id.labinov.core.programme.LabFixture.innovator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebooks;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A programme's progress against its target and schedule, as the clock moves. */
class ProgrammeProgressTest {
  private final LabFixture fx = new LabFixture();
  private final Labinov lab = fx.lab;

  @Nested
  class Counts {
    @Test
    void anEmptyProgrammeListsEveryStageInOrderWithZero() {
      // given
      fx.openLebak2019();

      // when
      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);

      // then
      assertThat(p.perStage()).containsExactly(
          org.assertj.core.api.Assertions.entry("DRUM_UP", 0L),
          org.assertj.core.api.Assertions.entry("DIAGNOSE", 0L),
          org.assertj.core.api.Assertions.entry("DESIGN", 0L),
          org.assertj.core.api.Assertions.entry("DELIVER", 0L),
          org.assertj.core.api.Assertions.entry("DISPLAY", 0L));
      assertThat(p.total()).isZero();
      assertThat(p.dropped()).isZero();
      assertThat(p.reachedFinalStage()).isZero();
      assertThat(p.target()).isEqualTo(64);
      assertThat(p.targetPercent()).isEqualByComparingTo("0");
      assertThat(p.late()).isEmpty();
      assertThat(p.asOf()).isEqualTo(LocalDate.of(2019, 1, 14));
    }

    @Test
    void countsMembersPerStageWithDroppedApartAndOnHoldInTheirStage() {
      // given innovations of the programme in every stage, one dropped, one on hold, and one outside it
      fx.openLebak2019();
      fx.innovationIn("DRUM_UP", "Kartu Sehat Desa", "DINKES", PROGRAMME_ID);
      fx.innovationIn("DIAGNOSE", "Sekolah Ramah Anak", "DISDIK", PROGRAMME_ID);
      fx.innovationIn("DESIGN", "Lebak Satu Data", "DISKOMINFO", PROGRAMME_ID);
      InnovationRef onHold = fx.innovationIn("DESIGN", "Izin Kilat", "DPMPTSP", PROGRAMME_ID);
      lab.innovations().hold(onHold, head("DPMPTSP"), "Menunggu anggaran perubahan", Options.none()).orThrow();
      fx.innovationIn("DELIVER", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
      fx.innovationIn("DELIVER", "Perpustakaan Keliling", "DISDIK", PROGRAMME_ID);
      fx.innovationIn("DISPLAY", "Lebak Smart Village", "DISKOMINFO", PROGRAMME_ID);
      InnovationRef dropped = fx.innovationIn("DIAGNOSE", "Bank Sampah", "DINKES", PROGRAMME_ID);
      lab.innovations().drop(dropped, innovator("DINKES"), "Tidak ada pelaksana", Options.none()).orThrow();
      fx.innovationIn("DISPLAY", "Di luar program", "DISHUB", null);

      // when
      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);

      // then
      assertThat(p.perStage()).containsExactly(
          org.assertj.core.api.Assertions.entry("DRUM_UP", 1L),
          org.assertj.core.api.Assertions.entry("DIAGNOSE", 1L),
          org.assertj.core.api.Assertions.entry("DESIGN", 2L),
          org.assertj.core.api.Assertions.entry("DELIVER", 2L),
          org.assertj.core.api.Assertions.entry("DISPLAY", 1L));
      assertThat(p.dropped()).isEqualTo(1);
      assertThat(p.total()).isEqualTo(8);
      assertThat(p.reachedFinalStage()).isEqualTo(1);
      assertThat(p.targetPercent()).isEqualByComparingTo("1.56");
      assertThat(p.programme().id()).isEqualTo(PROGRAMME_ID);
    }

    @Test
    void theTargetPercentRoundsHalfUpToTwoPlacesAndMayPassOneHundred() {
      // given a programme aiming for 3 innovations
      lab.programmes().open(ADMIN, LabFixture.lebak2019().target(3).build()).verdict().orThrow();
      fx.innovationIn("DISPLAY", "Lebak Smart Village", "DISKOMINFO", PROGRAMME_ID);

      // when / then: 1 of 3
      assertThat(lab.programmes().progress(LEBAK, PROGRAMME_ID).targetPercent()).isEqualTo(new BigDecimal("33.33"));

      // and 2 of 3, then 4 of 3
      fx.innovationIn("DISPLAY", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
      assertThat(lab.programmes().progress(LEBAK, PROGRAMME_ID).targetPercent()).isEqualTo(new BigDecimal("66.67"));
      fx.innovationIn("DISPLAY", "Sekolah Ramah Anak", "DISDIK", PROGRAMME_ID);
      fx.innovationIn("DISPLAY", "Izin Kilat", "DPMPTSP", PROGRAMME_ID);
      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);
      assertThat(p.reachedFinalStage()).isEqualTo(4);
      assertThat(p.targetPercent()).isEqualTo(new BigDecimal("133.33"));
    }

    @Test
    void aDroppedInnovationInTheFinalStageDoesNotCountTowardsTheTarget() {
      fx.openLebak2019();
      InnovationRef ref = fx.innovationIn("DISPLAY", "Lebak Smart Village", "DISKOMINFO", PROGRAMME_ID);
      lab.innovations().drop(ref, ADMIN, "Aplikasi dihentikan", Options.none()).orThrow();

      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);

      assertThat(p.reachedFinalStage()).isZero();
      assertThat(p.perStage().get("DISPLAY")).isZero();
      assertThat(p.dropped()).isEqualTo(1);
    }

    @Test
    void progressOfAnUnknownProgrammeThrows() {
      assertThatThrownBy(() -> lab.programmes().progress(LEBAK, "lebak-2020"))
          .isInstanceOfSatisfying(NoSuchProgrammeException.class,
              e -> assertThat(e.arguments()).containsExactly("lebak-2020", "36.02"));
    }
  }

  @Nested
  class Late {
    private InnovationRef early;
    private InnovationRef later;
    private InnovationRef shown;

    private void givenTwoInDeliverAndOneInDisplay() {
      fx.openLebak2019();
      fx.clock.set(Instant.parse("2019-06-03T02:00:00Z"));
      later = fx.propose("Perpustakaan Keliling", "DISDIK", PROGRAMME_ID);
      early = fx.innovationIn("DELIVER", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
      fx.clock.advance(Duration.ofDays(10));
      fx.driveTo(later, "DELIVER");
      shown = fx.innovationIn("DISPLAY", "Lebak Smart Village", "DISKOMINFO", PROGRAMME_ID);
    }

    @Test
    void noneIsLateWhileTheDeliverWindowIsOpenInTheProgrammesZone() {
      // given
      givenTwoInDeliverAndOneInDisplay();

      // when it is 23:30 on 2019-11-30 in WIB (already 01:30 on 1 December in WIT), the last day of
      // the Deliver window [2019-06-01, 2019-12-01)
      fx.clock.set(Instant.parse("2019-11-30T16:30:00Z"));
      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);

      // then
      assertThat(p.asOf()).isEqualTo(LocalDate.of(2019, 11, 30));
      assertThat(p.late()).isEmpty();
    }

    @Test
    void innovationsStillInDeliverAreLateOnceTheDeliverWindowHasClosed() {
      // given
      givenTwoInDeliverAndOneInDisplay();

      // when it is midnight on 2019-12-01 in WIB: the first day after [2019-06-01, 2019-12-01)
      fx.clock.set(Instant.parse("2019-11-30T17:00:00Z"));
      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);

      // then both Deliver innovations are late, oldest stage entry first; the Display one (the last
      // stage, where innovations arrive) is not
      assertThat(p.asOf()).isEqualTo(LocalDate.of(2019, 12, 1));
      assertThat(p.late()).extracting(l -> l.innovation().ref()).containsExactly(early, later);
      assertThat(p.late()).allSatisfy(l -> {
        assertThat(l.stage()).isEqualTo("DELIVER");
        assertThat(l.deadline()).isEqualTo(LocalDate.of(2019, 11, 30));
        assertThat(l.innovation().stage()).isEqualTo("DELIVER");
      });
      assertThat(p.late()).extracting(l -> l.innovation().ref()).doesNotContain(shown);
    }

    @Test
    void aLateInnovationIsNoLongerLateOnceItReachesDisplay() {
      // given
      givenTwoInDeliverAndOneInDisplay();
      fx.clock.set(Instant.parse("2019-12-20T03:00:00Z"));

      // when
      fx.driveTo(early, "DISPLAY");
      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);

      // then
      assertThat(p.late()).extracting(l -> l.innovation().ref()).containsExactly(later);
      assertThat(p.reachedFinalStage()).isEqualTo(2);
    }

    @Test
    void droppedInnovationsAreNeverLate() {
      givenTwoInDeliverAndOneInDisplay();
      lab.innovations().drop(later, innovator("DISDIK"), "Armada rusak", Options.none()).orThrow();
      fx.clock.set(Instant.parse("2019-12-20T03:00:00Z"));

      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);

      assertThat(p.late()).extracting(l -> l.innovation().ref()).containsExactly(early);
    }

    @Test
    void anInnovationIsLateOnceItsOwnStagesWindowHasClosed() {
      // given one innovation still in Drum-up
      fx.openLebak2019();
      InnovationRef ref = fx.propose("Kartu Sehat Desa", "DINKES", PROGRAMME_ID);

      // when the Drum-up window [2019-01-14, 2019-02-01) has not closed yet, then has
      fx.clock.set(Instant.parse("2019-01-31T10:00:00Z"));
      List<ProgrammeProgress.Late> before = lab.programmes().progress(LEBAK, PROGRAMME_ID).late();
      fx.clock.set(Instant.parse("2019-02-01T10:00:00Z"));
      List<ProgrammeProgress.Late> after = lab.programmes().progress(LEBAK, PROGRAMME_ID).late();

      // then
      assertThat(before).isEmpty();
      assertThat(after).singleElement().satisfies(l -> {
        assertThat(l.innovation().ref()).isEqualTo(ref);
        assertThat(l.stage()).isEqualTo("DRUM_UP");
        assertThat(l.deadline()).isEqualTo(LocalDate.of(2019, 1, 31));
      });
    }

    @Test
    void aProgrammeInWitCountsItsDaysInWit() {
      // given the same programme kept in WIT
      lab.programmes().open(ADMIN, LabFixture.lebak2019().timeZone(IndonesianTimeZone.WIT).build()).verdict().orThrow();
      fx.innovationIn("DELIVER", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);

      // when it is already 1 December in WIT but still 30 November in WIB
      fx.clock.set(Instant.parse("2019-11-30T16:30:00Z"));
      ProgrammeProgress p = lab.programmes().progress(LEBAK, PROGRAMME_ID);

      // then
      assertThat(p.asOf()).isEqualTo(LocalDate.of(2019, 12, 1));
      assertThat(p.late()).hasSize(1);
    }
  }

  @Test
  void progressCanBeComputedFromSummariesWithoutTheFacade() {
    // given a programme with no DELIVER window
    Programme p = LabFixture.lebak2019().build();
    java.util.Map<String, PhaseWindow> noDisplay = new java.util.LinkedHashMap<>(p.schedule());
    noDisplay.remove("DELIVER");
    Programme withoutDisplay = new Programme(p.region(), p.id(), p.year(), p.name(), p.organisingUnit(),
        p.participatingOpds(), p.coaches(), p.target(), p.timeZone(), p.rulebookId(), p.rulebookVersion(), noDisplay,
        ProgrammeStatus.OPEN, LabFixture.START, null, 1);
    fx.openLebak2019();
    fx.innovationIn("DELIVER", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
    var members = lab.queries().find(id.labinov.core.model.Scope.region(LEBAK),
        id.labinov.core.query.InnovationFilter.all(), id.labinov.core.query.PageRequest.first(10)).items();

    // when
    ProgrammeProgress progress = ProgrammeProgress.of(withoutDisplay, Rulebooks.fiveD(), members,
        LocalDate.of(2020, 1, 1));

    // then: without a window for its stage nobody can be late
    assertThat(progress.perStage().get("DELIVER")).isEqualTo(1L);
    assertThat(progress.late()).isEmpty();
  }
}
