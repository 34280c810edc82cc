package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.EVALUATOR;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.REGIONAL_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.Availability;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.model.Actor;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.Verdict;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** check() and available(): the gates without deciding, so a screen shows what is possible. */
class CheckAndAvailableTest {
  private final LabFixture f = LabFixture.create();

  static Stream<Arguments> stages() {
    return Stream.of(
        Arguments.of("DRUM_UP", (Function<LabFixture, InnovationRef>) LabFixture::proposed,
            List.of("drum-up-to-diagnose", "hold", "resume", "drop", "reopen", "clear-condition")),
        Arguments.of("DIAGNOSE", (Function<LabFixture, InnovationRef>) LabFixture::inDiagnose,
            List.of("diagnose-to-design", "hold", "resume", "drop", "reopen", "clear-condition")),
        Arguments.of("DESIGN", (Function<LabFixture, InnovationRef>) LabFixture::inDesign,
            List.of("design-to-deliver", "design-to-deliver-conditional", "return-to-diagnose",
                "hold", "resume", "drop", "reopen", "clear-condition")),
        Arguments.of("DELIVER", (Function<LabFixture, InnovationRef>) LabFixture::inDeliver,
            List.of("deliver-to-display", "return-to-design", "hold", "resume", "drop", "reopen", "clear-condition")),
        Arguments.of("DISPLAY", (Function<LabFixture, InnovationRef>) LabFixture::inDisplay,
            List.of("return-to-deliver", "hold", "resume", "drop", "reopen", "clear-condition")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  void availableListsEveryTransitionFromTheStageWithTheVerdictOfCheck(String stage,
      Function<LabFixture, InnovationRef> drive, List<String> expectedIds) {
    InnovationRef ref = drive.apply(f);
    assertThat(f.state(ref).stage()).isEqualTo(stage);

    for (Actor actor : List.of(INNOVATOR, COACH, ADMIN)) {
      List<Availability> available = f.lab.innovations().available(ref, actor);

      assertThat(available).extracting(a -> a.transition().id()).containsExactlyElementsOf(expectedIds);
      assertThat(available).extracting(Availability::transition)
          .containsExactlyElementsOf(Rulebooks.fiveD().transitionsFrom(stage));
      for (Availability a : available) {
        assertThat(a.verdict()).as(a.transition().id()).isEqualTo(f.lab.innovations().check(ref, actor, a.transition().id()));
        assertThat(a.allowed()).isEqualTo(a.verdict().allowed());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  void anActorWithoutAnyLabRoleIsRefusedByEveryGate(String stage, Function<LabFixture, InnovationRef> drive,
      List<String> expectedIds) {
    InnovationRef ref = drive.apply(f);

    for (Actor outsider : List.of(EVALUATOR, REGIONAL_HEAD)) {
      List<Availability> available = f.lab.innovations().available(ref, outsider);

      assertThat(available).hasSize(expectedIds.size());
      assertThat(available).allSatisfy(a -> {
        assertThat(a.allowed()).as(a.transition().id()).isFalse();
        assertThat(a.verdict().codes()).as(a.transition().id()).contains("ROLE_NOT_PERMITTED");
      });
    }
  }

  @Test
  void availableShowsWhatIsMissingAndWhatIsPossible() {
    InnovationRef ref = f.proposed();

    List<Availability> available = f.lab.innovations().available(ref, ADMIN);

    // nothing to clear: clear-condition is not offered while no condition is open
    assertThat(available).filteredOn(Availability::allowed).extracting(a -> a.transition().id())
        .containsExactly("hold", "drop");
    assertThat(available).filteredOn(a -> a.transition().id().equals("clear-condition"))
        .singleElement().satisfies(a -> {
          assertThat(a.verdict().codes()).containsExactly("NO_OPEN_CONDITIONS");
          assertThat(a.verdict().describe(java.util.Locale.ENGLISH)).contains("There is no open condition to clear.");
          assertThat(a.verdict().describe(id.labinov.core.i18n.Messages.INDONESIAN))
              .contains("Tidak ada syarat yang sedang terbuka untuk dihapus.");
        });
    InnovationRef withConditions = f.inDeliverWithConditions("Izin lokasi menyusul");
    assertThat(f.lab.innovations().available(withConditions, COACH)).filteredOn(a -> a.transition().id().equals("clear-condition"))
        .singleElement().satisfies(a -> assertThat(a.verdict().codes()).doesNotContain("NO_OPEN_CONDITIONS"));
    Availability advance = available.get(0);
    assertThat(advance.verdict().codes()).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
    assertThat(available).filteredOn(a -> a.transition().id().equals("resume"))
        .singleElement().satisfies(a -> assertThat(a.verdict().codes()).containsExactly("WRONG_STATUS"));
  }

  @Test
  void checkChangesNothing() {
    InnovationRef ref = f.proposed();
    InnovationState before = f.state(ref);
    f.store.resetCounts();

    Verdict v = f.lab.innovations().check(ref, INNOVATOR, "drum-up-to-diagnose");
    f.lab.innovations().available(ref, INNOVATOR);

    assertThat(v.allowed()).isFalse();
    assertThat(f.state(ref)).isEqualTo(before);
    assertThat(f.store.appendAttempts()).isZero();
  }

  @Test
  void checkAgreesWithTheDecisionOfTheCommand() {
    InnovationRef ref = f.proposed();
    f.readyForDiagnose(ref);

    Verdict checked = f.lab.innovations().check(ref, INNOVATOR, "drum-up-to-diagnose");
    var decided = f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", id.labinov.core.engine.Options.none());

    assertThat(checked.allowed()).isTrue();
    assertThat(decided.verdict()).isEqualTo(checked);
  }

  @Test
  void checkOfATransitionFromAnotherStageSaysWrongStage() {
    InnovationRef ref = f.proposed();

    Verdict v = f.lab.innovations().check(ref, ADMIN, "deliver-to-display");

    assertThat(v.codes()).first().isEqualTo("WRONG_STAGE");
  }

  @Test
  void everyAdvanceOfTheRulebookIsOfferedSomewhere() {
    List<String> offered = Stream.of("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY")
        .flatMap(s -> Rulebooks.fiveD().transitionsFrom(s).stream()).map(Transition::id).distinct().toList();

    assertThat(offered).containsExactlyInAnyOrderElementsOf(
        Rulebooks.fiveD().transitions().stream().map(Transition::id).toList());
  }
}
