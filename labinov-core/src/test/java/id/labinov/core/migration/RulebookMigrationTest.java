package id.labinov.core.migration;

import static id.labinov.core.programme.LabFixture.ADMIN;
import static id.labinov.core.programme.LabFixture.COACH;
import static id.labinov.core.programme.LabFixture.LEBAK;
import static id.labinov.core.programme.LabFixture.PROGRAMME_ID;
import static id.labinov.core.programme.LabFixture.innovator;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.MigrationReport;
import id.labinov.core.engine.Options;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.PersonId;
import id.labinov.core.programme.LabFixture;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Planning (dry run) and performing the migration of innovations to another rulebook version. */
class RulebookMigrationTest {
  private final LabFixture fx = new LabFixture();
  private final Labinov lab = fx.lab;
  private InnovationRef drumUp;
  private InnovationRef diagnose;
  private InnovationRef design;
  private InnovationRef deliver;
  private InnovationRef display;
  private List<InnovationRef> all;

  /** Innovations of the Lebak 2019 programme in every 5D stage; the one in Design has a 320-word narrative. */
  @BeforeEach
  void innovationsInEveryStage() {
    fx.openLebak2019();
    drumUp = fx.innovationIn("DRUM_UP", "Kartu Sehat Desa", "DINKES", PROGRAMME_ID);
    diagnose = fx.innovationIn("DIAGNOSE", "Sekolah Ramah Anak", "DISDIK", PROGRAMME_ID);
    design = fx.innovationIn("DESIGN", "Lebak Satu Data", "DISKOMINFO", PROGRAMME_ID);
    fx.prepareGate(design);
    deliver = fx.innovationIn("DELIVER", "Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
    display = fx.innovationIn("DISPLAY", "Lebak Smart Village", "DPMPTSP", PROGRAMME_ID);
    all = List.of(drumUp, diagnose, design, deliver, display);
    fx.clock.advance(Duration.ofDays(3));
    assertThat(InnovationDetails.DESIGN_NARRATIVE).isEqualTo("designNarrative");
    assertThat(lab.innovations().get(design).details().field("designNarrative").orElseThrow().split(" ")).hasSize(320);
  }

  private Map<InnovationRef, MigrationReport> plan(Rulebook to) {
    List<MigrationReport> reports = lab.migrations().plan(LEBAK, InnovationFilter.all(), to);
    return reports.stream().collect(Collectors.toMap(MigrationReport::ref, Function.identity()));
  }

  private static String en(Verdict v) {
    return v.describe(Locale.ENGLISH);
  }

  private static String id(Verdict v) {
    return v.describe(Messages.INDONESIAN);
  }

  @Nested
  class PlanToAnIdenticalCopy {
    @Test
    void everyInnovationIsUnchanged() {
      // when
      List<MigrationReport> reports = lab.migrations().plan(LEBAK, InnovationFilter.all(), MigrationRulebooks.identicalCopy(2));

      // then
      assertThat(reports).hasSize(5);
      assertThat(reports).extracting(MigrationReport::ref).containsExactlyInAnyOrderElementsOf(all);
      assertThat(reports).allSatisfy(r -> {
        assertThat(r.unchanged()).as(r.stage()).isTrue();
        assertThat(r.stageExists()).isTrue();
        assertThat(r.newlyFailing()).isEmpty();
        assertThat(r.from()).isEqualTo("5d@1");
        assertThat(r.to()).isEqualTo("5d@2");
      });
    }

    @Test
    void reportsEachInnovationsStageAndNextAdvance() {
      Map<InnovationRef, MigrationReport> reports = plan(MigrationRulebooks.identicalCopy(2));

      assertThat(reports.get(drumUp).stage()).isEqualTo("DRUM_UP");
      assertThat(reports.get(drumUp).findNextTransition()).contains("drum-up-to-diagnose");
      assertThat(reports.get(design).findNextTransition()).contains("design-to-deliver");
      assertThat(reports.get(deliver).findNextTransition()).contains("deliver-to-display");
      assertThat(reports.get(display).findNextTransition()).isEmpty();
      // the substance of the gate (roles aside): Deliver still lacks its report, photo and head approval
      assertThat(reports.get(deliver).failingNow()).isEqualTo(reports.get(deliver).failingAfter())
          .contains("EVIDENCE_MISSING", "APPROVALS_MISSING").doesNotContain("ROLE_NOT_PERMITTED");
      assertThat(reports.get(design).failingNow()).isEmpty();
    }

    @Test
    void reportsInIdOrder() {
      List<MigrationReport> reports = lab.migrations().plan(LEBAK, InnovationFilter.all(), MigrationRulebooks.identicalCopy(2));

      assertThat(reports).extracting(r -> r.ref().id()).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void theDryRunChangesNothing() {
      // given
      List<Integer> sizes = fx.historySizes(all);
      List<InnovationState> states = all.stream().map(lab.innovations()::get).toList();

      // when
      lab.migrations().plan(LEBAK, InnovationFilter.all(), MigrationRulebooks.identicalCopy(2));
      lab.migrations().plan(LEBAK, InnovationFilter.all(), MigrationRulebooks.withoutDeliver());

      // then
      assertThat(fx.historySizes(all)).isEqualTo(sizes);
      assertThat(all.stream().map(lab.innovations()::get).toList()).isEqualTo(states);
    }

    @Test
    void theFilterChoosesTheInnovations() {
      // given one innovation outside the programme
      InnovationRef outside = fx.propose("Di luar program", "DISHUB", null);

      // when
      List<MigrationReport> inProgramme = lab.migrations().plan(LEBAK,
          InnovationFilter.builder().programmes(PROGRAMME_ID).build(), MigrationRulebooks.identicalCopy(2));
      List<MigrationReport> inDeliver = lab.migrations().plan(LEBAK,
          InnovationFilter.builder().stages("DELIVER").build(), MigrationRulebooks.identicalCopy(2));

      // then
      assertThat(inProgramme).extracting(MigrationReport::ref).doesNotContain(outside).hasSize(5);
      assertThat(inDeliver).extracting(MigrationReport::ref).containsExactly(deliver);
    }

    @Test
    void innovationsAlreadyOnTheTargetAreLeftOut() {
      // given one innovation already migrated
      Rulebook v2 = MigrationRulebooks.identicalCopy(2);
      lab.migrations().migrate(design, ADMIN, v2, Options.none()).orThrow();

      // when
      List<MigrationReport> reports = lab.migrations().plan(LEBAK, InnovationFilter.all(), v2);

      // then
      assertThat(reports).extracting(MigrationReport::ref).hasSize(4).doesNotContain(design);
    }
  }

  @Nested
  class PlanToAStricterVersion {
    @Test
    void theDesignInnovationWithTooShortANarrativeNewlyFails() {
      // when design-to-deliver needs 400 words and the narrative has 320
      Map<InnovationRef, MigrationReport> reports = plan(MigrationRulebooks.designNeeds400Words());

      // then
      MigrationReport r = reports.get(design);
      assertThat(r.stageExists()).isTrue();
      assertThat(r.findNextTransition()).contains("design-to-deliver");
      assertThat(r.failingNow()).doesNotContain("FIELD_TOO_SHORT");
      assertThat(r.failingAfter()).contains("FIELD_TOO_SHORT");
      assertThat(r.newlyFailing()).containsExactly("FIELD_TOO_SHORT");
      assertThat(r.unchanged()).isFalse();
    }

    @Test
    void theOtherStagesAreUnchanged() {
      Map<InnovationRef, MigrationReport> reports = plan(MigrationRulebooks.designNeeds400Words());

      assertThat(List.of(drumUp, diagnose, deliver, display))
          .allSatisfy(ref -> assertThat(reports.get(ref).unchanged()).isTrue());
    }
  }

  @Nested
  class PlanToAVersionWithoutTheStage {
    @Test
    void innovationsInDeliverHaveNoStageThere() {
      // when
      Map<InnovationRef, MigrationReport> reports = plan(MigrationRulebooks.withoutDeliver());

      // then
      MigrationReport r = reports.get(deliver);
      assertThat(r.stage()).isEqualTo("DELIVER");
      assertThat(r.stageExists()).isFalse();
      assertThat(r.unchanged()).isFalse();
      assertThat(r.findNextTransition()).isEmpty();
      assertThat(reports.get(design).stageExists()).isTrue();
      assertThat(reports.get(design).findNextTransition()).contains("design-to-display");
      assertThat(reports.get(display).stageExists()).isTrue();
    }

    @Test
    void evenAnInnovationReadyToLeaveDeliverIsNotUnchanged() {
      // given an innovation that meets every criterion of deliver-to-display
      fx.prepareGate(deliver);
      fx.clock.advance(Duration.ofDays(30));

      // when
      MigrationReport r = plan(MigrationRulebooks.withoutDeliver()).get(deliver);

      // then nothing fails, yet its stage is gone
      assertThat(r.failingNow()).isEmpty();
      assertThat(r.failingAfter()).isEmpty();
      assertThat(r.unchanged()).isFalse();
    }

    @Test
    void migratingAnInnovationInDeliverIsRefused() {
      // given
      InnovationState before = lab.innovations().get(deliver);
      int events = lab.innovations().history(deliver).size();

      // when
      CommandResult r = lab.migrations().migrate(deliver, ADMIN, MigrationRulebooks.withoutDeliver(), Options.none());

      // then
      assertThat(r.accepted()).isFalse();
      assertThat(r.verdict().codes()).containsExactly("STAGE_NOT_IN_RULEBOOK");
      assertThat(en(r.verdict())).isEqualTo("Action \"Move to another rulebook\" is refused."
          + "\n  [must] Stage DELIVER does not exist in rulebook 5d@2: return the innovation "
          + "to a stage that exists there first, or migrate to another version.");
      assertThat(id(r.verdict())).isEqualTo("Tindakan \"Pindahkan ke buku aturan lain\" ditolak."
          + "\n  [wajib] Tahap DELIVER tidak ada di buku aturan 5d@2: kembalikan dahulu "
          + "inovasi ke tahap yang ada di sana, atau migrasikan ke versi lain.");
      assertThat(r.events()).isEmpty();
      assertThat(lab.innovations().get(deliver)).isEqualTo(before);
      assertThat(lab.innovations().history(deliver)).hasSize(events);
    }

    @Test
    void anInnovationReturnedToDesignCanThenBeMigrated() {
      // given
      lab.innovations().returnForRework(deliver, COACH, "DESIGN", "Rancangan perlu diubah", Options.none()).orThrow();

      // when
      CommandResult r = lab.migrations().migrate(deliver, ADMIN, MigrationRulebooks.withoutDeliver(), Options.none());

      // then
      assertThat(r.accepted()).isTrue();
      assertThat(r.state().rulebookVersion()).isEqualTo(2);
      assertThat(lab.innovations().available(deliver, ADMIN)).extracting(a -> a.transition().id()).contains("design-to-display");
    }
  }

  @Nested
  class Migrate {
    @Test
    void recordsOneRulebookMigratedEventAndChangesOnlyTheRulebookVersion() {
      // given
      InnovationState before = lab.innovations().get(deliver);
      int events = lab.innovations().history(deliver).size();
      Instant now = fx.clock.instant();

      // when
      CommandResult r = lab.migrations().migrate(deliver, ADMIN, MigrationRulebooks.identicalCopy(2), Options.none());

      // then
      assertThat(r.accepted()).isTrue();
      assertThat(r.events()).singleElement().isInstanceOfSatisfying(RulebookMigrated.class, e -> {
        assertThat(e.fromRulebookId()).isEqualTo("5d");
        assertThat(e.fromVersion()).isEqualTo(1);
        assertThat(e.metadata().rulebookId()).isEqualTo("5d");
        assertThat(e.metadata().rulebookVersion()).isEqualTo(2);
        assertThat(e.metadata().sequence()).isEqualTo(before.version() + 1);
        assertThat(e.metadata().actor()).isEqualTo(PersonId.of("admin-bappeda"));
        assertThat(e.metadata().occurredAt()).isEqualTo(now);
      });
      InnovationState after = lab.innovations().get(deliver);
      assertThat(after.rulebookVersion()).isEqualTo(2);
      assertThat(after.rulebookId()).isEqualTo("5d");
      assertThat(after.stage()).isEqualTo(before.stage());
      assertThat(after.visits()).isEqualTo(before.visits());
      assertThat(after.approvals()).isEqualTo(before.approvals());
      assertThat(after.evidence()).isEqualTo(before.evidence());
      assertThat(after.details()).isEqualTo(before.details());
      assertThat(after.version()).isEqualTo(before.version() + 1);
      assertThat(lab.innovations().history(deliver)).hasSize(events + 1);
      assertThat(lab.innovations().rulebookOf(deliver).reference()).isEqualTo("5d@2");
    }

    @Test
    void isRefusedForAnyoneButTheLabAdministrator() {
      // when a coach migrates
      CommandResult r = lab.migrations().migrate(design, COACH, MigrationRulebooks.identicalCopy(2), Options.none());

      // then
      assertThat(r.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
      assertThat(en(r.verdict())).isEqualTo("Action \"Move to another rulebook\" is refused."
          + "\n  [must] Only these roles may do this: Lab administrator.");
      assertThat(id(r.verdict())).isEqualTo("Tindakan \"Pindahkan ke buku aturan lain\" ditolak."
          + "\n  [wajib] Hanya peran berikut yang boleh melakukannya: Pengelola laboratorium.");
      assertThat(lab.innovations().get(design).rulebookVersion()).isEqualTo(1);
    }

    @Test
    void isRefusedForTheVersionTheInnovationAlreadyFollows() {
      // when
      CommandResult r = lab.migrations().migrate(design, ADMIN, Rulebooks.fiveD(), Options.none());

      // then
      assertThat(r.verdict().codes()).containsExactly("ALREADY_ON_VERSION");
      assertThat(en(r.verdict())).contains("[must] The innovation already follows rulebook 5d@1.");
      assertThat(id(r.verdict())).contains("[wajib] Inovasi sudah mengikuti buku aturan 5d@1.");
      assertThat(lab.innovations().history(design).get(lab.innovations().history(design).size() - 1)).isNotInstanceOf(RulebookMigrated.class);
    }

    @Test
    void migratingTwiceToTheSameVersionIsRefusedTheSecondTime() {
      Rulebook v2 = MigrationRulebooks.identicalCopy(2);
      lab.migrations().migrate(design, ADMIN, v2, Options.none()).orThrow();

      CommandResult again = lab.migrations().migrate(design, ADMIN, v2, Options.none());

      assertThat(again.verdict().codes()).containsExactly("ALREADY_ON_VERSION");
      assertThat(en(again.verdict())).contains("already follows rulebook 5d@2.");
    }

    @Test
    void laterCommandsUseTheNewRulebooksGates() {
      // given the Design innovation meets every gate of 5d@1 with its 320-word narrative
      assertThat(lab.innovations().check(design, COACH, "design-to-deliver").allowed()).isTrue();

      // when it is migrated to the version needing 400 words
      lab.migrations().migrate(design, ADMIN, MigrationRulebooks.designNeeds400Words(), Options.none()).orThrow();
      CommandResult refused = lab.innovations().advance(design, COACH, "DELIVER", Options.none());

      // then the advance is refused for the narrative only
      assertThat(refused.verdict().refusals()).extracting(v -> v.code()).containsExactly("FIELD_TOO_SHORT");
      assertThat(en(refused.verdict())).contains("[must] "
          + "Design narrative (rancang bangun) has 320 words; at least 400 are needed.");
      assertThat(id(refused.verdict())).contains("[wajib] Rancang bangun berisi 320 kata; "
          + "paling sedikit 400 kata.");

      // and once the narrative has 400 words it advances, under the new version
      InnovationDetails longer = lab.innovations().get(design).details()
          .withText(InnovationDetails.DESIGN_NARRATIVE, LabFixture.words(400, "rancang"));
      lab.innovations().updateDetails(design, innovator("DISKOMINFO"), longer, Options.none()).orThrow();
      CommandResult advanced = lab.innovations().advance(design, COACH, "DELIVER", Options.none()).orThrow();
      InnovationEvent e = advanced.events().get(0);
      assertThat(e).isInstanceOf(StageAdvanced.class);
      assertThat(e.metadata().rulebookVersion()).isEqualTo(2);
      assertThat(advanced.state().stage()).isEqualTo("DELIVER");
    }

    @Test
    void innovationsNotMigratedKeepTheOldGates() {
      // given another Design innovation with a 320-word narrative, left on 5d@1
      InnovationRef other = fx.innovationIn("DESIGN", "Izin Kilat", "DPMPTSP", PROGRAMME_ID);
      fx.prepareGate(other);
      lab.migrations().migrate(design, ADMIN, MigrationRulebooks.designNeeds400Words(), Options.none()).orThrow();

      // when / then
      assertThat(lab.innovations().advance(other, COACH, "DELIVER", Options.none()).accepted()).isTrue();
      assertThat(lab.innovations().get(other).rulebookVersion()).isEqualTo(1);
    }
  }
}
