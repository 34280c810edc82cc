package id.labinov.core.programme;

import static id.labinov.core.programme.LabFixture.ADMIN;
import static id.labinov.core.programme.LabFixture.COACH;
import static id.labinov.core.programme.LabFixture.LEBAK;
import static id.labinov.core.programme.LabFixture.PROGRAMME_ID;
import static id.labinov.core.programme.LabFixture.innovator;
import static id.labinov.core.programme.LabFixture.lebak2019;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Opening, adjusting and closing programmes, and proposing into them, through the facade. */
class ProgrammeFacadeTest {
  private final LabFixture fx = new LabFixture();
  private final Labinov lab = fx.lab;

  private static Map<String, PhaseWindow> lebakSchedule() {
    return new LinkedHashMap<>(lebak2019().build().schedule());
  }

  private static String en(Verdict v) {
    return v.describe(Locale.ENGLISH);
  }

  private static String id(Verdict v) {
    return v.describe(Messages.INDONESIAN);
  }

  @Nested
  class Open {
    @Test
    void opensTheLebak2019ProgrammeStampedWithTheClockAndVersionOne() {
      // given the lab administrator and the Lebak 2019 specification
      Programme spec = lebak2019().build();

      // when
      ProgrammeDecision d = lab.programmes().open(ADMIN, spec);

      // then
      assertThat(d.accepted()).isTrue();
      Programme p = d.programme();
      assertThat(p.region()).isEqualTo(RegionCode.parse("36.02"));
      assertThat(p.id()).isEqualTo("lebak-2019");
      assertThat(p.year()).isEqualTo(2019);
      assertThat(p.organisingUnit()).isEqualTo(OpdCode.of("BAPPEDA"));
      assertThat(p.participatingOpds()).extracting(OpdCode::value)
          .containsExactly("DINKES", "DISDIK", "DISKOMINFO", "DPMPTSP");
      assertThat(p.coaches()).containsExactlyInAnyOrder(PersonId.of("coach-lan-03"), PersonId.of("coach-lan-07"));
      assertThat(p.target()).isEqualTo(64);
      assertThat(p.timeZone()).isEqualTo(IndonesianTimeZone.WIB);
      assertThat(p.rulebookId()).isEqualTo("5d");
      assertThat(p.rulebookVersion()).isEqualTo(1);
      assertThat(p.schedule()).containsOnlyKeys("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");
      assertThat(p.schedule().get("DRUM_UP")).isEqualTo(PhaseWindow.of("2019-01-14", "2019-02-01"));
      assertThat(p.schedule().get("DISPLAY")).isEqualTo(PhaseWindow.of("2019-12-12", "2019-12-15"));
      assertThat(p.status()).isEqualTo(ProgrammeStatus.OPEN);
      assertThat(p.openedAt()).isEqualTo(LabFixture.START);
      assertThat(p.closedAt()).isNull();
      assertThat(p.version()).isEqualTo(1);
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID)).contains(p);
    }

    @Test
    void refusesAnyoneButTheLabAdministrator() {
      // when a coach opens it
      ProgrammeDecision d = lab.programmes().open(COACH, lebak2019().build());

      // then
      assertThat(d.accepted()).isFalse();
      assertThat(d.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
      assertThat(en(d.verdict())).isEqualTo("Action \"Open a programme\" is refused."
          + "\n  [must] Only these roles may do this: Lab administrator.");
      assertThat(id(d.verdict())).isEqualTo("Tindakan \"Buka program\" ditolak."
          + "\n  [wajib] Hanya peran berikut yang boleh melakukannya: Pengelola laboratorium.");
      assertThat(d.findProgramme()).isEmpty();
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID)).isEmpty();
    }

    @Test
    void refusesAProgrammeThatAlreadyExistsAndKeepsTheFirst() {
      // given
      Programme first = fx.openLebak2019();

      // when it is opened again with another target
      ProgrammeDecision d = lab.programmes().open(ADMIN, lebak2019().target(10).build());

      // then
      assertThat(d.verdict().codes()).containsExactly("ALREADY_EXISTS");
      assertThat(en(d.verdict())).contains("[must] Programme lebak-2019 already exists in region 36.02.");
      assertThat(id(d.verdict())).contains("[wajib] Program lebak-2019 sudah ada di wilayah 36.02.");
      assertThat(d.programme()).isEqualTo(first);
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID)).contains(first);
    }

    @Test
    void refusesAScheduleNamingAStageTheRulebookLacks() {
      // when the 5D programme schedules the 5D+1 DOCUMENTATION stage
      ProgrammeDecision d = lab.programmes().open(ADMIN,
          lebak2019().phase("DOCUMENTATION", PhaseWindow.of("2019-12-16", "2019-12-31")).build());

      // then
      assertThat(d.verdict().codes()).containsExactly("UNKNOWN_STAGE_IN_SCHEDULE");
      assertThat(en(d.verdict())).contains(
          "[must] The schedule names stage DOCUMENTATION, which rulebook 5d@1 does not have.");
      assertThat(id(d.verdict())).contains(
          "[wajib] Jadwal menyebut tahap DOCUMENTATION, yang tidak ada di buku aturan 5d@1.");
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID)).isEmpty();
    }

    @Test
    void refusesALaterStageWindowStartingBeforeAnEarlierOne() {
      // when Design starts before Diagnose
      ProgrammeDecision d = lab.programmes().open(ADMIN,
          lebak2019().phase("DESIGN", PhaseWindow.of("2019-01-20", "2019-06-01")).build());

      // then
      assertThat(d.verdict().codes()).containsExactly("SCHEDULE_OUT_OF_ORDER");
      assertThat(en(d.verdict())).contains("[must] The DESIGN window starts 2019-01-20, "
          + "before the window of the earlier stage DIAGNOSE (2019-02-01).");
      assertThat(id(d.verdict())).contains("[wajib] Jendela DESIGN dimulai 2019-01-20, "
          + "sebelum jendela tahap sebelumnya DIAGNOSE (2019-02-01).");
    }

    @Test
    void acceptsOverlappingWindowsThatStartInOrder() {
      // given Drum-up and Diagnose share one workshop week
      Programme spec = lebak2019()
          .phase("DRUM_UP", PhaseWindow.of("2019-01-14", "2019-01-17"))
          .phase("DIAGNOSE", PhaseWindow.of("2019-01-14", "2019-01-17"))
          .build();

      // when / then
      assertThat(lab.programmes().open(ADMIN, spec).accepted()).isTrue();
    }

    @Test
    void listsEveryReasonAtOnce() {
      // when a coach opens an existing programme with a bad schedule
      fx.openLebak2019();
      ProgrammeDecision d = lab.programmes().open(COACH,
          lebak2019().phase("DOCUMENTATION", PhaseWindow.of("2019-12-16", "2019-12-31")).build());

      // then
      assertThat(d.verdict().codes())
          .containsExactlyInAnyOrder("ROLE_NOT_PERMITTED", "ALREADY_EXISTS", "UNKNOWN_STAGE_IN_SCHEDULE");
    }
  }

  @Nested
  class AdjustSchedule {
    @Test
    void replacesTheScheduleOneVersionLater() {
      // given
      fx.openLebak2019();
      Map<String, PhaseWindow> schedule = lebakSchedule();
      schedule.put("DISPLAY", PhaseWindow.of("2019-12-19", "2019-12-22"));

      // when
      ProgrammeDecision d = lab.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, schedule);

      // then
      assertThat(d.accepted()).isTrue();
      assertThat(d.programme().version()).isEqualTo(2);
      assertThat(d.programme().schedule().get("DISPLAY")).isEqualTo(PhaseWindow.of("2019-12-19", "2019-12-22"));
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID)).contains(d.programme());
    }

    @Test
    void refusesAnyoneButTheLabAdministrator() {
      // given
      Programme opened = fx.openLebak2019();

      // when
      ProgrammeDecision d = lab.programmes().adjustSchedule(COACH, LEBAK, PROGRAMME_ID, lebakSchedule());

      // then
      assertThat(d.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID)).contains(opened);
    }

    @Test
    void refusesAnOutOfOrderOrUnknownStageSchedule() {
      // given
      fx.openLebak2019();
      Map<String, PhaseWindow> schedule = lebakSchedule();
      schedule.put("DISPLAY", PhaseWindow.of("2019-05-01", "2019-05-04"));
      schedule.put("DOKUMENTASI", PhaseWindow.of("2019-12-16", "2019-12-31"));

      // when
      ProgrammeDecision d = lab.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, schedule);

      // then
      assertThat(d.verdict().codes()).containsExactlyInAnyOrder("SCHEDULE_OUT_OF_ORDER", "UNKNOWN_STAGE_IN_SCHEDULE");
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void refusesAWindowThatWouldStrandAnInnovationAlreadyInItsStage() {
      // given an innovation that entered Diagnose on 2019-02-05 (WIB)
      fx.openLebak2019();
      fx.clock.set(Instant.parse("2019-02-05T02:00:00Z"));
      InnovationRef ref = fx.innovationIn("DIAGNOSE", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
      Map<String, PhaseWindow> schedule = lebakSchedule();
      schedule.put("DIAGNOSE", PhaseWindow.of("2019-02-10", "2019-03-01"));

      // when the Diagnose window is moved to start after that day
      ProgrammeDecision d = lab.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, schedule);

      // then the refusal names the stranded innovation by title
      assertThat(d.verdict().codes()).containsExactly("WOULD_STRAND");
      String who = "Posyandu Digital Lebak (" + ref.id() + ", DIAGNOSE 2019-02-05)";
      assertThat(en(d.verdict())).contains("[must] The new schedule would strand 1 innovation(s) "
          + "already in a stage: " + who + ". Keep their stage's window open from the day they entered.");
      assertThat(id(d.verdict())).contains("[wajib] Jadwal baru akan menelantarkan 1 inovasi "
          + "yang sudah berada di suatu tahap: " + who + ".");
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID).orElseThrow().schedule().get("DIAGNOSE"))
          .isEqualTo(PhaseWindow.of("2019-02-01", "2019-03-01"));
    }

    @Test
    void refusesRemovingTheWindowOfAStageThatHoldsAnInnovation() {
      // given
      fx.openLebak2019();
      fx.innovationIn("DIAGNOSE", "Sekolah Ramah Anak", "DISDIK", PROGRAMME_ID);
      Map<String, PhaseWindow> schedule = lebakSchedule();
      schedule.remove("DIAGNOSE");

      // when
      ProgrammeDecision d = lab.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, schedule);

      // then
      assertThat(d.verdict().codes()).containsExactly("WOULD_STRAND");
      assertThat(en(d.verdict())).contains("Sekolah Ramah Anak (");
    }

    @ParameterizedTest(name = "entered at {0} = {1} WIB")
    @CsvSource({
        "2019-02-05T16:30:00Z, 2019-02-05",  // 23:30 WIB; already the 6th in WIT
        "2019-02-05T17:30:00Z, 2019-02-06"}) // 00:30 WIB; still the 5th in UTC
    void countsTheEntryDayInTheProgrammesZone(Instant entered, LocalDate dayInWib) {
      // given an innovation that entered Diagnose at that instant
      fx.openLebak2019();
      fx.clock.set(entered);
      fx.innovationIn("DIAGNOSE", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
      Map<String, PhaseWindow> fromThatDay = lebakSchedule();
      fromThatDay.put("DIAGNOSE", new PhaseWindow(dayInWib, LocalDate.of(2019, 3, 1)));
      Map<String, PhaseWindow> fromTheDayAfter = lebakSchedule();
      fromTheDayAfter.put("DIAGNOSE", new PhaseWindow(dayInWib.plusDays(1), LocalDate.of(2019, 3, 1)));

      // when / then: a window from the day after strands it, a window from that day does not
      assertThat(lab.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, fromTheDayAfter).verdict().codes())
          .containsExactly("WOULD_STRAND");
      assertThat(lab.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, fromThatDay).accepted()).isTrue();
    }

    @Test
    void ignoresDroppedInnovationsWhenLookingForStranded() {
      // given a dropped innovation in Diagnose
      fx.openLebak2019();
      InnovationRef ref = fx.innovationIn("DIAGNOSE", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
      lab.innovations().drop(ref, innovator("DINKES"), "Anggaran tidak tersedia", Options.none()).orThrow();
      Map<String, PhaseWindow> schedule = lebakSchedule();
      schedule.put("DIAGNOSE", PhaseWindow.of("2019-02-10", "2019-03-01"));

      // when / then
      assertThat(lab.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, schedule).accepted()).isTrue();
    }

    @Test
    void throwsForAnUnknownProgramme() {
      assertThatThrownBy(() -> lab.programmes().adjustSchedule(ADMIN, LEBAK, "lebak-2020", lebakSchedule()))
          .isInstanceOfSatisfying(NoSuchProgrammeException.class, e -> {
            assertThat(e.code()).isEqualTo("NO_SUCH_PROGRAMME");
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(
                "No programme lebak-2020 exists in region 36.02: open it first (LAB_ADMIN) or check the id.");
            assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo(
                "Program lebak-2020 tidak ada di wilayah 36.02: buka dahulu (LAB_ADMIN) atau periksa id-nya.");
          });
    }
  }

  @Nested
  class Close {
    @Test
    void closesTheProgrammeStampedWithTheClock() {
      // given
      fx.openLebak2019();
      fx.clock.set(Instant.parse("2019-12-20T03:00:00Z"));

      // when
      ProgrammeDecision d = lab.programmes().close(ADMIN, LEBAK, PROGRAMME_ID, "Siklus 2019 selesai");

      // then
      assertThat(d.accepted()).isTrue();
      assertThat(d.programme().status()).isEqualTo(ProgrammeStatus.CLOSED);
      assertThat(d.programme().closedAt()).isEqualTo(Instant.parse("2019-12-20T03:00:00Z"));
      assertThat(d.programme().version()).isEqualTo(2);
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID)).contains(d.programme());
    }

    @Test
    void refusesToCloseOrAdjustAClosedProgramme() {
      // given
      fx.openLebak2019();
      Programme closed = lab.programmes().close(ADMIN, LEBAK, PROGRAMME_ID, "Siklus 2019 selesai").programme();

      // when
      ProgrammeDecision again = lab.programmes().close(ADMIN, LEBAK, PROGRAMME_ID, "lagi");
      ProgrammeDecision adjust = lab.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, lebakSchedule());

      // then
      assertThat(again.verdict().codes()).containsExactly("PROGRAMME_CLOSED");
      assertThat(adjust.verdict().codes()).containsExactly("PROGRAMME_CLOSED");
      assertThat(en(adjust.verdict())).isEqualTo("Action \"Adjust the schedule\" is refused."
          + "\n  [must] Programme lebak-2019 is closed.");
      assertThat(id(again.verdict())).isEqualTo("Tindakan \"Tutup program\" ditolak."
          + "\n  [wajib] Program lebak-2019 sudah ditutup.");
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID)).contains(closed);
    }

    @Test
    void refusesAnyoneButTheLabAdministrator() {
      fx.openLebak2019();

      ProgrammeDecision d = lab.programmes().close(innovator("DINKES"), LEBAK, PROGRAMME_ID, "selesai");

      assertThat(d.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
      assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID).orElseThrow().status()).isEqualTo(ProgrammeStatus.OPEN);
    }

    @Test
    void throwsForAnUnknownProgramme() {
      assertThatThrownBy(() -> lab.programmes().close(ADMIN, LEBAK, "lebak-2020", "selesai"))
          .isInstanceOf(NoSuchProgrammeException.class);
    }
  }

  @Nested
  class ProposeIntoAProgramme {
    private CommandResult propose(String opd, String programmeId) {
      InnovationDetails d = InnovationDetails.titled("Posyandu Digital Lebak").withOpd(OpdCode.of(opd));
      return lab.innovations().propose(LEBAK, innovator(opd), d, programmeId, Options.none());
    }

    @Test
    void joinsAnOpenProgrammeFromAParticipatingUnit() {
      fx.openLebak2019();

      CommandResult r = propose("DINKES", PROGRAMME_ID);

      assertThat(r.accepted()).isTrue();
      assertThat(r.state().programmeId()).isEqualTo(PROGRAMME_ID);
    }

    @Test
    void refusesAProgrammeThatDoesNotExist() {
      // when an innovation names a programme never opened
      CommandResult r = propose("DINKES", "lebak-2020");

      // then
      assertThat(r.accepted()).isFalse();
      assertThat(r.verdict().codes()).containsExactly("NO_SUCH_PROGRAMME");
      assertThat(en(r.verdict())).isEqualTo("Action \"Propose an innovation\" is refused."
          + "\n  [must] Programme lebak-2020 does not exist in this region.");
      assertThat(id(r.verdict())).isEqualTo("Tindakan \"Usulkan inovasi\" ditolak."
          + "\n  [wajib] Program lebak-2020 tidak ada di wilayah ini.");
      assertThat(r.state()).isNull();
      assertThat(lab.innovations().find(r.ref())).isEmpty();
    }

    @Test
    void refusesAProgrammeOfAnotherRegion() {
      // given Lebak's programme
      fx.openLebak2019();

      // when Pandeglang (36.01) names it
      CommandResult r = lab.innovations().propose(RegionCode.parse("36.01"),
          innovator("DINKES").in(RegionCode.parse("36.01")),
          InnovationDetails.titled("Posyandu Digital Pandeglang"), PROGRAMME_ID, Options.none());

      // then
      assertThat(r.verdict().codes()).containsExactly("NO_SUCH_PROGRAMME");
    }

    @Test
    void refusesAClosedProgramme() {
      fx.openLebak2019();
      lab.programmes().close(ADMIN, LEBAK, PROGRAMME_ID, "Siklus 2019 selesai");

      CommandResult r = propose("DINKES", PROGRAMME_ID);

      assertThat(r.verdict().codes()).containsExactly("PROGRAMME_CLOSED");
      assertThat(en(r.verdict())).contains("[must] Programme lebak-2019 is closed.");
      assertThat(id(r.verdict())).contains("[wajib] Program lebak-2019 sudah ditutup.");
      assertThat(lab.innovations().find(r.ref())).isEmpty();
    }

    @Test
    void refusesAUnitThatDoesNotTakePart() {
      fx.openLebak2019();

      CommandResult r = propose("DISHUB", PROGRAMME_ID);

      assertThat(r.verdict().codes()).containsExactly("OPD_NOT_PARTICIPATING");
      assertThat(en(r.verdict())).contains(
          "[must] OPD DISHUB does not take part in programme lebak-2019.");
      assertThat(id(r.verdict())).contains(
          "[wajib] OPD DISHUB tidak mengikuti program lebak-2019.");
    }

    @Test
    void listsClosedAndNotParticipatingTogether() {
      fx.openLebak2019();
      lab.programmes().close(ADMIN, LEBAK, PROGRAMME_ID, "Siklus 2019 selesai");

      CommandResult r = propose("DISHUB", PROGRAMME_ID);

      assertThat(r.verdict().codes()).containsExactlyInAnyOrder("PROGRAMME_CLOSED", "OPD_NOT_PARTICIPATING");
    }

    @Test
    void acceptsAnyUnitWhenTheProgrammeListsNone() {
      // given a programme without a participant list
      Programme spec = Programme.builder().region(LEBAK).id("lebak-terbuka").year(2019)
          .name("Labinov terbuka").organisingUnit("BAPPEDA").target(5).build();
      assertThat(lab.programmes().open(ADMIN, spec).accepted()).isTrue();

      // when / then
      assertThat(propose("DISHUB", "lebak-terbuka").accepted()).isTrue();
    }
  }

  @Nested
  class WithoutAProgrammeStore {
    private final Labinov bare = Labinov.builder()
        .clock(fx.clock)
        .innovationStore(new InMemoryInnovationStore())
        .rulebookStore(new InMemoryRulebookStore())
        .build();

    private void assertMissingStore(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
      assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.code()).isEqualTo("MISSING_SETTING");
        assertThat(e.field()).isEqualTo("programmeStore");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Programmes need a programme store: "
            + "set builder.programmeStore(new InMemoryProgrammeStore()) or the JDBC one.");
        assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo("Program memerlukan penyimpanan program: "
            + "atur builder.programmeStore(new InMemoryProgrammeStore()) atau yang JDBC.");
      });
    }

    @Test
    void openingAProgrammeNamesTheMissingSetting() {
      assertMissingStore(() -> bare.programmes().open(ADMIN, lebak2019().build()));
    }

    @Test
    void everyProgrammeOperationNamesTheMissingSetting() {
      assertMissingStore(() -> bare.programmes().find(LEBAK, PROGRAMME_ID));
      assertMissingStore(() -> bare.programmes().adjustSchedule(ADMIN, LEBAK, PROGRAMME_ID, lebakSchedule()));
      assertMissingStore(() -> bare.programmes().close(ADMIN, LEBAK, PROGRAMME_ID, "selesai"));
      assertMissingStore(() -> bare.programmes().progress(LEBAK, PROGRAMME_ID));
    }

    @Test
    void innovationsWithoutProgrammeStillWork() {
      CommandResult r = bare.innovations().propose(LEBAK, innovator("DINKES"), InnovationDetails.titled("Posyandu Digital"));
      assertThat(r.accepted()).isTrue();
    }
  }

  @Test
  void theRefusedSpecificationIsNotStoredAndCanBeOpenedOnceFixed() {
    // given a refused opening
    ProgrammeDecision refused = lab.programmes().open(ADMIN,
        lebak2019().phase("DESIGN", PhaseWindow.of("2019-01-20", "2019-06-01")).build());
    assertThat(refused.accepted()).isFalse();

    // when the fixed specification is opened an hour later
    fx.clock.advance(Duration.ofHours(1));
    ProgrammeDecision d = lab.programmes().open(ADMIN, lebak2019().build());

    // then
    assertThat(d.accepted()).isTrue();
    assertThat(d.programme().openedAt()).isEqualTo(LabFixture.START.plus(Duration.ofHours(1)));
    assertThat(List.of(d.programme().version())).containsExactly(1L);
  }
}
