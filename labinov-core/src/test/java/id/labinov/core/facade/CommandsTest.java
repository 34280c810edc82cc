package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.START;
import static id.labinov.core.facade.LabFixture.assertVerdict;
import static id.labinov.core.facade.LabFixture.details;
import static id.labinov.core.facade.LabFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.Approval;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.Condition;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Verdict;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every command accepted through the facade, one behaviour per test. */
class CommandsTest {
  private final LabFixture f = LabFixture.create();

  private static InnovationEvent only(CommandResult r) {
    assertThat(r.accepted()).as("accepted").isTrue();
    assertThat(r.events()).hasSize(1);
    return r.events().get(0);
  }

  private void assertStoredAsReturned(CommandResult r) {
    assertThat(f.state(r.ref())).isEqualTo(r.state());
    assertThat(f.history(r.ref())).endsWith(r.events().toArray(InnovationEvent[]::new));
    assertThat(Decider.replay(f.history(r.ref()))).isEqualTo(r.state());
  }

  @Nested
  class Propose {
    @Test
    void startsTheInnovationInDrumUpAtVersionOne() {
      CommandResult r = f.lab.innovations().propose(LEBAK, INNOVATOR, details());

      InnovationProposed e = (InnovationProposed) only(r);
      assertThat(e.stage()).isEqualTo("DRUM_UP");
      assertThat(e.details()).isEqualTo(details());
      assertThat(e.metadata().sequence()).isEqualTo(1);
      assertThat(e.metadata().rulebookId()).isEqualTo("5d");
      assertThat(e.metadata().actor()).isEqualTo(INNOVATOR.personId());
      assertThat(e.metadata().occurredAt()).isEqualTo(START);
      assertThat(r.state().stage()).isEqualTo("DRUM_UP");
      assertThat(r.state().status()).isEqualTo(InnovationStatus.ACTIVE);
      assertThat(r.state().version()).isEqualTo(1);
      assertThat(r.state().stageEnteredAt()).isEqualTo(START);
      assertThat(r.ref().region()).isEqualTo(LEBAK);
      assertStoredAsReturned(r);
    }

    @Test
    void givesEveryProposalItsOwnId() {
      InnovationRef a = f.proposed();
      InnovationRef b = f.proposed();

      assertThat(a).isNotEqualTo(b);
      assertThat(f.version(a)).isEqualTo(1);
      assertThat(f.version(b)).isEqualTo(1);
    }

    @Test
    void isAllowedToEveryEditingRole() {
      for (var actor : List.of(INNOVATOR, HEAD, COACH, ADMIN)) {
        assertThat(f.lab.innovations().propose(LEBAK, actor, details()).accepted()).as(actor.toString()).isTrue();
      }
    }
  }

  @Nested
  class UpdateDetails {
    @Test
    void replacesTheDetails() {
      InnovationRef ref = f.proposed();
      InnovationDetails changed = details().withText(InnovationDetails.PROBLEM, "Jadwal posyandu tidak diketahui.");

      CommandResult r = f.lab.innovations().updateDetails(ref, INNOVATOR, changed, Options.none());

      assertThat(((DetailsUpdated) only(r)).details()).isEqualTo(changed);
      assertThat(r.state().details()).isEqualTo(changed);
      assertThat(r.state().version()).isEqualTo(2);
      assertStoredAsReturned(r);
    }

    @Test
    void isAllowedWhileOnHold() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().hold(ref, ADMIN, "Anggaran belum tersedia", Options.none()).orThrow();

      CommandResult r = f.lab.innovations().updateDetails(ref, INNOVATOR, details().withText("goals", "Naik."), Options.none());

      assertThat(r.accepted()).isTrue();
      assertThat(r.state().status()).isEqualTo(InnovationStatus.ON_HOLD);
    }
  }

  @Nested
  class AttachEvidence {
    @Test
    void addsTheEvidenceToTheState() {
      InnovationRef ref = f.proposed();
      EvidenceRef letter = evidence("COMMITMENT_LETTER", "komitmen.pdf");

      CommandResult r = f.lab.innovations().attachEvidence(ref, INNOVATOR, letter, Options.none());

      assertThat(((EvidenceAttached) only(r)).evidence()).isEqualTo(letter);
      assertThat(r.state().evidence()).containsExactly(letter);
      assertStoredAsReturned(r);
    }

    @Test
    void acceptsAnotherFileOfTheSameKind() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "a.jpg"), Options.none()).orThrow();

      CommandResult r = f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "b.jpg"), Options.none());

      assertThat(r.accepted()).isTrue();
      assertThat(r.state().evidence()).hasSize(2);
    }
  }

  @Nested
  class Approve {
    @Test
    void recordsTheApprovalInTheCurrentStage() {
      InnovationRef ref = f.proposed();

      CommandResult r = f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, "Kami berkomitmen", Options.none());

      ApprovalRecorded e = (ApprovalRecorded) only(r);
      assertThat(e.role()).isEqualTo(Role.OPD_HEAD);
      assertThat(e.note()).isEqualTo("Kami berkomitmen");
      assertThat(r.state().approvals()).containsExactly(new Approval(HEAD.personId(), Role.OPD_HEAD, START));
      assertStoredAsReturned(r);
    }

    @Test
    void countsApprovalsOfDifferentRolesSeparately() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();

      CommandResult r = f.lab.innovations().approve(ref, COACH, Role.COACH, null, Options.none());

      assertThat(r.state().approvals()).extracting(Approval::role).containsExactly(Role.OPD_HEAD, Role.COACH);
    }
  }

  @Nested
  class Advance {
    private void assertMoved(CommandResult r, String transition, String from, String to) {
      StageAdvanced e = (StageAdvanced) only(r);
      assertThat(e.transitionId()).isEqualTo(transition);
      assertThat(e.fromStage()).isEqualTo(from);
      assertThat(e.toStage()).isEqualTo(to);
      assertThat(r.state().stage()).isEqualTo(to);
      assertThat(r.state().approvals()).as("approvals of the new stage").isEmpty();
      assertThat(r.state().stageEnteredAt()).isEqualTo(f.clock.instant());
      assertStoredAsReturned(r);
    }

    @Test
    void movesFromDrumUpToDiagnose() {
      InnovationRef ref = f.proposed();
      f.readyForDiagnose(ref);

      CommandResult r = f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());

      assertMoved(r, "drum-up-to-diagnose", "DRUM_UP", "DIAGNOSE");
      assertThat(r.verdict().violations()).isEmpty();
    }

    @Test
    void movesFromDiagnoseToDesign() {
      InnovationRef ref = f.inDiagnose();
      f.readyForDesign(ref);

      CommandResult r = f.lab.innovations().advance(ref, COACH, "DESIGN", Options.none());

      assertMoved(r, "diagnose-to-design", "DIAGNOSE", "DESIGN");
    }

    @Test
    void movesFromDesignToDeliver() {
      InnovationRef ref = f.inDesign();
      f.readyForDeliver(ref);

      CommandResult r = f.lab.innovations().advance(ref, COACH, "DELIVER", Options.none());

      assertMoved(r, "design-to-deliver", "DESIGN", "DELIVER");
    }

    @Test
    void movesFromDeliverToDisplayAfterThirtyDays() {
      InnovationRef ref = f.inDeliver();
      f.readyForDisplayExceptTime(ref);
      f.clock.advanceDays(30);

      CommandResult r = f.lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none());

      assertMoved(r, "deliver-to-display", "DELIVER", "DISPLAY");
      assertThat(r.verdict().violations()).isEmpty();
    }

    @Test
    void isAcceptedWithShouldMeetWarnings() {
      InnovationRef ref = f.inDiagnose();
      InnovationDetails shortProblem = f.state(ref).details()
          .withText(InnovationDetails.PROBLEM, LabFixture.words(5))
          .withText(InnovationDetails.IDEA_SUMMARY, "Pengingat lewat WhatsApp.");
      f.lab.innovations().updateDetails(ref, INNOVATOR, shortProblem, Options.none()).orThrow();

      CommandResult r = f.lab.innovations().advance(ref, INNOVATOR, "DESIGN", Options.none());

      assertThat(r.accepted()).isTrue();
      assertThat(r.state().stage()).isEqualTo("DESIGN");
      assertThat(r.verdict().refusals()).isEmpty();
      assertThat(r.verdict().warnings()).extracting(v -> v.code()).containsExactly("FIELD_TOO_SHORT");
      assertVerdict(r.verdict(), "FIELD_TOO_SHORT",
          "Transition \"diagnose-to-design\" is allowed.\n  [should] Problem statement has 5 words; at least 20 are recommended.",
          "Perpindahan \"diagnose-to-design\" diizinkan.\n  [sebaiknya] Rumusan masalah berisi 5 kata; sebaiknya paling sedikit 20 kata.");
    }

    @Test
    void walksTheWholeFiveDLifecycle() {
      InnovationRef ref = f.inDisplay();

      assertThat(f.state(ref).stage()).isEqualTo("DISPLAY");
      assertThat(f.state(ref).visits()).extracting(v -> v.stage())
          .containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");
      assertThat(f.state(ref).version()).isEqualTo(f.history(ref).size());
    }
  }

  @Nested
  class AdvanceConditionally {
    @Test
    void movesWithConditionsNumberedBySequence() {
      InnovationRef ref = f.inDesign();
      f.readyForDeliver(ref);
      long seq = f.version(ref) + 1;

      CommandResult r = f.lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER",
          List.of("Lengkapi SK kepala daerah", "Unggah foto kegiatan"), Options.none());

      StageAdvancedConditionally e = (StageAdvancedConditionally) only(r);
      assertThat(e.transitionId()).isEqualTo("design-to-deliver-conditional");
      assertThat(e.fromStage()).isEqualTo("DESIGN");
      assertThat(e.toStage()).isEqualTo("DELIVER");
      List<Condition> expected = List.of(
          new Condition("c" + seq + "-1", "Lengkapi SK kepala daerah"),
          new Condition("c" + seq + "-2", "Unggah foto kegiatan"));
      assertThat(e.conditions()).isEqualTo(expected);
      assertThat(r.state().stage()).isEqualTo("DELIVER");
      assertThat(r.state().openConditions()).isEqualTo(expected);
      assertStoredAsReturned(r);
    }

    @Test
    void needsOnlyTheOpdHeadsApprovalNotTheCoachs() {
      InnovationRef ref = f.inDesign();
      InnovationDetails d = f.state(ref).details().withText(InnovationDetails.DESIGN_NARRATIVE, LabFixture.words(300));
      f.lab.innovations().updateDetails(ref, INNOVATOR, d, Options.none()).orThrow();
      f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("ACTION_PLAN", "rencana-aksi.pdf"), Options.none()).orThrow();
      f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();

      CommandResult r = f.lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER", List.of("Coach meninjau"), Options.none());

      assertThat(r.accepted()).isTrue();
    }

    @Test
    void keepsTheConditionsOpenSoTheNextGateRefusesUntilAllAreCleared() {
      InnovationRef ref = f.inDeliverWithConditions("Lengkapi SK", "Unggah foto");
      List<String> ids = f.state(ref).openConditions().stream().map(Condition::id).toList();
      f.readyForDisplayExceptTime(ref);
      f.clock.advanceDays(30);

      CommandResult whileTwoOpen = f.lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none());
      f.lab.innovations().clearCondition(ref, COACH, ids.get(0), null, Options.none()).orThrow();
      CommandResult whileOneOpen = f.lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none());
      f.lab.innovations().clearCondition(ref, COACH, ids.get(1), null, Options.none()).orThrow();
      CommandResult allCleared = f.lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none());

      assertThat(whileTwoOpen.verdict().codes()).containsExactly("CONDITIONS_OPEN");
      assertThat(whileOneOpen.verdict().codes()).containsExactly("CONDITIONS_OPEN");
      assertThat(whileOneOpen.verdict().describe(java.util.Locale.ENGLISH))
          .contains("1 condition(s) still open: Unggah foto.");
      assertThat(allCleared.accepted()).isTrue();
      assertThat(allCleared.state().stage()).isEqualTo("DISPLAY");
    }
  }

  @Nested
  class ClearCondition {
    @Test
    void closesTheNamedConditionOnly() {
      InnovationRef ref = f.inDeliverWithConditions("Lengkapi SK", "Unggah foto");
      Condition first = f.state(ref).openConditions().get(0);
      Condition second = f.state(ref).openConditions().get(1);

      CommandResult r = f.lab.innovations().clearCondition(ref, ADMIN, first.id(), "SK terbit", Options.none());

      ConditionCleared e = (ConditionCleared) only(r);
      assertThat(e.conditionId()).isEqualTo(first.id());
      assertThat(e.note()).isEqualTo("SK terbit");
      assertThat(r.state().openConditions()).containsExactly(second);
      assertThat(r.state().stage()).isEqualTo("DELIVER");
      assertStoredAsReturned(r);
    }
  }

  @Nested
  class ReturnForRework {
    @Test
    void sendsTheInnovationBackAndResetsTheStagesApprovals() {
      InnovationRef ref = f.inDesign();
      f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();

      CommandResult r = f.lab.innovations().returnForRework(ref, COACH, "DIAGNOSE", "Masalah belum tajam", Options.none());

      ReturnedForRework e = (ReturnedForRework) only(r);
      assertThat(e.transitionId()).isEqualTo("return-to-diagnose");
      assertThat(e.fromStage()).isEqualTo("DESIGN");
      assertThat(e.toStage()).isEqualTo("DIAGNOSE");
      assertThat(e.reason()).isEqualTo("Masalah belum tajam");
      assertThat(r.state().stage()).isEqualTo("DIAGNOSE");
      assertThat(r.state().approvals()).isEmpty();
      assertStoredAsReturned(r);
    }

    @Test
    void makesTheStageAskForItsApprovalsAgainWhenReEntered() {
      InnovationRef ref = f.inDeliver();
      f.lab.innovations().returnForRework(ref, ADMIN, "DESIGN", "Rencana aksi perlu direvisi", Options.none()).orThrow();

      Verdict again = f.lab.innovations().check(ref, COACH, "design-to-deliver");

      assertThat(f.state(ref).stage()).isEqualTo("DESIGN");
      assertThat(f.state(ref).approvals()).isEmpty();
      assertThat(again.codes()).containsExactly("APPROVALS_MISSING", "APPROVALS_MISSING");
    }
  }

  @Nested
  class HoldAndResume {
    @Test
    void holdPutsTheInnovationOnHold() {
      InnovationRef ref = f.proposed();

      CommandResult r = f.lab.innovations().hold(ref, ADMIN, "Anggaran belum tersedia", Options.none());

      assertThat(((PutOnHold) only(r)).reason()).isEqualTo("Anggaran belum tersedia");
      assertThat(r.state().status()).isEqualTo(InnovationStatus.ON_HOLD);
      assertThat(r.state().stage()).isEqualTo("DRUM_UP");
      assertThat(r.state().pausesInStage()).hasSize(1);
      assertStoredAsReturned(r);
    }

    @Test
    void resumeMakesItActiveAgainInTheSameStage() {
      InnovationRef ref = f.inDiagnose();
      f.lab.innovations().hold(ref, COACH, "Menunggu data", Options.none()).orThrow();
      f.clock.advanceDays(3);

      CommandResult r = f.lab.innovations().resume(ref, HEAD, "Data tersedia", Options.none());

      assertThat(((Resumed) only(r)).note()).isEqualTo("Data tersedia");
      assertThat(r.state().status()).isEqualTo(InnovationStatus.ACTIVE);
      assertThat(r.state().stage()).isEqualTo("DIAGNOSE");
      assertThat(r.state().pausesInStage()).singleElement()
          .satisfies(p -> assertThat(p.end()).isEqualTo(f.clock.instant()));
      assertStoredAsReturned(r);
    }

    @Test
    void daysOnHoldDoNotCountAsDaysInStage() {
      InnovationRef held = f.inDeliver();
      InnovationRef notHeld = f.inDeliver();
      f.readyForDisplayExceptTime(held);
      f.readyForDisplayExceptTime(notHeld);
      f.clock.advanceDays(10);
      f.lab.innovations().hold(held, ADMIN, "Pilkada", Options.none()).orThrow();
      f.clock.advanceDays(20);
      f.lab.innovations().resume(held, ADMIN, null, Options.none()).orThrow();
      f.clock.advanceDays(5);

      Verdict heldAfter35 = f.lab.innovations().check(held, ADMIN, "deliver-to-display");
      Verdict notHeldAfter35 = f.lab.innovations().check(notHeld, ADMIN, "deliver-to-display");

      assertThat(heldAfter35.allowed()).as("a should-meet rule never refuses").isTrue();
      assertThat(heldAfter35.warnings()).extracting(v -> v.code()).containsExactly("TOO_EARLY_IN_STAGE");
      assertVerdict(heldAfter35, "TOO_EARLY_IN_STAGE",
          "[should] 15 day(s) in this stage (holds excluded); at least 30 recommended.",
          "[sebaiknya] 15 hari di tahap ini (di luar masa tunda); sebaiknya paling sedikit 30 hari.");
      assertThat(notHeldAfter35.violations()).isEmpty();
    }

    @Test
    void theMinDaysWarningDisappearsOnceEnoughActiveDaysPassed() {
      InnovationRef ref = f.inDeliver();
      f.readyForDisplayExceptTime(ref);
      f.clock.advanceDays(10);
      f.lab.innovations().hold(ref, ADMIN, "Pilkada", Options.none()).orThrow();
      f.clock.advanceDays(20);
      f.lab.innovations().resume(ref, ADMIN, null, Options.none()).orThrow();
      f.clock.advanceDays(19);
      Verdict after29ActiveDays = f.lab.innovations().check(ref, ADMIN, "deliver-to-display");
      f.clock.advanceDays(1);

      CommandResult r = f.lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none());

      assertThat(after29ActiveDays.warnings()).extracting(v -> v.arguments()).containsExactly(List.of(29L, 30));
      assertThat(r.accepted()).isTrue();
      assertThat(r.verdict().violations()).isEmpty();
    }
  }

  @Nested
  class Drop {
    @Test
    void dropsAnActiveInnovationKeepingItsStage() {
      InnovationRef ref = f.inDesign();

      CommandResult r = f.lab.innovations().drop(ref, INNOVATOR, "Tidak ada anggaran", Options.none());

      assertThat(((Dropped) only(r)).reason()).isEqualTo("Tidak ada anggaran");
      assertThat(r.state().status()).isEqualTo(InnovationStatus.DROPPED);
      assertThat(r.state().stage()).isEqualTo("DESIGN");
      assertStoredAsReturned(r);
    }

    @Test
    void dropsAnInnovationOnHold() {
      InnovationRef ref = f.inDiagnose();
      f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none()).orThrow();

      CommandResult r = f.lab.innovations().drop(ref, HEAD, "Dialihkan ke program lain", Options.none());

      assertThat(r.accepted()).isTrue();
      assertThat(r.state().status()).isEqualTo(InnovationStatus.DROPPED);
      assertThat(r.state().stage()).isEqualTo("DIAGNOSE");
    }
  }

  @Nested
  class Reopen {
    @Test
    void returnsToTheStageItWasDroppedFromAndIsActive() {
      InnovationRef ref = f.inDesign();
      f.lab.innovations().drop(ref, INNOVATOR, "Tidak ada anggaran", Options.none()).orThrow();
      f.clock.advanceDays(40);

      CommandResult r = f.lab.innovations().reopen(ref, ADMIN, "Anggaran perubahan", Options.none());

      assertThat(((Reopened) only(r)).reason()).isEqualTo("Anggaran perubahan");
      assertThat(r.state().status()).isEqualTo(InnovationStatus.ACTIVE);
      assertThat(r.state().stage()).isEqualTo("DESIGN");
      assertStoredAsReturned(r);
    }

    @Test
    void reopensAnInnovationDroppedWhileOnHoldAsActive() {
      InnovationRef ref = f.inDiagnose();
      f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none()).orThrow();
      f.lab.innovations().drop(ref, ADMIN, "Dihentikan", Options.none()).orThrow();

      CommandResult r = f.lab.innovations().reopen(ref, ADMIN, "Dilanjutkan", Options.none());

      InnovationState s = r.state();
      assertThat(s.status()).isEqualTo(InnovationStatus.ACTIVE);
      assertThat(s.stage()).isEqualTo("DIAGNOSE");
      assertThat(s.pausesInStage()).allSatisfy(p -> assertThat(p.end()).isNotNull());
    }

    @Test
    void doesNotCountTheDroppedDaysInTheStage() {
      InnovationRef ref = f.inDeliver();
      f.readyForDisplayExceptTime(ref);
      f.clock.advanceDays(5);
      f.lab.innovations().drop(ref, ADMIN, "Dihentikan", Options.none()).orThrow();
      f.clock.advanceDays(60);
      f.lab.innovations().reopen(ref, ADMIN, "Dilanjutkan", Options.none()).orThrow();

      Verdict v = f.lab.innovations().check(ref, ADMIN, "deliver-to-display");

      assertThat(v.warnings()).extracting(x -> x.arguments()).containsExactly(List.of(5L, 30));
    }

    @Test
    void recordsTheReopeningAdminAsActor() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().drop(ref, INNOVATOR, "Batal", Options.none()).orThrow();

      CommandResult r = f.lab.innovations().reopen(ref, ADMIN, "Dilanjutkan", Options.none());

      assertThat(r.events().get(0).metadata().actor()).isEqualTo(PersonId.of("admin-bappeda"));
    }
  }
}
