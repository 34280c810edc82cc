package id.labinov.core.migration;

import static id.labinov.core.programme.LabFixture.ADMIN;
import static id.labinov.core.programme.LabFixture.COACH;
import static id.labinov.core.programme.LabFixture.LEBAK;
import static id.labinov.core.programme.LabFixture.PROGRAMME_ID;
import static id.labinov.core.programme.LabFixture.innovator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.MigrationReport;
import id.labinov.core.engine.Options;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.programme.LabFixture;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Migrating to an identical copy of the rulebook (same JSON, version bumped) is a no-op for the
 * innovation's gates and state, whatever state random facade commands led it to.
 */
class RulebookMigrationProperties {
  private static final Rulebook COPY = MigrationRulebooks.identicalCopy(2);

  /** What the generated sequences do to one innovation, weighted toward moving it forward. */
  enum Step {
    ADVANCE, RETURN, HOLD, RESUME, DROP, REOPEN, EDIT, ATTACH, APPROVE, ADVANCE_WITH_CONDITION, CLEAR_CONDITION, WAIT
  }

  static Gen<Step> steps() {
    List<Pair<Integer, Gen<Step>>> weighted = List.of(
        Pair.of(8, Generate.constant(Step.ADVANCE)),
        Pair.of(2, Generate.constant(Step.RETURN)),
        Pair.of(1, Generate.constant(Step.HOLD)),
        Pair.of(2, Generate.constant(Step.RESUME)),
        Pair.of(1, Generate.constant(Step.DROP)),
        Pair.of(2, Generate.constant(Step.REOPEN)),
        Pair.of(2, Generate.constant(Step.EDIT)),
        Pair.of(2, Generate.constant(Step.ATTACH)),
        Pair.of(1, Generate.constant(Step.APPROVE)),
        Pair.of(2, Generate.constant(Step.ADVANCE_WITH_CONDITION)),
        Pair.of(2, Generate.constant(Step.CLEAR_CONDITION)),
        Pair.of(2, Generate.constant(Step.WAIT)));
    return Generate.frequency(weighted);
  }

  static Gen<List<Step>> sequences() {
    return lists().of(steps()).ofSizeBetween(0, 30);
  }

  /** Runs one step through the facade; a refusal is a value and changes nothing. */
  static CommandResult run(LabFixture fx, InnovationRef ref, Step step, int n) {
    Labinov lab = fx.lab;
    InnovationState s = lab.innovations().get(ref);
    switch (step) {
      case ADVANCE:
        return fx.advanceOnce(ref);
      case RETURN: {
        Optional<Transition> back = Rulebooks.fiveD().transitionsFrom(s.stage()).stream()
            .filter(t -> t.kind() == TransitionKind.RETURN_FOR_REWORK).findFirst();
        return back.map(t -> lab.innovations().returnForRework(ref, ADMIN, t.to(), "Perlu perbaikan " + n, Options.none()))
            .orElse(null);
      }
      case HOLD:
        return lab.innovations().hold(ref, ADMIN, "Menunggu anggaran " + n, Options.none());
      case RESUME:
        return lab.innovations().resume(ref, ADMIN, null, Options.none());
      case DROP:
        return lab.innovations().drop(ref, ADMIN, "Dihentikan " + n, Options.none());
      case REOPEN:
        return lab.innovations().reopen(ref, ADMIN, "Dibuka kembali " + n, Options.none());
      case EDIT:
        return lab.innovations().updateDetails(ref, innovator("DINKES"),
            s.details().withText(InnovationDetails.IDEA_SUMMARY, "Ide versi " + n), Options.none());
      case ATTACH:
        return lab.innovations().attachEvidence(ref, innovator("DINKES"), fx.evidence("PHOTO"), Options.none());
      case APPROVE:
        return lab.innovations().approve(ref, COACH, id.labinov.core.model.Role.COACH, "Catatan " + n, Options.none());
      case ADVANCE_WITH_CONDITION:
        if (!s.stage().equals("DESIGN")) {
          return null;
        }
        fx.prepareGate(ref);
        return lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER", List.of("Lengkapi SOP " + n), Options.none());
      case CLEAR_CONDITION:
        if (s.openConditions().isEmpty()) {
          return null;
        }
        return lab.innovations().clearCondition(ref, COACH, s.openConditions().get(0).id(), null, Options.none());
      case WAIT:
      default:
        fx.clock.advance(Duration.ofDays(1 + n % 20));
        return null;
    }
  }

  @Test
  void migratingToAnIdenticalCopyChangesOnlyTheRulebookVersion() {
    qt().withExamples(150).forAll(sequences()).checkAssert(sequence -> {
      // given an innovation of the Lebak programme after a random sequence of commands
      LabFixture fx = new LabFixture();
      Labinov lab = fx.lab;
      fx.openLebak2019();
      InnovationRef ref = fx.propose("Posyandu Digital Lebak", "DINKES", PROGRAMME_ID);
      List<String> refusals = new ArrayList<>();
      for (int i = 0; i < sequence.size(); i++) {
        CommandResult r = run(fx, ref, sequence.get(i), i);
        if (r != null && !r.accepted()) {
          refusals.add(sequence.get(i) + " " + r.verdict().codes());
        }
      }
      fx.clock.advance(Duration.ofHours(1));
      InnovationState before = lab.innovations().get(ref);
      List<InnovationEvent> historyBefore = lab.innovations().history(ref);

      // when the migration to an identical copy is planned
      List<MigrationReport> plan = lab.migrations().plan(LEBAK, InnovationFilter.all(), COPY);

      // then it is unchanged for its gates, and planning changed nothing
      assertThat(plan).as("refusals %s", refusals).singleElement().satisfies(r -> {
        assertThat(r.unchanged()).as("%s in %s", r, before.stage()).isTrue();
        assertThat(r.stageExists()).isTrue();
        assertThat(r.newlyFailing()).isEmpty();
      });
      assertThat(lab.innovations().history(ref)).isEqualTo(historyBefore);
      assertThat(lab.innovations().get(ref)).isEqualTo(before);

      // when it is migrated
      CommandResult migrated = lab.migrations().migrate(ref, ADMIN, COPY, Options.none());

      // then exactly one RulebookMigrated event is appended
      assertThat(migrated.accepted()).as("%s", migrated.verdict().codes()).isTrue();
      List<InnovationEvent> historyAfter = lab.innovations().history(ref);
      assertThat(historyAfter).hasSize(historyBefore.size() + 1);
      assertThat(historyAfter.subList(0, historyBefore.size())).isEqualTo(historyBefore);
      assertThat(historyAfter.get(historyBefore.size())).isInstanceOfSatisfying(RulebookMigrated.class, e -> {
        assertThat(e.fromRulebookId()).isEqualTo("5d");
        assertThat(e.fromVersion()).isEqualTo(1);
        assertThat(e.metadata().rulebookVersion()).isEqualTo(2);
      });

      // and the state differs only in its rulebook version (plus the version and time of the last change)
      InnovationState expected = new InnovationState(before.region(), before.id(), before.rulebookId(), 2,
          before.programmeId(), before.details(), before.stage(), before.status(), before.approvals(),
          before.openConditions(), before.evidence(), before.visits(), before.proposedBy(), before.proposedAt(),
          fx.clock.instant(), before.version() + 1, before.contributors());
      InnovationState after = lab.innovations().get(ref);
      assertThat(after).isEqualTo(expected);
      assertThat(Decider.replay(historyAfter)).isEqualTo(after);
      assertThat(after.version()).isEqualTo(historyAfter.size());
    });
  }
}
