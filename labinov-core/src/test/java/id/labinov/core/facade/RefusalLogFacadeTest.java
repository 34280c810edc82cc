package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.ImportResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Refusal.Kind;
import id.labinov.core.engine.Refusal;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.memory.InMemoryProgrammeStore;
import id.labinov.core.memory.InMemoryRefusalLog;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeDecision;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.RefusalLog;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the facade records refusals, beyond the contract's end-to-end cases: import items, policy
 * refusals (with what the pipeline saw but the result withholds), every programme and evaluation
 * command, never for bad input; a failing log or purge, or a refusal that cannot be recorded, never
 * changes a command's result; and the builder's checks of the new settings.
 */
class RefusalLogFacadeTest {
  private static final Actor TANGERANG_ADMIN = Actor.of("admin-tangerang", "BAPPEDA", Role.LAB_ADMIN).in(TANGERANG);
  private static final Actor DISHUB_INNOVATOR = Actor.of("asn-dishub-4", "DISHUB", Role.INNOVATOR).in(LEBAK);

  private final InMemoryRefusalLog log = new InMemoryRefusalLog();
  private final List<Refusal> sunk = Collections.synchronizedList(new ArrayList<>());
  private final LabFixture f = LabFixture.create(b -> b.programmeStore(new InMemoryProgrammeStore())
      .evaluationStore(new InMemoryEvaluationStore()).refusalLog(log).refusalSink(sunk::add));

  private List<Refusal> logged() {
    List<Refusal> out = new ArrayList<>();
    log.forEach(Scope.national(), Instant.MIN, Instant.MAX, out::add);
    return out;
  }

  private static Programme lebak2024() {
    return Programme.builder().region(LEBAK).id("lebak-2024").year(2024).name("Laboratorium Inovasi Lebak 2024")
        .organisingUnit("BAPPEDA").participants("DINKES", "DISDIK").coaches("coach-lan-03").target(20)
        .phase("DRUM_UP", PhaseWindow.of("2024-03-01", "2024-04-01"))
        .phase("DIAGNOSE", PhaseWindow.of("2024-04-01", "2024-05-01"))
        .phase("DESIGN", PhaseWindow.of("2024-05-01", "2024-07-01"))
        .phase("DELIVER", PhaseWindow.of("2024-07-01", "2024-11-01"))
        .phase("DISPLAY", PhaseWindow.of("2024-11-01", "2024-12-01")).build();
  }

  @Nested
  class InnovationCommands {
    @Test
    void aPolicyRefusalIsLoggedWithTheStageAndOpdTheResultWithholds() {
      InnovationRef ref = f.proposed();

      CommandResult r = f.lab.innovations().drop(ref, DISHUB_INNOVATOR, "bukan urusan kami", Options.none());

      assertThat(r.accepted()).isFalse();
      assertThat(r.state()).as("the refused caller learns nothing").isNull();
      Refusal logged = logged().get(0);
      assertThat(logged.codes()).containsExactly("NOT_OWN_OPD");
      assertThat(logged.violations().get(0).arguments()).containsExactly("DISHUB", "DINKES");
      assertThat(logged.violations().get(0).ruleId()).isEqualTo("authorisation");
      assertThat(logged.command()).isEqualTo("Drop");
      assertThat(logged.verdictId()).isEqualTo("drop");
      assertThat(logged.stage()).isEqualTo("DRUM_UP");
      assertThat(logged.innovationOpd()).isEqualTo(OpdCode.of("DINKES"));
      assertThat(logged.actorOpd()).isEqualTo(OpdCode.of("DISHUB"));
      assertThat(sunk).containsExactlyElementsOf(logged());
    }

    @Test
    void aProposalOutsideTheScopeIsLoggedInTheRegionAskedWithTheProposedOpd() {
      CommandResult r = f.lab.innovations().propose(TANGERANG, INNOVATOR, LabFixture.details());

      assertThat(r.accepted()).isFalse();
      Refusal logged = logged().get(0);
      assertThat(logged.kind()).isEqualTo(Kind.INNOVATION);
      assertThat(logged.region()).isEqualTo(TANGERANG);
      assertThat(logged.target()).isEqualTo(r.ref());
      assertThat(logged.command()).isEqualTo("Propose");
      assertThat(logged.verdictId()).isEqualTo("propose");
      assertThat(logged.codes()).containsExactly("OUTSIDE_SCOPE");
      assertThat(logged.stage()).isNull();
      assertThat(logged.innovationOpd()).isEqualTo(OpdCode.of("DINKES"));
    }

    @Test
    void aMoveTheRulebookHasNoTransitionForIsLoggedUnderTheMovesKind() {
      InnovationRef ref = f.proposed();

      f.lab.innovations().advance(ref, INNOVATOR, "DELIVER", Options.none());

      Refusal logged = logged().get(0);
      assertThat(logged.command()).isEqualTo("advance");
      assertThat(logged.codes()).containsExactly("NO_TRANSITION");
      assertThat(logged.stage()).isEqualTo("DRUM_UP");
    }

    @Test
    void refusedImportItemsReachTheLogInOneAppend() {
      List<List<Refusal>> appends = new ArrayList<>();
      LabFixture g = LabFixture.create(b -> b.refusalLog(recording(appends)).programmeStore(new InMemoryProgrammeStore()));
      Actor evaluator = Actor.of("juri-01", null, Role.EVALUATOR).in(LEBAK);
      List<ImportItem> items = List.of(new ImportItem(LEBAK, INNOVATOR, LabFixture.details(), null),
          new ImportItem(LEBAK, evaluator, LabFixture.details(), null),
          new ImportItem(LEBAK, INNOVATOR, LabFixture.details(), "no-such-programme"),
          new ImportItem(TANGERANG, INNOVATOR, LabFixture.details(), null));

      List<ImportResult> results = g.lab.innovations().importInnovations(items, ImportOptions.eachOnItsOwn());

      assertThat(results).extracting(ImportResult::outcome).containsExactly(ImportResult.Outcome.WRITTEN,
          ImportResult.Outcome.REFUSED, ImportResult.Outcome.REFUSED, ImportResult.Outcome.REFUSED);
      assertThat(appends).hasSize(1);
      List<Refusal> refused = appends.get(0);
      assertThat(refused).extracting(Refusal::codes).containsExactly(List.of("ROLE_NOT_PERMITTED"),
          List.of("NO_SUCH_PROGRAMME"), List.of("OUTSIDE_SCOPE"));
      assertThat(refused).allSatisfy(x -> {
        assertThat(x.kind()).isEqualTo(Kind.INNOVATION);
        assertThat(x.command()).isEqualTo("Propose");
        assertThat(x.stage()).isNull();
        assertThat(x.innovationOpd()).isEqualTo(OpdCode.of("DINKES"));
        assertThat(x.target()).isNotNull();
      });
      assertThat(refused.get(2).region()).isEqualTo(TANGERANG);
    }

    @Test
    void aRefusalThatCannotBeRecordedStillRefusesTheCommand() {
      String overlong = "X".repeat(Refusal.MAX_NAME + 1);
      LabFixture g = LabFixture.create(b -> b.refusalLog(log).authorisation((request, state) ->
          state == null ? List.of() : List.of(new Violation(overlong, Severity.MUST, "host", "violation.ROLE_NOT_PERMITTED",
              List.of("LAB_ADMIN")))));
      InnovationRef ref = g.proposed();

      CommandResult r = g.lab.innovations().drop(ref, INNOVATOR, "tidak dilanjutkan", Options.none());

      assertThat(r.accepted()).isFalse();
      assertThat(r.verdict().codes()).containsExactly(overlong);
      assertThat(logged()).isEmpty();
    }
  }

  @Nested
  class ProgrammeCommands {
    @Test
    void everyRefusedProgrammeCommandIsLoggedUnderItsCommandsName() {
      assertThat(f.lab.programmes().open(ADMIN, lebak2024()).accepted()).isTrue();

      ProgrammeDecision again = f.lab.programmes().open(ADMIN, lebak2024());
      ProgrammeDecision adjust = f.lab.programmes().adjustSchedule(COACH, LEBAK, "lebak-2024", lebak2024().schedule());
      ProgrammeDecision close = f.lab.programmes().close(TANGERANG_ADMIN, LEBAK, "lebak-2024", "salah wilayah");

      assertThat(List.of(again, adjust, close)).noneMatch(ProgrammeDecision::accepted);
      List<Refusal> logged = logged();
      assertThat(logged).extracting(Refusal::command).containsExactly("Open", "AdjustSchedule", "Close");
      assertThat(logged).extracting(Refusal::verdictId).containsExactly("open-programme", "adjust-schedule",
          "close-programme");
      assertThat(logged).extracting(Refusal::codes).containsExactly(List.of("ALREADY_EXISTS"),
          List.of("ROLE_NOT_PERMITTED"), List.of("OUTSIDE_SCOPE"));
      assertThat(logged).allSatisfy(r -> {
        assertThat(r.kind()).isEqualTo(Kind.PROGRAMME);
        assertThat(r.region()).isEqualTo(LEBAK);
        assertThat(r.subject()).isEqualTo("programme:lebak-2024");
        assertThat(r.target()).isNull();
      });
      assertThat(logged.get(2).actorOpd()).isEqualTo(OpdCode.of("BAPPEDA"));
      assertThat(logged.get(2).violations().get(0).arguments()).containsExactly("36.03", "36.02");
    }

    @Test
    void aMissingProgrammeIsAnErrorNotARefusal() {
      assertThatThrownBy(() -> f.lab.programmes().close(ADMIN, LEBAK, "lebak-2030", "tidak ada"))
          .isInstanceOf(NoSuchProgrammeException.class);
      assertThat(logged()).isEmpty();
    }
  }

  @Nested
  class EvaluationCommands {
    @Test
    void aScoreSheetOutsideTheScopeIsLoggedBeforeTheInnovationIsRead() {
      InnovationRef ref = f.proposed();
      Actor outsider = Actor.of("penilai-tng", "DISHUB", Role.EVALUATOR).in(TANGERANG);

      EvaluationDecision<ScoreEntry> d = f.lab.evaluations().submitScores(ref, outsider, "kipp-criteria", 2024, Map.of());

      assertThat(d.accepted()).isFalse();
      Refusal logged = logged().get(0);
      assertThat(logged.kind()).isEqualTo(Kind.EVALUATION);
      assertThat(logged.isScoreSheetFor("kipp-criteria", 2024)).isTrue();
      assertThat(logged.codes()).containsExactly("OUTSIDE_SCOPE");
      assertThat(logged.stage()).isNull();
      assertThat(logged.innovationOpd()).isNull();
    }

    @Test
    void aScoreSheetByTheInnovationsOwnInnovatorIsLoggedWithEveryReason() {
      InnovationRef ref = f.proposed();

      EvaluationDecision<ScoreEntry> d = f.lab.evaluations().submitScores(ref, INNOVATOR, "iga-presentation-2023", 2024, Map.of());

      assertThat(d.accepted()).isFalse();
      Refusal logged = logged().get(0);
      assertThat(logged.codes()).containsExactly(d.verdict().refusals().stream().map(Violation::code).toArray(String[]::new))
          .startsWith("ROLE_NOT_PERMITTED", "CONFLICT_OF_INTEREST_OPD", "CONFLICT_OF_INTEREST_INNOVATOR");
      assertThat(logged.violations().get(2).arguments()).containsExactly(INNOVATOR.personId().value());
      assertThat(logged.subject()).isEqualTo("scheme:iga-presentation-2023:2024");
    }

    @Test
    void refusedMonitoringIsLoggedWithoutASubject() {
      InnovationRef ref = f.proposed();

      EvaluationDecision<MonitoringEntry> early = f.lab.evaluations().recordMonitoring(ref, ADMIN, "penerima_manfaat",
          new BigDecimal("120"), LocalDate.of(2024, 3, 1), null);
      EvaluationDecision<MonitoringEntry> notOwner = f.lab.evaluations().recordMonitoring(ref, DISHUB_INNOVATOR, "penerima_manfaat",
          new BigDecimal("120"), LocalDate.of(2024, 3, 1), null);

      assertThat(early.accepted()).isFalse();
      assertThat(notOwner.accepted()).isFalse();
      List<Refusal> logged = logged();
      assertThat(logged).extracting(Refusal::codes).containsExactly(List.of("NOT_YET_DISPLAYED"), List.of("NOT_OWN_OPD"));
      assertThat(logged).allSatisfy(r -> {
        assertThat(r.command()).isEqualTo("RecordMonitoring");
        assertThat(r.verdictId()).isEqualTo("monitoring");
        assertThat(r.subject()).isNull();
        assertThat(r.stage()).isEqualTo("DRUM_UP");
      });
    }

    @Test
    void badInputIsAnErrorNotARefusal() {
      InnovationRef ref = f.proposed();

      assertThatThrownBy(() -> f.lab.evaluations().submitScores(ref, LabFixture.EVALUATOR, "kipp-criteria", 1999,
          Map.of())).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_ROUND"));
      assertThatThrownBy(() -> f.lab.evaluations().submitScores(ref, LabFixture.EVALUATOR, "no-such-scheme", 2024,
          Map.of())).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_SCHEME"));
      assertThat(logged()).isEmpty();
    }
  }

  @Nested
  class FailuresNeverChangeAResult {
    @Test
    void aLogThatFailsToAppendLeavesTheResultAndTheSink() {
      List<Refusal> seen = new ArrayList<>();
      LabFixture g = LabFixture.create(b -> b.refusalSink(seen::add).refusalLog(failing(true, false)));
      InnovationRef ref = g.proposed();

      CommandResult r = g.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());

      assertThat(r.accepted()).isFalse();
      assertThat(r.verdict().codes()).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
      assertThat(seen).hasSize(1);
    }

    @Test
    void aFailingPurgeIsTriedAgainOnlyNextDayAndNeverFailsTheAppend() {
      List<String> calls = new ArrayList<>();
      RefusalLog purgeFails = new RefusalLog() {
        @Override
        public void append(List<Refusal> refusals) {
          calls.add("append");
        }

        @Override
        public void forEach(Scope scope, Instant from, Instant to, Consumer<Refusal> action) {}

        @Override
        public long count(Scope scope, Instant from, Instant to) {
          return 0;
        }

        @Override
        public long purgeBefore(Instant cutoff) {
          calls.add("purge before " + cutoff);
          throw new IllegalStateException("disk full");
        }
      };
      LabFixture g = LabFixture.create(b -> b.refusalLog(purgeFails));
      InnovationRef ref = g.proposed();

      assertThat(g.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).accepted()).isFalse();
      assertThat(g.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).accepted()).isFalse();
      g.clock.advanceDays(1);
      assertThat(g.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).accepted()).isFalse();

      Instant start = LabFixture.START;
      assertThat(calls).containsExactly("append", "purge before " + start.minus(Duration.ofDays(400)), "append",
          "append", "purge before " + start.plus(Duration.ofDays(1)).minus(Duration.ofDays(400)));
    }
  }

  @Nested
  class Settings {
    @ParameterizedTest
    @ValueSource(longs = {0, 3651})
    void refusesARetentionOutsideOneToThreeThousandSixHundredFiftyDays(long days) {
      assertThatThrownBy(() -> f.baseBuilder().refusalLog(log).refusalRetention(Duration.ofDays(days)).build())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("BAD_SETTING");
            assertThat(e.field()).isEqualTo("refusalRetention");
            assertThat(e.getMessage()).contains("1 to 3650 days");
          });
      assertThatThrownBy(() -> f.baseBuilder().refusalRetention(null).build())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("refusalRetention"));
    }

    @Test
    void acceptsTheBoundsAndRefusesANullLog() {
      assertThat(f.baseBuilder().refusalLog(log).refusalRetention(Duration.ofDays(1)).build()).isNotNull();
      assertThat(f.baseBuilder().refusalLog(log).refusalRetention(Duration.ofDays(3650)).build()).isNotNull();
      assertThat(Labinov.Builder.DEFAULT_REFUSAL_RETENTION).isEqualTo(Duration.ofDays(400));
      assertThatThrownBy(() -> f.baseBuilder().refusalLog(null))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("REQUIRED"));
    }
  }

  /** A log that keeps each append's list. */
  private static RefusalLog recording(List<List<Refusal>> appends) {
    return new RefusalLog() {
      @Override
      public void append(List<Refusal> refusals) {
        appends.add(List.copyOf(refusals));
      }

      @Override
      public void forEach(Scope scope, Instant from, Instant to, Consumer<Refusal> action) {}

      @Override
      public long count(Scope scope, Instant from, Instant to) {
        return 0;
      }

      @Override
      public long purgeBefore(Instant cutoff) {
        return 0;
      }
    };
  }

  /** A log whose append or purge throws. */
  private static RefusalLog failing(boolean append, boolean purge) {
    return new RefusalLog() {
      @Override
      public void append(List<Refusal> refusals) {
        if (append) {
          throw new IllegalStateException("log down");
        }
      }

      @Override
      public void forEach(Scope scope, Instant from, Instant to, Consumer<Refusal> action) {}

      @Override
      public long count(Scope scope, Instant from, Instant to) {
        return 0;
      }

      @Override
      public long purgeBefore(Instant cutoff) {
        if (purge) {
          throw new IllegalStateException("purge down");
        }
        return 0;
      }
    };
  }
}
