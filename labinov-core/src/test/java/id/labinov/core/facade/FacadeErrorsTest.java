package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.TANGERANG;
import static id.labinov.core.facade.LabFixture.details;
import static id.labinov.core.facade.LabFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.i18n.Messages;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Role;
import id.labinov.core.rules.UnknownRulebookException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed errors of the facade: each with a stable code and a message in both languages. */
class FacadeErrorsTest {
  private final LabFixture f = LabFixture.create();

  private static void assertMessages(LabinovException e, String english, String indonesian) {
    assertThat(e.getMessage(Locale.ENGLISH)).contains(english);
    assertThat(e.getMessage(Messages.INDONESIAN)).contains(indonesian);
    assertThat(e.getMessage()).isEqualTo(e.getMessage(Locale.ENGLISH));
  }

  @Nested
  class NoSuchInnovation {
    @Test
    void anUnknownIdIsATypedError() {
      InnovationRef unknown = LabFixture.unknownRef();

      NoSuchInnovationException e = catchThrowableOfType(NoSuchInnovationException.class,
          () -> f.lab.innovations().approve(unknown, HEAD, Role.OPD_HEAD, null, Options.none()));

      assertThat(e.code()).isEqualTo("NO_SUCH_INNOVATION");
      assertThat(e.ref()).isEqualTo(unknown);
      assertMessages(e,
          "No innovation " + unknown.id() + " exists in region 36.02. Check the id and the region",
          "Inovasi " + unknown.id() + " tidak ada di wilayah 36.02. Periksa id dan wilayahnya");
      assertThat(f.store.appendAttempts()).isZero();
    }

    @Test
    void everyCommandAndReadOnAnUnknownIdThrowsIt() {
      InnovationRef unknown = LabFixture.unknownRef();
      List<Executable> calls = List.of(
          () -> f.lab.innovations().updateDetails(unknown, INNOVATOR, details(), Options.none()),
          () -> f.lab.innovations().attachEvidence(unknown, INNOVATOR, evidence("PHOTO", "f.jpg"), Options.none()),
          () -> f.lab.innovations().advance(unknown, ADMIN, "DIAGNOSE", Options.none()),
          () -> f.lab.innovations().advanceConditionally(unknown, ADMIN, "DELIVER", List.of("x"), Options.none()),
          () -> f.lab.innovations().returnForRework(unknown, ADMIN, "DIAGNOSE", "ulang", Options.none()),
          () -> f.lab.innovations().clearCondition(unknown, ADMIN, "c1-1", null, Options.none()),
          () -> f.lab.innovations().hold(unknown, ADMIN, "tunda", Options.none()),
          () -> f.lab.innovations().resume(unknown, ADMIN, null, Options.none()),
          () -> f.lab.innovations().drop(unknown, ADMIN, "henti", Options.none()),
          () -> f.lab.innovations().reopen(unknown, ADMIN, "buka", Options.none()),
          () -> f.lab.innovations().check(unknown, ADMIN, "hold"),
          () -> f.lab.innovations().available(unknown, ADMIN),
          () -> f.lab.innovations().history(unknown),
          () -> f.lab.innovations().get(unknown),
          () -> f.lab.innovations().rulebookOf(unknown));
      for (Executable call : calls) {
        assertThatThrownBy(call::execute).isInstanceOf(NoSuchInnovationException.class);
      }
      assertThat(f.lab.innovations().find(unknown)).isEmpty();
    }

    @Test
    void theRightIdInAnotherRegionIsNotFound() {
      InnovationRef ref = f.proposed();
      InnovationRef elsewhere = new InnovationRef(TANGERANG, ref.id());

      NoSuchInnovationException e = catchThrowableOfType(NoSuchInnovationException.class,
          () -> f.lab.innovations().drop(elsewhere, ADMIN, "Salah wilayah", Options.none()));

      assertMessages(e, "exists in region 36.03", "tidak ada di wilayah 36.03");
      assertThat(f.lab.innovations().find(elsewhere)).isEmpty();
      assertThatThrownBy(() -> f.lab.innovations().history(elsewhere)).isInstanceOf(NoSuchInnovationException.class);
      assertThat(f.state(ref).version()).isEqualTo(1);
      assertThat(f.store.appendAttempts()).isEqualTo(1);
    }
  }

  @Nested
  class VersionConflicts {
    @Test
    void aStaleCallerVersionIsAConflictAndNothingIsAppended() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().updateDetails(ref, INNOVATOR, details().withText("goals", "Naik."), Options.none()).orThrow();
      f.store.resetCounts();

      VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
          () -> f.lab.innovations().updateDetails(ref, HEAD, details().withText("goals", "Turun."), Options.none().expectingVersion(1)));

      assertThat(e.code()).isEqualTo("VERSION_CONFLICT");
      assertThat(e.expected()).isEqualTo(1);
      assertThat(e.actual()).isEqualTo(2);
      assertMessages(e,
          "Innovation " + ref + " was changed by someone else: you expected version 1, the store has 2.",
          "Inovasi " + ref + " telah diubah orang lain: Anda mengharapkan versi 1, penyimpanan berisi 2.");
      assertThat(f.store.appendAttempts()).isZero();
      assertThat(f.version(ref)).isEqualTo(2);
    }

    @Test
    void aCommandWithTheCallersVersionIsNotRetriedOnAConflict() {
      InnovationRef ref = f.proposed();
      f.store.resetCounts();
      f.store.injectConflicts(1);

      assertThatThrownBy(() -> f.lab.innovations().updateDetails(ref, INNOVATOR, details().withText("goals", "Naik."),
          Options.none().expectingVersion(1))).isInstanceOf(VersionConflictException.class);

      assertThat(f.store.appendAttempts()).isEqualTo(1);
      assertThat(f.version(ref)).isEqualTo(1);
    }

    @Test
    void theRightCallerVersionIsAccepted() {
      InnovationRef ref = f.proposed();

      CommandResult r = f.lab.innovations().updateDetails(ref, INNOVATOR, details().withText("goals", "Naik."),
          Options.none().expectingVersion(1));

      assertThat(r.accepted()).isTrue();
      assertThat(r.state().version()).isEqualTo(2);
    }

    @Test
    void aCommandWithoutVersionIsRetriedOnConflicts() {
      InnovationRef ref = f.proposed();
      f.store.resetCounts();
      f.store.injectConflicts(3);

      CommandResult r = f.lab.innovations().updateDetails(ref, INNOVATOR, details().withText("goals", "Naik."), Options.none());

      assertThat(r.accepted()).isTrue();
      assertThat(f.store.appendAttempts()).isEqualTo(4);
      assertThat(f.version(ref)).isEqualTo(2);
      assertThat(f.history(ref)).hasSize(2);
    }

    @Test
    void retriesStopAfterConflictRetriesAndTheConflictIsRethrown() {
      InnovationRef ref = f.proposed();
      f.store.resetCounts();
      f.store.injectConflicts(4);

      assertThatThrownBy(() -> f.lab.innovations().updateDetails(ref, INNOVATOR, details().withText("goals", "Naik."), Options.none()))
          .isInstanceOf(VersionConflictException.class);

      assertThat(f.store.appendAttempts()).isEqualTo(4);
      assertThat(f.version(ref)).isEqualTo(1);
    }

    @Test
    void zeroRetriesMeansOneAttempt() {
      LabFixture g = LabFixture.create(b -> b.conflictRetries(0));
      InnovationRef ref = g.proposed();
      g.store.resetCounts();
      g.store.injectConflicts(1);

      assertThatThrownBy(() -> g.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.none()))
          .isInstanceOf(VersionConflictException.class);
      assertThat(g.store.appendAttempts()).isEqualTo(1);
    }
  }

  @Nested
  class Idempotency {
    @Test
    void aRetriedProposalReturnsTheFirstResultWithoutAppendingAgain() {
      CommandResult first = f.lab.innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("form-7f3a"));
      f.clock.advance(Duration.ofMinutes(2));

      CommandResult retry = f.lab.innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("form-7f3a"));

      assertThat(first.replayed()).isFalse();
      assertThat(retry.replayed()).isTrue();
      assertThat(retry.accepted()).isTrue();
      assertThat(retry.ref()).isEqualTo(first.ref());
      assertThat(retry.events()).isEqualTo(first.events());
      assertThat(retry.state()).isEqualTo(first.state());
      assertThat(f.store.appendAttempts()).isEqualTo(1);
      assertThat(f.store.delegate().find(id.labinov.core.model.Scope.region(LEBAK),
          id.labinov.core.query.InnovationFilter.builder().build(),
          id.labinov.core.query.PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void aRetriedAdvanceReturnsTheFirstResultWithoutAppendingAgain() {
      InnovationRef ref = f.proposed();
      f.readyForDiagnose(ref);
      CommandResult first = f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.idempotent("adv-1"));
      f.store.resetCounts();

      CommandResult retry = f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.idempotent("adv-1"));

      assertThat(first.accepted()).isTrue();
      assertThat(retry.replayed()).isTrue();
      assertThat(retry.accepted()).isTrue();
      assertThat(retry.ref()).isEqualTo(ref);
      assertThat(retry.events()).isEqualTo(first.events());
      assertThat(retry.events().get(0).metadata().idempotencyKey()).isEqualTo("adv-1");
      assertThat(f.store.appendAttempts()).isZero();
      assertThat(f.version(ref)).isEqualTo(first.state().version());
    }

    @Test
    void aRetriedReturnForReworkReturnsTheFirstResult() {
      InnovationRef ref = f.inDesign();
      CommandResult first = f.lab.innovations().returnForRework(ref, COACH, "DIAGNOSE", "ulang", Options.idempotent("ret-1"));
      f.store.resetCounts();

      CommandResult retry = f.lab.innovations().returnForRework(ref, COACH, "DIAGNOSE", "ulang", Options.idempotent("ret-1"));

      assertThat(first.accepted()).isTrue();
      assertThat(retry.replayed()).isTrue();
      assertThat(retry.events()).isEqualTo(first.events());
      assertThat(f.store.appendAttempts()).isZero();
    }

    @Test
    void anAdvanceRetriedWithTheKeyOfAnotherRequestIsATypedError() {
      InnovationRef ref = f.proposed();
      f.readyForDiagnose(ref);
      f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.idempotent("adv-2")).orThrow();

      assertThatThrownBy(() -> f.lab.innovations().advance(ref, ADMIN, "DIAGNOSE", Options.idempotent("adv-2")))
          .isInstanceOf(IdempotencyKeyReusedException.class);
      assertThatThrownBy(() -> f.lab.innovations().hold(ref, ADMIN, "tunda", Options.idempotent("adv-2")))
          .isInstanceOf(IdempotencyKeyReusedException.class);
      assertThat(f.version(ref)).isEqualTo(4);
    }

    @Test
    void aRetryAfterLaterChangesStillGetsTheFirstResultThoughItsVersionIsOld() {
      InnovationRef ref = f.proposed();
      CommandResult first = f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.idempotent("appr-1").expectingVersion(1));
      f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "foto.jpg"), Options.none()).orThrow();
      f.store.resetCounts();

      CommandResult retry = f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.idempotent("appr-1").expectingVersion(1));

      assertThat(retry.replayed()).isTrue();
      assertThat(retry.events()).isEqualTo(first.events());
      assertThat(f.store.appendAttempts()).isZero();
      assertThat(f.version(ref)).isEqualTo(3);
    }

    @Test
    void theSameKeyForAnotherRequestIsATypedError() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.idempotent("k-1")).orThrow();
      f.store.resetCounts();

      IdempotencyKeyReusedException e = catchThrowableOfType(IdempotencyKeyReusedException.class,
          () -> f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "foto.jpg"), Options.idempotent("k-1")));

      assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
      assertThat(e.key()).isEqualTo("k-1");
      assertMessages(e,
          "Idempotency key \"k-1\" was already used in region 36.02 for a different request.",
          "Kunci idempotensi \"k-1\" sudah dipakai di wilayah 36.02 untuk permintaan lain.");
      assertThat(f.store.appendAttempts()).isZero();
      assertThat(f.version(ref)).isEqualTo(2);
    }

    @Test
    void aProposalWithOtherDetailsUnderTheSameKeyIsATypedError() {
      f.lab.innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("form-1")).orThrow();

      assertThatThrownBy(() -> f.lab.innovations().propose(LEBAK, INNOVATOR, InnovationDetails.titled("Lain"), null,
          Options.idempotent("form-1"))).isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void aRefusedCommandUsesUpNoKey() {
      InnovationRef ref = f.proposed();
      CommandResult refused = f.lab.innovations().approve(ref, COACH, Role.OPD_HEAD, null, Options.idempotent("k-2"));

      CommandResult later = f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.idempotent("k-2"));

      assertThat(refused.accepted()).isFalse();
      assertThat(later.accepted()).isTrue();
      assertThat(later.replayed()).isFalse();
      assertThat(later.events()).hasSize(1);
      assertThat(f.version(ref)).isEqualTo(2);
    }

    @Test
    void keysAreScopedByRegion() {
      CommandResult lebak = f.lab.innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("form-1"));

      CommandResult tangerang = f.lab.innovations().propose(TANGERANG, INNOVATOR, details(), null, Options.idempotent("form-1"));

      assertThat(tangerang.replayed()).isFalse();
      assertThat(tangerang.ref()).isNotEqualTo(lebak.ref());
      assertThat(tangerang.ref().region()).isEqualTo(TANGERANG);
    }

    @Test
    void anExpiredKeyIsForgotten() {
      LabFixture g = LabFixture.create(b -> b.idempotencyTtl(Duration.ofMinutes(1)));
      CommandResult first = g.lab.innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("form-1"));
      g.clock.advance(Duration.ofMinutes(5));

      CommandResult second = g.lab.innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("form-1"));

      assertThat(second.replayed()).isFalse();
      assertThat(second.ref()).isNotEqualTo(first.ref());
    }
  }

  @Nested
  class UnknownRulebook {
    @Test
    void anInnovationWhoseRulebookIsNotStoredCannotBeDecided() {
      InnovationRef ref = f.proposed();
      Labinov forgetful = f.baseBuilder().rulebookStore(new InMemoryRulebookStore()).build();

      UnknownRulebookException e = catchThrowableOfType(UnknownRulebookException.class,
          () -> forgetful.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));

      assertThat(e.code()).isEqualTo("UNKNOWN_RULEBOOK");
      assertMessages(e, "Rulebook 5d@1 is not stored for region 36.02.",
          "Buku aturan 5d@1 tidak tersimpan untuk wilayah 36.02.");
      assertThatThrownBy(() -> forgetful.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()))
          .isInstanceOf(UnknownRulebookException.class);
      assertThatThrownBy(() -> forgetful.innovations().available(ref, INNOVATOR)).isInstanceOf(UnknownRulebookException.class);
      assertThat(f.version(ref)).isEqualTo(1);
    }

    @Test
    void aProposalStoresItsRulebookSoASecondFacadeFindsIt() {
      InnovationRef ref = f.proposed();
      Labinov other = f.baseBuilder().build();

      assertThat(other.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).accepted()).isTrue();
      assertThat(f.rulebooks.list(LEBAK)).extracting(i -> i.id() + "@" + i.version()).containsExactly("5d@1");
    }
  }

  @Nested
  class ArgumentChecks {
    static Stream<Arguments> calls() {
      LabFixture g = LabFixture.create();
      InnovationRef ref = g.proposed();
      Labinov lab = g.lab;
      Options none = Options.none();
      return Stream.of(
          call("execute(null)", "request", () -> lab.innovations().execute(null)),
          call("propose: region", "region", () -> lab.innovations().propose(null, INNOVATOR, details())),
          call("propose: actor", "actor", () -> lab.innovations().propose(LEBAK, null, details())),
          call("propose: details", "details", () -> lab.innovations().propose(LEBAK, INNOVATOR, null)),
          call("propose: blank programme", "programmeId", () -> lab.innovations().propose(LEBAK, INNOVATOR, details(), " ", none)),
          call("propose: options", "options", () -> lab.innovations().propose(LEBAK, INNOVATOR, details(), null, null)),
          call("updateDetails: ref", "ref", () -> lab.innovations().updateDetails(null, INNOVATOR, details(), none)),
          call("updateDetails: actor", "actor", () -> lab.innovations().updateDetails(ref, null, details(), none)),
          call("updateDetails: details", "details", () -> lab.innovations().updateDetails(ref, INNOVATOR, null, none)),
          call("updateDetails: options", "options", () -> lab.innovations().updateDetails(ref, INNOVATOR, details(), null)),
          call("attachEvidence: evidence", "evidence", () -> lab.innovations().attachEvidence(ref, INNOVATOR, null, none)),
          call("attachEvidence: actor", "actor", () -> lab.innovations().attachEvidence(ref, null, evidence("PHOTO", "a.jpg"), none)),
          call("approve: role", "role", () -> lab.innovations().approve(ref, HEAD, null, null, none)),
          call("approve: actor", "actor", () -> lab.innovations().approve(ref, null, Role.OPD_HEAD, null, none)),
          call("advance: ref", "ref", () -> lab.innovations().advance(null, ADMIN, "DIAGNOSE", none)),
          call("advance: actor", "actor", () -> lab.innovations().advance(ref, null, "DIAGNOSE", none)),
          call("advance: stage", "toStage", () -> lab.innovations().advance(ref, ADMIN, null, none)),
          call("advance: blank stage", "toStage", () -> lab.innovations().advance(ref, ADMIN, "  ", none)),
          call("advance: unknown stage", "stage", () -> lab.innovations().advance(ref, ADMIN, "NOPE", none)),
          call("advance: options", "options", () -> lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", null)),
          call("advanceConditionally: conditions", "conditions",
              () -> lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER", null, none)),
          call("returnForRework: reason", "reason", () -> lab.innovations().returnForRework(ref, ADMIN, "DIAGNOSE", " ", none)),
          call("returnForRework: stage", "toStage", () -> lab.innovations().returnForRework(ref, ADMIN, null, "ulang", none)),
          call("clearCondition: id", "conditionId", () -> lab.innovations().clearCondition(ref, ADMIN, null, null, none)),
          call("clearCondition: blank id", "conditionId", () -> lab.innovations().clearCondition(ref, ADMIN, " ", null, none)),
          call("hold: reason", "reason", () -> lab.innovations().hold(ref, ADMIN, null, none)),
          call("hold: actor", "actor", () -> lab.innovations().hold(ref, null, "tunda", none)),
          call("resume: options", "options", () -> lab.innovations().resume(ref, ADMIN, null, null)),
          call("drop: reason", "reason", () -> lab.innovations().drop(ref, ADMIN, "", none)),
          call("reopen: reason", "reason", () -> lab.innovations().reopen(ref, ADMIN, null, none)),
          call("advanceAll: refs", "refs", () -> lab.innovations().advanceAll(null, ADMIN, "DIAGNOSE", none)),
          call("advanceAll: a null ref", "refs[]", () -> lab.innovations().advanceAll(java.util.Arrays.asList(ref, null), ADMIN, "DIAGNOSE", none)),
          call("advanceAll: actor", "actor", () -> lab.innovations().advanceAll(List.of(ref), null, "DIAGNOSE", none)),
          call("advanceAll: stage", "toStage", () -> lab.innovations().advanceAll(List.of(ref), ADMIN, " ", none)),
          call("advanceAll: options", "options", () -> lab.innovations().advanceAll(List.of(ref), ADMIN, "DIAGNOSE", null)),
          call("check: ref", "ref", () -> lab.innovations().check(null, ADMIN, "hold")),
          call("check: actor", "actor", () -> lab.innovations().check(ref, null, "hold")),
          call("check: transition", "transitionId", () -> lab.innovations().check(ref, ADMIN, null)),
          call("check: unknown transition", "transitionId", () -> lab.innovations().check(ref, ADMIN, "fly")),
          call("available: ref", "ref", () -> lab.innovations().available(null, ADMIN)),
          call("available: actor", "actor", () -> lab.innovations().available(ref, null)),
          call("history: ref", "ref", () -> lab.innovations().history(null)),
          call("find: ref", "ref", () -> lab.innovations().find(null)),
          call("get: ref", "ref", () -> lab.innovations().get(null)),
          call("rulebookOf: ref", "ref", () -> lab.innovations().rulebookOf((InnovationRef) null)),
          call("migrate: ref", "ref", () -> lab.migrations().migrate(null, ADMIN, id.labinov.core.rules.Rulebooks.fiveD(), none)),
          call("migrate: to", "to", () -> lab.migrations().migrate(ref, ADMIN, null, none)),
          call("planMigration: region", "region", () -> lab.migrations().plan(null,
              id.labinov.core.query.InnovationFilter.builder().build(), id.labinov.core.rules.Rulebooks.fiveD())),
          call("planMigration: filter", "filter", () -> lab.migrations().plan(LEBAK, null, id.labinov.core.rules.Rulebooks.fiveD())),
          call("findProgramme: region", "region", () -> lab.programmes().find(null, "p-1")),
          call("findProgramme: id", "programmeId", () -> lab.programmes().find(LEBAK, " ")),
          call("openProgramme: actor", "actor", () -> lab.programmes().open(null, null)));
    }

    private static Arguments call(String name, String field, Executable call) {
      return Arguments.of(name, field, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aMissingOrBlankArgumentIsAnInvalidValueNamingIt(String name, String field, Executable call) {
      Throwable t = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, call);

      assertThat(t).as(name).isInstanceOf(InvalidValueException.class);
      assertThat(((InvalidValueException) t).field()).as(name).isEqualTo(field);
    }

    @Test
    void theMessageSaysWhatIsMissingInBothLanguages() {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
          () -> f.lab.innovations().hold(f.proposed(), ADMIN, null, Options.none()));

      assertThat(e.code()).isEqualTo("REQUIRED");
      assertMessages(e, "reason is required: pass a value (it was null).",
          "reason wajib diisi: berikan nilainya (saat ini null).");
    }
  }

  @Nested
  class BuilderSettings {
    private Labinov.Builder complete() {
      return Labinov.builder().clock(f.clock).innovationStore(new InMemoryInnovationStore())
          .rulebookStore(new InMemoryRulebookStore());
    }

    static Stream<Arguments> badSettings() {
      return Stream.of(
          Arguments.of("clock", "MISSING_SETTING", (java.util.function.UnaryOperator<Labinov.Builder>) b -> b.clock(null),
              "The clock is required", "Jam (clock) wajib diisi"),
          Arguments.of("innovationStore", "MISSING_SETTING",
              (java.util.function.UnaryOperator<Labinov.Builder>) b -> b.innovationStore(null),
              "The innovation store is required", "Penyimpanan inovasi wajib diisi"),
          Arguments.of("rulebookStore", "MISSING_SETTING",
              (java.util.function.UnaryOperator<Labinov.Builder>) b -> b.rulebookStore(null),
              "The rulebook store is required", "Penyimpanan buku aturan wajib diisi"),
          Arguments.of("query", "MISSING_SETTING",
              (java.util.function.UnaryOperator<Labinov.Builder>) b ->
                  b.innovationStore(new LabFixture.CountingStore(new InMemoryInnovationStore())),
              "The query port is required when the innovation store does not implement InnovationQuery",
              "Port kueri wajib diisi"),
          Arguments.of("conflictRetries", "BAD_SETTING",
              (java.util.function.UnaryOperator<Labinov.Builder>) b -> b.conflictRetries(21),
              "conflictRetries is 21: use 0 to 20.", "conflictRetries bernilai 21: gunakan 0 sampai 20."),
          Arguments.of("conflictRetries", "BAD_SETTING",
              (java.util.function.UnaryOperator<Labinov.Builder>) b -> b.conflictRetries(-1),
              "conflictRetries is -1", "conflictRetries bernilai -1"),
          Arguments.of("idempotencyTtl", "BAD_SETTING",
              (java.util.function.UnaryOperator<Labinov.Builder>) b -> b.idempotencyTtl(Duration.ZERO),
              "idempotencyTtl is PT0S: use a duration from 1 minute to 365 days.",
              "idempotencyTtl bernilai PT0S: gunakan durasi 1 menit sampai 365 hari."),
          Arguments.of("idempotencyTtl", "BAD_SETTING",
              (java.util.function.UnaryOperator<Labinov.Builder>) b -> b.idempotencyTtl(null),
              "idempotencyTtl is null", "idempotencyTtl bernilai null"),
          Arguments.of("idempotencyTtl", "BAD_SETTING",
              (java.util.function.UnaryOperator<Labinov.Builder>) b -> b.idempotencyTtl(Duration.ofDays(366)),
              "idempotencyTtl is PT8784H", "idempotencyTtl bernilai PT8784H"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badSettings")
    void buildNamesTheBadSetting(String field, String code, java.util.function.UnaryOperator<Labinov.Builder> spoil,
        String english, String indonesian) {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> spoil.apply(complete()).build());

      assertThat(e).isNotNull();
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.code()).isEqualTo(code);
      assertMessages(e, english, indonesian);
    }

    @Test
    void aStoreThatIsNotAQueryWorksWithAnExplicitQuery() {
      InMemoryInnovationStore inner = new InMemoryInnovationStore();

      Labinov lab = complete().innovationStore(new LabFixture.CountingStore(inner)).query(inner).build();

      assertThat(lab.queries()).isSameAs(inner);
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
      assertThat(complete().conflictRetries(0).idempotencyTtl(Duration.ofMinutes(1)).build()).isNotNull();
      assertThat(complete().conflictRetries(20).idempotencyTtl(Duration.ofDays(365)).build()).isNotNull();
    }

    @Test
    void aNullListenerIsNamed() {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> complete().listener(null));

      assertThat(e.field()).isEqualTo("listener");
    }
  }

  @Test
  void aReplayedResultCarriesTheOriginalEventsNotNewOnes() {
    InnovationRef ref = f.proposed();
    CommandResult first = f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.idempotent("h-1"));
    List<InnovationEvent> before = List.copyOf(f.history(ref));

    CommandResult retry = f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.idempotent("h-1"));

    assertThat(retry.replayed()).isTrue();
    assertThat(retry.events()).isEqualTo(first.events());
    assertThat(f.history(ref)).isEqualTo(before);
  }
}
