package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.EVALUATOR;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.OTHER_HEAD;
import static id.labinov.core.facade.LabFixture.REGIONAL_HEAD;
import static id.labinov.core.facade.LabFixture.assertRefused;
import static id.labinov.core.facade.LabFixture.details;
import static id.labinov.core.facade.LabFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Request;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every refusal code, with its message in English and in Bahasa Indonesia. A refusal is a value:
 * nothing is appended and the state is unchanged.
 */
class RefusalsTest {
  private final LabFixture f = LabFixture.create();

  /** Runs a command expected to be refused and checks that nothing was stored. */
  private CommandResult refused(InnovationRef ref, java.util.function.Supplier<CommandResult> command) {
    InnovationState before = f.state(ref);
    List<InnovationEvent> history = List.copyOf(f.history(ref));
    f.store.resetCounts();

    CommandResult r = command.get();

    assertThat(r.accepted()).as("accepted").isFalse();
    assertThat(f.store.appendAttempts()).as("append attempts").isZero();
    assertThat(f.state(ref)).isEqualTo(before);
    if (r.verdict().violations().stream().anyMatch(v -> v.ruleType().equals("authorisation"))) {
      assertThat(r.state()).as("refused by the authorisation step: nothing of the innovation").isNull();
    } else {
      assertThat(r.state()).isEqualTo(before);
    }
    assertThat(f.history(ref)).isEqualTo(history);
    return r;
  }

  @Nested
  class Propose {
    @Test
    void anEvaluatorAloneMayNotPropose() {
      CommandResult r = f.lab.innovations().propose(LEBAK, EVALUATOR, details());

      // the authorisation step answers before the gate: an evaluator changes no innovation
      assertRefused(r, "ROLE_NOT_PERMITTED",
          "Action \"Propose an innovation\" is refused.\n  [must] Your roles do not let you change innovations; evaluators give scores and record monitoring through the evaluation commands.",
          "Tindakan \"Usulkan inovasi\" ditolak.\n  [wajib] Peran Anda tidak memberi wewenang untuk mengubah inovasi; penilai memberi nilai dan mencatat pemantauan melalui perintah penilaian.");
      assertThat(r.state()).isNull();
      assertThat(f.lab.innovations().find(r.ref())).isEmpty();
      assertThat(f.store.appendAttempts()).isZero();
    }
  }

  @Nested
  class UpdateDetails {
    @Test
    void sameDetailsChangeNothing() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().updateDetails(ref, INNOVATOR, details(), Options.none()));

      assertRefused(r, "NOTHING_CHANGED",
          "The details are the same as the stored ones: nothing to change.",
          "Rinciannya sama dengan yang tersimpan: tidak ada yang diubah.");
    }

    @Test
    void aReplicationMustReferToAnotherRegionsInnovation() {
      InnovationRef ref = f.proposed();
      var own = new id.labinov.core.model.ReplicationSource(ref.region(), ref.id());

      CommandResult r = refused(ref,
          () -> f.lab.innovations().updateDetails(ref, INNOVATOR, details().withReplicates(own), Options.none()));

      assertRefused(r, "REPLICATES_OWN_REGION",
          "This innovation replicates " + own + ", which is from the same region ("
              + ref.region() + "): a replication refers to another region's innovation. Remove the replication"
              + " source or give another region's innovation.",
          "Inovasi ini mereplikasi " + own + ", yang berasal dari wilayah yang sama ("
              + ref.region() + "): replikasi mengacu pada inovasi wilayah lain. Hapus sumber replikasi atau isi"
              + " inovasi wilayah lain.");
    }

    @Test
    void aDroppedInnovationCannotBeEdited() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().drop(ref, INNOVATOR, "Batal", Options.none()).orThrow();

      CommandResult r = refused(ref,
          () -> f.lab.innovations().updateDetails(ref, INNOVATOR, details().withText("goals", "Naik."), Options.none()));

      assertRefused(r, "WRONG_STATUS",
          "This action needs the status Active or On hold, but the innovation is Dropped.",
          "Tindakan ini memerlukan status Aktif atau Ditunda, tetapi inovasi berstatus Dihentikan.");
    }

    @Test
    void anEvaluatorMayNotEdit() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref,
          () -> f.lab.innovations().updateDetails(ref, EVALUATOR, details().withText("goals", "Naik."), Options.none()));

      assertThat(r.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
    }
  }

  @Nested
  class AttachEvidence {
    @Test
    void theSameFileOfTheSameKindIsAttachedOnlyOnce() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "foto.jpg"), Options.none()).orThrow();
      String sha = evidence("PHOTO", "foto.jpg").sha256();

      CommandResult r = refused(ref,
          () -> f.lab.innovations().attachEvidence(ref, COACH, evidence("PHOTO", "foto.jpg"), Options.none()));

      assertRefused(r, "DUPLICATE_EVIDENCE",
          "Evidence (photo) with SHA-256 " + sha + " is already attached.",
          "Bukti dukung foto kegiatan dengan SHA-256 " + sha + " sudah terlampir.");
    }

    @Test
    void aDroppedInnovationTakesNoEvidence() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().drop(ref, INNOVATOR, "Batal", Options.none()).orThrow();

      CommandResult r = refused(ref,
          () -> f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "foto.jpg"), Options.none()));

      assertRefused(r, "WRONG_STATUS",
          "This action needs the status Active or On hold, but the innovation is Dropped.",
          "Tindakan ini memerlukan status Aktif atau Ditunda, tetapi inovasi berstatus Dihentikan.");
    }
  }

  @Nested
  class Approve {
    @Test
    void anInnovatorCannotApprove() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().approve(ref, INNOVATOR, Role.INNOVATOR, null, Options.none()));

      assertRefused(r, "ROLE_CANNOT_APPROVE",
          "Role Innovator cannot approve: approvals come from OPD heads, coaches, lab administrators, evaluators or the regional head.",
          "Peran Inovator tidak dapat memberi persetujuan: persetujuan diberikan kepala OPD, coach, pengelola laboratorium, penilai atau kepala daerah.");
    }

    @Test
    void noOneApprovesInARoleTheyDoNotHold() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().approve(ref, HEAD, Role.COACH, null, Options.none()));

      assertRefused(r, "ROLE_NOT_HELD",
          "You do not hold role Coach, so you cannot approve in that role.",
          "Anda tidak memegang peran Coach (pendamping), sehingga tidak dapat menyetujui dalam peran itu.");
      assertThat(r.verdict().codes()).containsExactly("ROLE_NOT_HELD");
    }

    @Test
    void anOpdHeadApprovesOnlyTheirOwnUnitsInnovation() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().approve(ref, OTHER_HEAD, Role.OPD_HEAD, null, Options.none()));

      // the authorisation step refuses before the gate's approver-own-opd rule (OTHER_OPD) is reached
      assertRefused(r, "NOT_OWN_OPD",
          "This innovation belongs to DINKES; from DISHUB you may act only on your own OPD's innovations.",
          "Inovasi ini milik DINKES; dari DISHUB Anda hanya dapat bertindak atas inovasi OPD Anda sendiri.");
      assertThat(r.verdict().codes()).containsExactly("NOT_OWN_OPD");
    }

    @Test
    void theSamePersonApprovesInTheSameRoleOncePerStage() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, "lagi", Options.none()));

      assertRefused(r, "ALREADY_APPROVED",
          "You already approved as Head of OPD in this stage.",
          "Anda sudah menyetujui sebagai Kepala OPD pada tahap ini.");
    }

    @Test
    void anInnovationOnHoldCannotBeApproved() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));

      assertRefused(r, "WRONG_STATUS",
          "This action needs the status Active, but the innovation is On hold.",
          "Tindakan ini memerlukan status Aktif, tetapi inovasi berstatus Ditunda.");
    }
  }

  @Nested
  class Advance {
    @Test
    void aRequiredFieldMustBeFilled() {
      InnovationRef ref = f.lab.innovations().propose(LEBAK, INNOVATOR, InnovationDetails.titled("Tanpa OPD")).orThrow().ref();
      f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()).orThrow();
      // an OPD head acts only on their own OPD's innovations; one who also coaches may approve this one
      Actor headAndCoach = Actor.of("kabid-dinkes", "DINKES", Role.OPD_HEAD, Role.COACH).in(LEBAK);
      f.lab.innovations().approve(ref, headAndCoach, Role.OPD_HEAD, null, Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()));

      assertRefused(r, "FIELD_REQUIRED",
          "[must] OPD (work unit) must be filled in.",
          "[wajib] OPD (perangkat daerah) wajib diisi.");
      assertThat(r.verdict().codes()).containsExactly("FIELD_REQUIRED");
    }

    @Test
    void aTextMustBeLongEnough() {
      InnovationRef ref = f.inDesign();
      f.readyForDeliver(ref);
      InnovationDetails shortNarrative = f.state(ref).details()
          .withText(InnovationDetails.DESIGN_NARRATIVE, LabFixture.words(3));
      f.lab.innovations().updateDetails(ref, INNOVATOR, shortNarrative, Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, COACH, "DELIVER", Options.none()));

      assertRefused(r, "FIELD_TOO_SHORT",
          "[must] Design narrative (rancang bangun) has 3 words; at least 300 are needed.",
          "[wajib] Rancang bangun berisi 3 kata; paling sedikit 300 kata.");
    }

    @Test
    void requiredEvidenceMustBeAttached() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()));

      assertRefused(r, "EVIDENCE_MISSING",
          "[must] Evidence (commitment letter): 0 attached, at least 1 needed.",
          "[wajib] Bukti dukung surat komitmen: 0 terlampir, paling sedikit 1.");
      assertThat(r.verdict().codes()).containsExactly("EVIDENCE_MISSING");
    }

    @Test
    void requiredApprovalsMustBeGivenInTheStage() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()));

      assertRefused(r, "APPROVALS_MISSING",
          "[must] Approvals by Head of OPD in this stage: 0, at least 1 needed.",
          "[wajib] Persetujuan oleh Kepala OPD pada tahap ini: 0, paling sedikit 1.");
    }

    @Test
    void theGateNamesTheOneRoleAllowedToMove() {
      InnovationRef ref = f.inDeliver();
      f.readyForDisplayExceptTime(ref);
      f.clock.advanceDays(30);

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, COACH, "DISPLAY", Options.none()));

      assertRefused(r, "ROLE_NOT_PERMITTED",
          "[must] Only these roles may do this: Lab administrator.",
          "[wajib] Hanya peran berikut yang boleh melakukannya: Pengelola laboratorium.");
      assertThat(r.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
    }

    @Test
    void theGateListsTheRolesAllowedToMove() {
      InnovationRef ref = f.proposed();
      f.readyForDiagnose(ref);

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, HEAD, "DIAGNOSE", Options.none()));

      assertRefused(r, "ROLE_NOT_PERMITTED",
          "Only these roles may do this: Innovator, Coach, Lab administrator.",
          "Hanya peran berikut yang boleh melakukannya: Inovator, Coach (pendamping), Pengelola laboratorium.");
    }

    @Test
    void anInnovationOnHoldDoesNotAdvance() {
      InnovationRef ref = f.proposed();
      f.readyForDiagnose(ref);
      f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()));

      assertRefused(r, "WRONG_STATUS",
          "[must] \"drum-up-to-diagnose\" needs status Active, but the innovation is On hold.",
          "[wajib] \"drum-up-to-diagnose\" memerlukan status Aktif, tetapi inovasi berstatus Ditunda.");
      assertThat(r.verdict().codes()).containsExactly("WRONG_STATUS");
    }

    @Test
    void aTransitionStartsOnlyFromItsOwnStage() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().execute(
          Request.of(ref, ADMIN, new Command.Advance("deliver-to-display", List.of()))));

      assertRefused(r, "WRONG_STAGE",
          "[must] \"deliver-to-display\" cannot start from stage DRUM_UP; it starts from: DELIVER.",
          "[wajib] \"deliver-to-display\" tidak dapat dilakukan dari tahap DRUM_UP; tahap asalnya: DELIVER.");
      assertThat(r.verdict().codes()).first().isEqualTo("WRONG_STAGE");
    }

    @Test
    void anAdvanceCannotUseAReturnTransition() {
      InnovationRef ref = f.inDesign();

      CommandResult r = refused(ref, () -> f.lab.innovations().execute(
          Request.of(ref, COACH, new Command.Advance("return-to-diagnose", List.of()))));

      assertRefused(r, "WRONG_TRANSITION_KIND",
          "Transition \"return-to-diagnose\" is a RETURN_FOR_REWORK; this command needs ADVANCE or CONDITIONAL_ADVANCE.",
          "Perpindahan \"return-to-diagnose\" berjenis RETURN_FOR_REWORK; perintah ini memerlukan ADVANCE atau CONDITIONAL_ADVANCE.");
      assertThat(r.verdict().codes()).containsExactly("WRONG_TRANSITION_KIND");
    }

    @Test
    void aReturnCannotUseAnAdvanceTransition() {
      InnovationRef ref = f.inDesign();

      CommandResult r = refused(ref, () -> f.lab.innovations().execute(
          Request.of(ref, ADMIN, new Command.ReturnForRework("design-to-deliver", "salah"))));

      assertRefused(r, "WRONG_TRANSITION_KIND",
          "Transition \"design-to-deliver\" is a ADVANCE; this command needs RETURN_FOR_REWORK.",
          "Perpindahan \"design-to-deliver\" berjenis ADVANCE; perintah ini memerlukan RETURN_FOR_REWORK.");
    }

    @Test
    void anUnconditionalAdvanceTakesNoConditions() {
      InnovationRef ref = f.inDesign();
      f.readyForDeliver(ref);

      CommandResult r = refused(ref, () -> f.lab.innovations().execute(
          Request.of(ref, COACH, new Command.Advance("design-to-deliver", List.of("Lengkapi SK")))));

      assertRefused(r, "CONDITIONS_NOT_ALLOWED",
          "Transition \"design-to-deliver\" is an unconditional advance: remove the conditions or use the conditional transition.",
          "Perpindahan \"design-to-deliver\" tanpa syarat: hapus syaratnya atau gunakan perpindahan bersyarat.");
      assertThat(r.verdict().codes()).containsExactly("CONDITIONS_NOT_ALLOWED");
    }

    @Test
    void thereIsNoAdvanceSkippingAStage() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, ADMIN, "DESIGN", Options.none()));

      assertRefused(r, "NO_TRANSITION",
          "[must] Rulebook 5d@1 has no ADVANCE -> DESIGN transition from stage DRUM_UP.",
          "[wajib] Buku aturan 5d@1 tidak memiliki perpindahan ADVANCE -> DESIGN dari tahap DRUM_UP.");
    }

    @Test
    void theNextGateRefusesWhileConditionsAreOpen() {
      InnovationRef ref = f.inDeliverWithConditions("Lengkapi SK", "Unggah foto");
      f.readyForDisplayExceptTime(ref);
      f.clock.advanceDays(30);

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none()));

      assertRefused(r, "CONDITIONS_OPEN",
          "[must] 2 condition(s) still open: Lengkapi SK; Unggah foto. Clear them first.",
          "[wajib] 2 syarat belum dipenuhi: Lengkapi SK; Unggah foto. Selesaikan dahulu.");
      assertThat(r.verdict().codes()).containsExactly("CONDITIONS_OPEN");
    }
  }

  @Nested
  class AdvanceConditionally {
    @Test
    void aConditionalGoNeedsAtLeastOneCondition() {
      InnovationRef ref = f.inDesign();
      f.readyForDeliver(ref);

      CommandResult r = refused(ref, () -> f.lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER", List.of(), Options.none()));

      assertRefused(r, "CONDITIONS_REQUIRED",
          "A conditional advance through \"design-to-deliver-conditional\" needs at least one condition.",
          "Perpindahan bersyarat melalui \"design-to-deliver-conditional\" memerlukan paling sedikit satu syarat.");
      assertThat(r.verdict().codes()).containsExactly("CONDITIONS_REQUIRED");
    }

    @Test
    void thereIsNoConditionalGoWhereTheRulebookHasNone() {
      InnovationRef ref = f.proposed();
      f.readyForDiagnose(ref);

      CommandResult r = refused(ref,
          () -> f.lab.innovations().advanceConditionally(ref, ADMIN, "DIAGNOSE", List.of("x"), Options.none()));

      assertRefused(r, "NO_TRANSITION",
          "Rulebook 5d@1 has no CONDITIONAL_ADVANCE -> DIAGNOSE transition from stage DRUM_UP.",
          "Buku aturan 5d@1 tidak memiliki perpindahan CONDITIONAL_ADVANCE -> DIAGNOSE dari tahap DRUM_UP.");
    }
  }

  @Nested
  class ClearCondition {
    @Test
    void onlyAnOpenConditionCanBeCleared() {
      InnovationRef ref = f.inDeliverWithConditions("Lengkapi SK", "Unggah foto");
      String open = String.join(", ", f.state(ref).openConditions().stream().map(c -> c.id()).toList());

      CommandResult r = refused(ref, () -> f.lab.innovations().clearCondition(ref, COACH, "c1-9", null, Options.none()));

      assertRefused(r, "NO_SUCH_CONDITION",
          "Condition \"c1-9\" is not open; open conditions: " + open + ".",
          "Syarat \"c1-9\" tidak sedang terbuka; syarat terbuka: " + open + ".");
      assertThat(r.verdict().codes()).containsExactly("NO_SUCH_CONDITION");
    }

    @Test
    void aClearedConditionCannotBeClearedTwice() {
      InnovationRef ref = f.inDeliverWithConditions("Lengkapi SK");
      String id = f.state(ref).openConditions().get(0).id();
      f.lab.innovations().clearCondition(ref, COACH, id, null, Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().clearCondition(ref, COACH, id, null, Options.none()));

      assertThat(r.verdict().codes()).containsExactly("NO_OPEN_CONDITIONS");
    }
  }

  @Nested
  class ReturnForRework {
    @Test
    void anInnovatorCannotSendBack() {
      InnovationRef ref = f.inDesign();

      CommandResult r = refused(ref,
          () -> f.lab.innovations().returnForRework(ref, INNOVATOR, "DIAGNOSE", "ulang", Options.none()));

      assertRefused(r, "ROLE_NOT_PERMITTED",
          "Only these roles may do this: Coach, Lab administrator.",
          "Hanya peran berikut yang boleh melakukannya: Coach (pendamping), Pengelola laboratorium.");
    }

    @Test
    void thereIsNoReturnFromTheFirstStage() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref,
          () -> f.lab.innovations().returnForRework(ref, ADMIN, "DRUM_UP", "ulang", Options.none()));

      assertThat(r.verdict().codes()).containsExactly("NO_TRANSITION");
    }
  }

  @Nested
  class Hold {
    private static final String NO_HOLD_RULEBOOK = """
        {"format":"labinov-rulebook/1","id":"mini","version":1,
         "name":{"id":"Mini","en":"Mini"},
         "entryStage":"IDEA",
         "stages":[
           {"code":"IDEA","order":1,"label":{"id":"Ide","en":"Idea"}},
           {"code":"PILOT","order":2,"label":{"id":"Uji coba","en":"Pilot"}}],
         "transitions":[
           {"id":"idea-to-pilot","kind":"ADVANCE","from":["IDEA"],"to":"PILOT",
            "label":{"id":"Lanjut","en":"Advance"},
            "rules":[{"type":"actor-role","severity":"MUST","params":{"anyOf":["LAB_ADMIN"]}}]}]}
        """;

    @Test
    void aRulebookWithoutHoldRefusesAHold() {
      Rulebook mini = Rulebooks.parse(NO_HOLD_RULEBOOK);
      LabFixture g = LabFixture.create(b -> b.rulebook(mini));
      InnovationRef ref = g.lab.innovations().propose(LEBAK, INNOVATOR, details()).orThrow().ref();

      CommandResult r = g.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none());

      assertRefused(r, "NO_TRANSITION",
          "Transition \"hold\" is refused.\n  [must] Rulebook mini@1 has no HOLD transition from stage IDEA.",
          "Perpindahan \"hold\" ditolak.\n  [wajib] Buku aturan mini@1 tidak memiliki perpindahan HOLD dari tahap IDEA.");
      assertThat(g.version(ref)).isEqualTo(1);
    }

    @Test
    void anInnovationAlreadyOnHoldIsNotHeldAgain() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().hold(ref, ADMIN, "Lagi", Options.none()));

      assertRefused(r, "WRONG_STATUS",
          "\"hold\" needs status Active, but the innovation is On hold.",
          "\"hold\" memerlukan status Aktif, tetapi inovasi berstatus Ditunda.");
    }

    @Test
    void anInnovatorCannotHold() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().hold(ref, INNOVATOR, "Menunggu", Options.none()));

      assertThat(r.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
    }
  }

  @Nested
  class Resume {
    @Test
    void anActiveInnovationCannotBeResumed() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().resume(ref, ADMIN, null, Options.none()));

      assertRefused(r, "WRONG_STATUS",
          "[must] \"resume\" needs status On hold, but the innovation is Active.",
          "[wajib] \"resume\" memerlukan status Ditunda, tetapi inovasi berstatus Aktif.");
    }
  }

  @Nested
  class Drop {
    @Test
    void aDroppedInnovationCannotBeDroppedAgain() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().drop(ref, INNOVATOR, "Batal", Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().drop(ref, INNOVATOR, "Lagi", Options.none()));

      assertRefused(r, "WRONG_STATUS",
          "\"drop\" needs status Active, but the innovation is Dropped.",
          "\"drop\" memerlukan status Aktif, tetapi inovasi berstatus Dihentikan.");
    }
  }

  @Nested
  class Reopen {
    @Test
    void anActiveInnovationCannotBeReopened() {
      InnovationRef ref = f.proposed();

      CommandResult r = refused(ref, () -> f.lab.innovations().reopen(ref, ADMIN, "Dibuka", Options.none()));

      assertRefused(r, "WRONG_STATUS",
          "[must] \"reopen\" needs status Dropped, but the innovation is Active.",
          "[wajib] \"reopen\" memerlukan status Dihentikan, tetapi inovasi berstatus Aktif.");
    }

    @Test
    void onlyALabAdminReopens() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().drop(ref, INNOVATOR, "Batal", Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().reopen(ref, HEAD, "Dibuka", Options.none()));

      assertRefused(r, "ROLE_NOT_PERMITTED",
          "Only these roles may do this: Lab administrator.",
          "Hanya peran berikut yang boleh melakukannya: Pengelola laboratorium.");
    }
  }

  @Nested
  class EveryBrokenRuleAtOnce {
    @Test
    void aRefusalListsEveryBrokenRuleInRulebookOrderAndStoresNothing() {
      InnovationRef ref = f.lab.innovations().propose(LEBAK, INNOVATOR, InnovationDetails.titled("Tanpa OPD")).orThrow().ref();
      f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().advance(ref, REGIONAL_HEAD, "DIAGNOSE", Options.none()));

      assertThat(r.verdict().codes()).containsExactly(
          "WRONG_STATUS", "FIELD_REQUIRED", "EVIDENCE_MISSING", "APPROVALS_MISSING", "ROLE_NOT_PERMITTED");
      assertThat(r.verdict().refusals()).hasSize(5).allMatch(v -> v.severity() == Severity.MUST);
      assertThat(r.verdict().violations()).extracting(Violation::ruleType).containsExactly(
          "transition", "required-field", "evidence", "approvals", "actor-role");
      assertThat(r.verdict().describe(Locale.ENGLISH).lines()).hasSize(6);
      assertThat(r.verdict().describe(Messages.INDONESIAN).lines()).hasSize(6);
      assertThat(f.version(ref)).isEqualTo(2);
    }

    @Test
    void anApprovalListsEveryReasonAtOnce() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none()).orThrow();

      CommandResult r = refused(ref, () -> f.lab.innovations().approve(ref, COACH, Role.OPD_HEAD, null, Options.none()));

      assertThat(r.verdict().codes()).containsExactly("WRONG_STATUS", "ROLE_NOT_HELD", "OTHER_OPD");
    }
  }
}
