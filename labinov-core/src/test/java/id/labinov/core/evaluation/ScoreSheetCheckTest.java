package id.labinov.core.evaluation;

import static id.labinov.core.evaluation.SchemeFixtures.kipp;
import static id.labinov.core.evaluation.SchemeFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.PersonId;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link EvaluationScheme#check(ScoreSheet)} reports, in both languages. */
class ScoreSheetCheckTest {
  private final EvaluationScheme kipp = EvaluationSchemes.kippCriteria();
  private final EvaluationScheme iid = EvaluationSchemes.iidInnovationIndicators();

  @Test
  void acceptsACompleteSheetWithinTheScale() {
    assertThat(kipp.check(kipp("e1", "0", "100", "50.5", "99.99", "0.01"))).isEmpty();
  }

  @Test
  void reportsAnUnknownCriterionListingTheKnownOnes() {
    List<Violation> violations = kipp.check(sheet("e1", "NOVELTY", "80", "EFFECTIVENESS", "80", "BENEFIT", "80",
        "REPLICABILITY", "80", "SUSTAINABILITY", "80", "INNOVATIVENESS", "80"));

    assertThat(violations).hasSize(1);
    Violation v = violations.get(0);
    assertThat(v.code()).isEqualTo("UNKNOWN_CRITERION");
    assertThat(v.severity()).isEqualTo(Severity.MUST);
    assertThat(v.ruleType()).isEqualTo("evaluation");
    assertThat(v.message(Locale.ENGLISH)).isEqualTo("Criterion INNOVATIVENESS is not in scheme kipp-criteria@1; its "
        + "criteria are: NOVELTY, EFFECTIVENESS, BENEFIT, REPLICABILITY, SUSTAINABILITY.");
    assertThat(v.message(Messages.INDONESIAN)).isEqualTo("Kriteria INNOVATIVENESS tidak ada di skema kipp-criteria@1; "
        + "kriteria yang ada: NOVELTY, EFFECTIVENESS, BENEFIT, REPLICABILITY, SUSTAINABILITY.");
  }

  @Test
  void reportsAMissingMandatoryCriterionWithItsLabel() {
    List<Violation> violations = kipp.check(sheet("e1", "NOVELTY", "80", "EFFECTIVENESS", "80", "BENEFIT", "80",
        "REPLICABILITY", "80"));

    assertThat(violations).extracting(Violation::code).containsExactly("CRITERION_MISSING");
    assertThat(violations.get(0).severity()).isEqualTo(Severity.MUST);
    assertThat(violations.get(0).message(Locale.ENGLISH))
        .isEqualTo("Mandatory criterion SUSTAINABILITY \"Sustainability\" (Berkelanjutan) has not been scored: enter its score.");
    assertThat(violations.get(0).message(Messages.INDONESIAN))
        .isEqualTo("Kriteria wajib SUSTAINABILITY \"Berkelanjutan\" (Sustainability) belum dinilai: isikan nilainya.");
  }

  @Test
  void reportsAScoreOffTheScaleWithValueAndRange() {
    List<Violation> violations = kipp.check(kipp("e1", "100.01", "80", "-0.5", "80", "80"));

    assertThat(violations).extracting(Violation::code).containsExactly("SCORE_OFF_SCALE", "SCORE_OFF_SCALE");
    assertThat(violations).allMatch(v -> v.severity() == Severity.MUST && v.ruleType().equals("evaluation"));
    assertThat(violations.get(0).message(Locale.ENGLISH))
        .isEqualTo("The score of criterion NOVELTY \"Novelty\" (Kebaruan) is 100.01; it must be from 0 to 100.");
    assertThat(violations.get(1).message(Messages.INDONESIAN))
        .isEqualTo("Nilai kriteria BENEFIT \"Bermanfaat\" (Benefit) adalah -0.5; nilai harus dari 0 sampai 100.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "4", "1.5", "0.001", "3.0001"})
  void reportsALevelThatIsNotAWholeNumberFromZeroToThree(String level) {
    Map<String, Integer> levels = SchemeFixtures.mandatoryIndicatorsAt(1);
    Map<String, BigDecimal> scores = new HashMap<>();
    levels.forEach((k, v) -> scores.put(k, BigDecimal.valueOf(v)));
    scores.put("VIDEO", new BigDecimal(level));

    List<Violation> violations = iid.check(ScoreSheet.of(PersonId.of("e1"), scores));

    assertThat(violations).extracting(Violation::code).containsExactly("SCORE_OFF_SCALE");
    assertThat(violations.get(0).message(Locale.ENGLISH)).isEqualTo("The level of indicator VIDEO \"Video of the "
        + "innovation\" (Video inovasi daerah) is " + level + "; it must be a whole number from 0 (not fulfilled) to 3.");
    assertThat(violations.get(0).message(Messages.INDONESIAN)).isEqualTo("Tingkat indikator VIDEO \"Video inovasi "
        + "daerah\" (Video of the innovation) adalah " + level + "; tingkat harus bilangan bulat dari 0 (tidak "
        + "terpenuhi) sampai 3.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "3", "2.0", "1.000"})
  void acceptsWholeLevelsWrittenWithTrailingZeros(String level) {
    Map<String, BigDecimal> scores = new HashMap<>();
    SchemeFixtures.mandatoryIndicatorsAt(1).forEach((k, v) -> scores.put(k, BigDecimal.valueOf(v)));
    scores.put("BUDGET", new BigDecimal(level));

    assertThat(iid.check(ScoreSheet.of(PersonId.of("e1"), scores))).isEmpty();
  }

  @Test
  void letsOptionalIndicatorsBeLeftOutButNotMandatoryOnes() {
    assertThat(iid.check(ScoreSheet.ofLevels(PersonId.of("e1"), SchemeFixtures.mandatoryIndicatorsAt(0)))).isEmpty();

    List<Violation> violations = iid.check(ScoreSheet.ofLevels(PersonId.of("e1"), Map.of("BUDGET", 2)));

    assertThat(violations).extracting(v -> v.code() + " " + v.arguments().get(0)).containsExactly(
        "CRITERION_MISSING REGULATION", "CRITERION_MISSING HUMAN_RESOURCES", "CRITERION_MISSING CREATION_SPEED",
        "CRITERION_MISSING BENEFIT", "CRITERION_MISSING VIDEO");
  }

  @Test
  void listsEveryProblemUnknownCodesFirstThenCriteriaInSchemeOrder() {
    List<Violation> violations = kipp.check(sheet("e1", "ZETA", "1", "ALPHA", "2", "BENEFIT", "101",
        "SUSTAINABILITY", "-1"));

    assertThat(violations).extracting(v -> v.code() + " " + v.arguments().get(0)).containsExactly(
        "UNKNOWN_CRITERION ALPHA", "UNKNOWN_CRITERION ZETA", "CRITERION_MISSING NOVELTY",
        "CRITERION_MISSING EFFECTIVENESS", "SCORE_OFF_SCALE BENEFIT", "CRITERION_MISSING REPLICABILITY",
        "SCORE_OFF_SCALE SUSTAINABILITY");
    assertThat(violations).allSatisfy(v -> {
      assertThat(Messages.isDefined(v.messageKey())).isTrue();
      assertThat(v.message(Locale.ENGLISH)).isNotEqualTo(v.message(Messages.INDONESIAN));
    });
  }

  @Test
  void refusesANullSheet() {
    assertThatThrownBy(() -> kipp.check(null)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("sheet"));
  }

  @Test
  void refusesNullPartsOfASheet() {
    Map<String, BigDecimal> withNull = new HashMap<>();
    withNull.put("NOVELTY", null);

    assertThatThrownBy(() -> ScoreSheet.of(PersonId.of("e1"), withNull))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("scores[NOVELTY]"));
    assertThatThrownBy(() -> ScoreSheet.of(null, Map.of())).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ScoreSheet.of(PersonId.of("e1"), Map.of(" ", BigDecimal.ONE)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void keepsScoresSortedAndUnmodifiable() {
    ScoreSheet s = sheet("e1", "B", "1", "A", "2");

    assertThat(s.scores().keySet()).containsExactly("A", "B");
    assertThatThrownBy(() -> s.scores().put("C", BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
  }
}
