package id.labinov.core.programme;

import static id.labinov.core.programme.LabFixture.ADMIN;
import static id.labinov.core.programme.LabFixture.LEBAK;
import static id.labinov.core.programme.LabFixture.PROGRAMME_ID;
import static id.labinov.core.programme.LabFixture.WIB;
import static id.labinov.core.programme.LabFixture.WIT;
import static id.labinov.core.programme.LabFixture.innovator;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.EvaluationSummary;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.ProgrammeContext;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The programme rule types: phase-window, min-evaluation-score and min-evaluators. */
class ProgrammeRuleTypesTest {
  private static final String SCHEME = "panel-2019";
  private static final Actor INNOVATOR = Actor.of("asn-dinkes", "DINKES", Role.INNOVATOR);

  /**
   * A three-stage rulebook: entering DIAGNOSE needs the programme's DIAGNOSE window (in {@code mode});
   * entering DESIGN needs a panel score of at least 70 from at least 3 evaluators.
   */
  static String rulebookJson(String id, String mode) {
    return """
        {
          "format": "labinov-rulebook/1",
          "id": "%s",
          "version": 1,
          "name": {"id": "Uji aturan program", "en": "Programme rule test"},
          "entryStage": "DRUM_UP",
          "stages": [
            {"code": "DRUM_UP", "order": 1, "label": {"id": "Drum-up", "en": "Drum-up"}},
            {"code": "DIAGNOSE", "order": 2, "label": {"id": "Diagnose", "en": "Diagnose"}},
            {"code": "DESIGN", "order": 3, "label": {"id": "Design", "en": "Design"}, "nationalStage": "INISIATIF"}
          ],
          "transitions": [
            {"id": "drum-up-to-diagnose", "kind": "ADVANCE", "from": ["DRUM_UP"], "to": "DIAGNOSE",
             "label": {"id": "Lanjut", "en": "Advance"},
             "rules": [{"type": "phase-window", "severity": "MUST", "params": {"stage": "DIAGNOSE"%s}}]},
            {"id": "diagnose-to-design", "kind": "ADVANCE", "from": ["DIAGNOSE"], "to": "DESIGN",
             "label": {"id": "Lanjut", "en": "Advance"},
             "rules": [
               {"type": "min-evaluation-score", "severity": "MUST", "params": {"scheme": "panel-2019", "min": 70}},
               {"type": "min-evaluators", "severity": "MUST", "params": {"scheme": "panel-2019", "count": 3}}
             ]}
          ]
        }
        """.formatted(id, mode == null ? "" : ", \"mode\": \"" + mode + "\"");
  }

  private static final Rulebook INSIDE = Rulebooks.parse(rulebookJson("uji-program", null));
  private static final Rulebook AFTER_OPEN = Rulebooks.parse(rulebookJson("uji-program", "AFTER_OPEN"));

  private static final ProgrammeContext LEBAK_2019 = new ProgrammeContext(PROGRAMME_ID, true, Set.of(),
      Map.of("DIAGNOSE", PhaseWindow.of("2019-02-01", "2019-03-01")));

  private static SimpleFacts in(String stage) {
    return SimpleFacts.builder().stage(stage).stageEnteredAt(Instant.parse("2019-01-14T01:00:00Z"))
        .actor(INNOVATOR).build();
  }

  private static Verdict toDiagnose(Rulebook rulebook, String instant, ZoneId zone) {
    RuleContext ctx = RuleContext.builder().now(Instant.parse(instant)).zone(zone).programme(LEBAK_2019).build();
    return Rulebooks.check(rulebook, "drum-up-to-diagnose", in("DRUM_UP"), ctx);
  }

  @Nested
  class PhaseWindowInside {
    @ParameterizedTest(name = "{0} WIB -> {1}")
    @CsvSource({
        "2019-01-31T16:59:59Z, PHASE_NOT_OPEN",  // 23:59:59 on the day before the window
        "2019-01-31T17:00:00Z, ",                // 00:00 on its first day
        "2019-02-15T05:00:00Z, ",                // inside
        "2019-02-28T16:59:59Z, ",                // 23:59:59 on its last day
        "2019-02-28T17:00:00Z, PHASE_CLOSED",    // 00:00 on the first day after it
        "2019-06-01T05:00:00Z, PHASE_CLOSED"})
    void allowsEnteringOnlyInsideTheHalfOpenWindow(String instant, String expected) {
      Verdict v = toDiagnose(INSIDE, instant, WIB);

      if (expected == null) {
        assertThat(v.allowed()).isTrue();
        assertThat(v.violations()).isEmpty();
      } else {
        assertThat(v.codes()).containsExactly(expected);
        assertThat(v.allowed()).isFalse();
      }
    }

    @Test
    void saysWhenThePhaseOpensInBothLanguages() {
      Verdict v = toDiagnose(INSIDE, "2019-01-20T05:00:00Z", WIB);

      assertThat(v.describe(Locale.ENGLISH)).isEqualTo("Transition \"drum-up-to-diagnose\" is refused."
          + "\n  [must] The DIAGNOSE phase opens on 2019-02-01; today is 2019-01-20.");
      assertThat(v.describe(Messages.INDONESIAN)).isEqualTo("Perpindahan \"drum-up-to-diagnose\" ditolak."
          + "\n  [wajib] Fase DIAGNOSE dibuka pada 2019-02-01; hari ini 2019-01-20.");
    }

    @Test
    void saysWhenThePhaseClosedNamingItsLastDayInBothLanguages() {
      Verdict v = toDiagnose(INSIDE, "2019-03-01T05:00:00Z", WIB);

      assertThat(v.describe(Locale.ENGLISH)).isEqualTo("Transition \"drum-up-to-diagnose\" is refused."
          + "\n  [must] The DIAGNOSE phase closed after 2019-02-28; today is 2019-03-01.");
      assertThat(v.describe(Messages.INDONESIAN)).isEqualTo("Perpindahan \"drum-up-to-diagnose\" ditolak."
          + "\n  [wajib] Fase DIAGNOSE ditutup setelah 2019-02-28; hari ini 2019-03-01.");
    }

    @Test
    void countsTheDayInTheContextsZone() {
      // 23:30 on 2019-01-31 in WIB is already 01:30 on 2019-02-01 in WIT
      String instant = "2019-01-31T16:30:00Z";

      assertThat(toDiagnose(INSIDE, instant, WIB).codes()).containsExactly("PHASE_NOT_OPEN");
      assertThat(toDiagnose(INSIDE, instant, WIT).allowed()).isTrue();
    }
  }

  @Nested
  class PhaseWindowAfterOpen {
    @ParameterizedTest(name = "{0} WIB -> {1}")
    @CsvSource({
        "2019-01-31T16:59:59Z, PHASE_NOT_OPEN",
        "2019-01-31T17:00:00Z, ",
        "2019-02-28T17:00:00Z, ",
        "2019-12-31T05:00:00Z, "})
    void allowsEnteringAnyTimeFromTheFirstDay(String instant, String expected) {
      Verdict v = toDiagnose(AFTER_OPEN, instant, WIB);

      if (expected == null) {
        assertThat(v.allowed()).isTrue();
      } else {
        assertThat(v.codes()).containsExactly(expected);
      }
    }

    @Test
    void anUnknownModeIsAProblemOfTheRulebook() {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> Rulebooks.parse(rulebookJson("uji-program", "DURING")))
          .isInstanceOf(RulebookValidationException.class);
    }
  }

  @Nested
  class PhaseWindowNotApplicable {
    @Test
    void withoutAProgrammeTheRuleIsSkippedAndTheTransitionAllowed() {
      RuleContext ctx = RuleContext.of(Instant.parse("2019-01-20T05:00:00Z"), WIB);

      Verdict v = Rulebooks.check(INSIDE, "drum-up-to-diagnose", in("DRUM_UP"), ctx);

      assertThat(v.allowed()).isTrue();
      assertThat(v.violations()).isEmpty();
      assertThat(v.notApplicable()).extracting(Violation::code).containsExactly("NO_PROGRAMME");
      Violation skipped = v.notApplicable().get(0);
      assertThat(skipped.ruleType()).isEqualTo("phase-window");
      assertThat(skipped.message(Locale.ENGLISH))
          .isEqualTo("The innovation belongs to no programme: programme rules do not apply.");
      assertThat(skipped.message(Messages.INDONESIAN))
          .isEqualTo("Inovasi tidak termasuk program mana pun: aturan program tidak berlaku.");
    }

    @Test
    void withoutAWindowForTheStageTheRuleIsSkipped() {
      ProgrammeContext noDiagnose = new ProgrammeContext(PROGRAMME_ID, true, Set.of(),
          Map.of("DISPLAY", PhaseWindow.of("2019-12-12", "2019-12-15")));
      RuleContext ctx = RuleContext.builder().now(Instant.parse("2019-01-20T05:00:00Z")).zone(WIB)
          .programme(noDiagnose).build();

      Verdict v = Rulebooks.check(INSIDE, "drum-up-to-diagnose", in("DRUM_UP"), ctx);

      assertThat(v.allowed()).isTrue();
      assertThat(v.notApplicable()).extracting(Violation::code).containsExactly("NO_PHASE_WINDOW");
      Violation skipped = v.notApplicable().get(0);
      assertThat(skipped.arguments()).containsExactly("DIAGNOSE", PROGRAMME_ID);
      assertThat(skipped.message(Locale.ENGLISH))
          .isEqualTo("Programme lebak-2019 schedules no window for stage DIAGNOSE: the rule does not apply.");
      assertThat(skipped.message(Messages.INDONESIAN))
          .isEqualTo("Program lebak-2019 tidak menjadwalkan jendela untuk tahap DIAGNOSE: aturan ini tidak berlaku.");
    }
  }

  @Nested
  class PhaseWindowThroughTheFacade {
    private final Rulebook scheduled = Rulebooks.parse(rulebookJson("5d-terjadwal", null));
    private final LabFixture fx = new LabFixture(scheduled);

    private Programme.Builder threeStageProgramme() {
      return Programme.builder().region(LEBAK).id(PROGRAMME_ID).year(2019)
          .name("Laboratorium Inovasi Kabupaten Lebak 2019").organisingUnit("BAPPEDA").target(64)
          .rulebook("5d-terjadwal", 1)
          .phase("DRUM_UP", PhaseWindow.of("2019-01-14", "2019-02-01"))
          .phase("DIAGNOSE", PhaseWindow.of("2019-02-01", "2019-03-01"))
          .phase("DESIGN", PhaseWindow.of("2019-03-01", "2019-06-01"));
    }

    private InnovationRef proposeInProgramme() {
      InnovationDetails d = InnovationDetails.titled("Posyandu Digital Lebak").withOpd(OpdCode.of("DINKES"));
      return fx.lab.innovations().propose(LEBAK, innovator("DINKES"), d, PROGRAMME_ID, Options.none()).orThrow().ref();
    }

    @Test
    void usesTheProgrammesWindowInTheProgrammesZone() {
      // given a WIB programme scheduling DIAGNOSE from 2019-02-01
      fx.lab.programmes().open(ADMIN, threeStageProgramme().build()).verdict().orThrow();
      InnovationRef ref = proposeInProgramme();

      // when it is 23:30 on 2019-01-31 in WIB (01:30 on 2019-02-01 in WIT, the JVM's zone)
      fx.clock.set(Instant.parse("2019-01-31T16:30:00Z"));
      CommandResult early = fx.lab.innovations().advance(ref, innovator("DINKES"), "DIAGNOSE", Options.none());

      // then it is refused; half an hour later, on the window's first day in WIB, it is accepted
      assertThat(early.verdict().codes()).containsExactly("PHASE_NOT_OPEN");
      assertThat(early.verdict().describe(Locale.ENGLISH)).contains("today is 2019-01-31.");
      fx.clock.set(Instant.parse("2019-01-31T17:00:00Z"));
      assertThat(fx.lab.innovations().advance(ref, innovator("DINKES"), "DIAGNOSE", Options.none()).accepted()).isTrue();
    }

    @Test
    void aProgrammeKeptInWitCountsTheDayInWit() {
      // given the programme's zone overridden to WIT
      fx.lab.programmes().open(ADMIN, threeStageProgramme()
          .timeZone(IndonesianTimeZone.WIT).build()).verdict().orThrow();
      InnovationRef ref = proposeInProgramme();

      // when it is already 2019-02-01 in WIT
      fx.clock.set(Instant.parse("2019-01-31T16:30:00Z"));

      // then
      assertThat(fx.lab.innovations().advance(ref, innovator("DINKES"), "DIAGNOSE", Options.none()).accepted()).isTrue();
    }

    @Test
    void anInnovationWithoutProgrammeIsNotHeldByTheWindow() {
      // given an innovation outside any programme, long before the window
      InnovationRef ref = fx.lab.innovations().propose(LEBAK, innovator("DINKES"), InnovationDetails.titled("Mandiri")).orThrow().ref();

      // when
      Verdict checked = fx.lab.innovations().check(ref, innovator("DINKES"), "drum-up-to-diagnose");
      CommandResult r = fx.lab.innovations().advance(ref, innovator("DINKES"), "DIAGNOSE", Options.none());

      // then
      assertThat(checked.allowed()).isTrue();
      assertThat(checked.notApplicable()).extracting(Violation::code).containsExactly("NO_PROGRAMME");
      assertThat(r.accepted()).isTrue();
      assertThat(r.state().stage()).isEqualTo("DIAGNOSE");
    }
  }

  @Nested
  class Evaluation {
    private Verdict toDesign(EvaluationSummary... evaluations) {
      RuleContext.Builder b = RuleContext.builder().now(Instant.parse("2019-03-01T05:00:00Z")).zone(WIB);
      for (EvaluationSummary e : evaluations) {
        b.evaluation(e);
      }
      return Rulebooks.check(INSIDE, "diagnose-to-design", in("DIAGNOSE"), b.build());
    }

    @Test
    void anInnovationNeverScoredIsNotEvaluatedAndHasTooFewEvaluators() {
      Verdict v = toDesign();

      assertThat(v.codes()).containsExactly("NOT_EVALUATED", "TOO_FEW_EVALUATORS");
      assertThat(v.describe(Locale.ENGLISH)).isEqualTo("Transition \"diagnose-to-design\" is refused."
          + "\n  [must] The innovation has not been scored under scheme panel-2019."
          + "\n  [must] 0 evaluator(s) scored under scheme panel-2019; at least 3 are needed.");
      assertThat(v.describe(Messages.INDONESIAN)).isEqualTo("Perpindahan \"diagnose-to-design\" ditolak."
          + "\n  [wajib] Inovasi belum dinilai dengan skema panel-2019."
          + "\n  [wajib] 0 penilai memberi nilai dengan skema panel-2019; paling sedikit 3.");
    }

    @Test
    void aSummaryWithoutEvaluatorsCountsAsNotEvaluated() {
      Verdict v = toDesign(new EvaluationSummary(SCHEME, new BigDecimal("95"), 0));

      assertThat(v.codes()).containsExactly("NOT_EVALUATED", "TOO_FEW_EVALUATORS");
    }

    @Test
    void aScoreOfAnotherSchemeDoesNotCount() {
      Verdict v = toDesign(new EvaluationSummary("iga-2019", new BigDecimal("95"), 5));

      assertThat(v.codes()).containsExactly("NOT_EVALUATED", "TOO_FEW_EVALUATORS");
    }

    @Test
    void aScoreBelowTheMinimumIsTooLow() {
      Verdict v = toDesign(new EvaluationSummary(SCHEME, new BigDecimal("69.99"), 3));

      assertThat(v.codes()).containsExactly("SCORE_TOO_LOW");
      assertThat(v.describe(Locale.ENGLISH)).isEqualTo("Transition \"diagnose-to-design\" is refused."
          + "\n  [must] The score under scheme panel-2019 is 69.99; at least 70 is needed.");
      assertThat(v.describe(Messages.INDONESIAN)).isEqualTo("Perpindahan \"diagnose-to-design\" ditolak."
          + "\n  [wajib] Nilai dengan skema panel-2019 adalah 69.99; paling sedikit 70.");
    }

    @ParameterizedTest(name = "score {0}")
    @CsvSource({"70", "70.00", "70.01", "100"})
    void aScoreAtOrAboveTheMinimumPasses(String score) {
      Verdict v = toDesign(new EvaluationSummary(SCHEME, new BigDecimal(score), 3));

      assertThat(v.allowed()).isTrue();
      assertThat(v.violations()).isEmpty();
    }

    @Test
    void tooFewEvaluatorsAreReportedEvenWithAGoodScore() {
      Verdict v = toDesign(new EvaluationSummary(SCHEME, new BigDecimal("88.5"), 2));

      assertThat(v.codes()).containsExactly("TOO_FEW_EVALUATORS");
      assertThat(v.describe(Locale.ENGLISH))
          .contains("[must] 2 evaluator(s) scored under scheme panel-2019; at least 3 are needed.");
      assertThat(v.describe(Messages.INDONESIAN))
          .contains("[wajib] 2 penilai memberi nilai dengan skema panel-2019; paling sedikit 3.");
    }

    @Test
    void aLowScoreFromTooFewEvaluatorsListsBoth() {
      Verdict v = toDesign(new EvaluationSummary(SCHEME, new BigDecimal("40"), 1));

      assertThat(v.codes()).containsExactly("SCORE_TOO_LOW", "TOO_FEW_EVALUATORS");
    }

    @Test
    void aNegativeOrMissingMinimumIsAProblemOfTheRulebook() {
      String negative = rulebookJson("uji-program", null).replace("\"min\": 70", "\"min\": -1");
      String missing = rulebookJson("uji-program", null).replace(", \"min\": 70", "");

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rulebooks.parse(negative))
          .isInstanceOf(RulebookValidationException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rulebooks.parse(missing))
          .isInstanceOf(RulebookValidationException.class);
    }
  }
}
