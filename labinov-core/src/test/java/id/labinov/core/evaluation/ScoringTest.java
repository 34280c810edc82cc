package id.labinov.core.evaluation;

import static id.labinov.core.evaluation.SchemeFixtures.at;
import static id.labinov.core.evaluation.SchemeFixtures.kipp;
import static id.labinov.core.evaluation.SchemeFixtures.scored;
import static id.labinov.core.evaluation.SchemeFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.PersonId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scores and aggregates computed by hand. */
class ScoringTest {
  private final EvaluationScheme kipp = EvaluationSchemes.kippCriteria();
  private final EvaluationScheme iga = EvaluationSchemes.igaPresentation2023();
  private final EvaluationScheme iid = EvaluationSchemes.iidInnovationIndicators();

  /** The scored test scheme (A 0.5, B 0.5, scale 0-10) with extremes trimmed. */
  private static EvaluationScheme trimming() {
    Map<String, Object> tree = scored();
    at(tree, "aggregation").put("trimExtremes", true);
    return SchemeFixtures.parse(tree);
  }

  @Nested
  class OneSheet {
    @Test
    void weightsKippCriteriaEqually() {
      // 0.2 x (80 + 70 + 90 + 60 + 75) = 0.2 x 375 = 75
      assertThat(kipp.score(kipp("e1", "80", "70", "90", "60", "75"))).isEqualTo(new BigDecimal("75.00"));
    }

    @Test
    void weightsIgaCriteriaAsPublished() {
      // 0.30 x 80 + 0.25 x 90 + 0.15 x 70 + 0.20 x 60 + 0.10 x 100 = 24 + 22.5 + 10.5 + 12 + 10 = 79
      BigDecimal score = iga.score(sheet("j1", "NOVELTY", "80", "BENEFIT", "90", "AUTHORITY_COLLABORATION", "70",
          "REPLICABILITY", "60", "MASTERY", "100"));

      assertThat(score).isEqualTo(new BigDecimal("79.00"));
      assertThat(iga.findCategory(score)).map(Category::code).contains("BAIK");
    }

    @Test
    void roundsHalfUpOnceAtTheEnd() {
      // 0.2 x 0.025 = 0.005 -> 0.01 half up (half even would give 0.00)
      assertThat(kipp.score(kipp("e1", "0.025", "0", "0", "0", "0"))).isEqualTo(new BigDecimal("0.01"));
      // 0.2 x 0.0249 = 0.00498 -> 0.00
      assertThat(kipp.score(kipp("e1", "0.0249", "0", "0", "0", "0"))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void sumsWeightTimesLevelOfIndicators() {
      assertThat(iid.score(ScoreSheet.ofLevels(PersonId.of("e1"), SchemeFixtures.allIndicatorsAt(3))))
          .isEqualTo(new BigDecimal("111.00"));
      assertThat(iid.score(ScoreSheet.ofLevels(PersonId.of("e1"), SchemeFixtures.allIndicatorsAt(1))))
          .isEqualTo(new BigDecimal("37.00"));
      // mandatory only, level 2: 2 x (3 + 2 + 2 + 3 + 4) = 28; the others count as level 0
      assertThat(iid.score(ScoreSheet.ofLevels(PersonId.of("e1"), SchemeFixtures.mandatoryIndicatorsAt(2))))
          .isEqualTo(new BigDecimal("28.00"));
    }

    @Test
    void countsAnOptionalScoredCriterionLeftOutAsTheScaleMinimum() {
      Map<String, Object> tree = scored();
      at(tree, "criteria", 1).put("mandatory", false);
      at(tree, "scale").put("min", SchemeFixtures.num("2"));
      tree.remove("categories");
      EvaluationScheme scheme = SchemeFixtures.parse(tree);

      // 0.5 x 8 + 0.5 x 2 = 5
      assertThat(scheme.score(sheet("e1", "A", "8"))).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void refusesASheetThatDoesNotFitListingEveryViolation() {
      InvalidScoreSheetException e = catchThrowableOfType(() -> kipp.score(kipp("e1", "101", "80", "80", "80", "-1")),
          InvalidScoreSheetException.class);

      assertThat(e.code()).isEqualTo("INVALID_SCORE_SHEET");
      assertThat(e.field()).isEqualTo("sheet");
      assertThat(e.rejectedValue()).isEqualTo("e1");
      assertThat(e.violations()).extracting(v -> v.arguments().get(0)).containsExactly("NOVELTY", "SUSTAINABILITY");
      assertThat(e.getMessage()).startsWith("Score sheet e1 (sheet) does not fit scheme kipp-criteria@1; fix:\n  - "
          + "The score of criterion NOVELTY");
      assertThat(e.getMessage(Messages.INDONESIAN)).startsWith("Lembar nilai e1 (sheet) tidak sesuai dengan skema "
          + "kipp-criteria@1; perbaiki:\n  - Nilai kriteria NOVELTY");
    }
  }

  @Nested
  class SeveralSheets {
    @Test
    void takesTheMeanOfTheEvaluatorsAndOfEachCriterion() {
      EvaluationResult result = kipp.aggregate(List.of(
          kipp("e1", "80", "70", "90", "60", "75"),    // 75
          kipp("e2", "90", "90", "90", "90", "90"),    // 90
          kipp("e3", "60", "50", "40", "70", "80")));  // 60

      assertThat(result.score()).isEqualTo(new BigDecimal("75.00"));
      assertThat(result.evaluatorCount()).isEqualTo(3);
      assertThat(result.trimmed()).isFalse();
      assertThat(result.category().code()).isEqualTo("BAIK");
      assertThat(result.findCategory()).contains(result.category());
      assertThat(result.perCriterion()).containsExactly(
          Map.entry("NOVELTY", new BigDecimal("76.67")), Map.entry("EFFECTIVENESS", new BigDecimal("70.00")),
          Map.entry("BENEFIT", new BigDecimal("73.33")), Map.entry("REPLICABILITY", new BigDecimal("73.33")),
          Map.entry("SUSTAINABILITY", new BigDecimal("81.67")));
    }

    @Test
    void roundsTheMeanOfExactScoresNotOfRoundedOnes() {
      // exact 0.0049, 0.0049, 0.0057: mean 0.00516... -> 0.01; rounding each first would give 0.00
      EvaluationResult result = kipp.aggregate(List.of(
          kipp("e1", "0.0245", "0", "0", "0", "0"),
          kipp("e2", "0.0245", "0", "0", "0", "0"),
          kipp("e3", "0.0285", "0", "0", "0", "0")));

      assertThat(result.score()).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void dropsTheHighestAndTheLowestEvaluatorWhenTrimming() {
      EvaluationResult result = trimming().aggregate(List.of(
          sheet("e1", "A", "10", "B", "10"),   // 10, dropped
          sheet("e2", "A", "6", "B", "8"),     // 7
          sheet("e3", "A", "0", "B", "2"),     // 1, dropped
          sheet("e4", "A", "4", "B", "6")));   // 5

      assertThat(result.trimmed()).isTrue();
      assertThat(result.evaluatorCount()).isEqualTo(4);
      assertThat(result.score()).isEqualTo(new BigDecimal("6.00"));
      assertThat(result.perCriterion()).containsExactly(Map.entry("A", new BigDecimal("5.00")),
          Map.entry("B", new BigDecimal("7.00")));
      assertThat(result.category().code()).isEqualTo("HIGH");
    }

    @Test
    void breaksTiesBetweenExtremeEvaluatorsByEvaluatorId() {
      // e1 and e2 both score 5 (lowest): e1 is dropped; e3 and e4 both score 8 (highest): e4 is dropped
      EvaluationResult result = trimming().aggregate(List.of(
          sheet("e2", "A", "0", "B", "10"),
          sheet("e4", "A", "8", "B", "8"),
          sheet("e1", "A", "10", "B", "0"),
          sheet("e3", "A", "6", "B", "10")));

      assertThat(result.score()).isEqualTo(new BigDecimal("6.50"));
      assertThat(result.perCriterion()).containsExactly(Map.entry("A", new BigDecimal("3.00")),
          Map.entry("B", new BigDecimal("10.00")));
    }

    @Test
    void trimsOnlyFromThreeSheets() {
      EvaluationResult result = trimming().aggregate(List.of(
          sheet("e1", "A", "10", "B", "10"),
          sheet("e2", "A", "0", "B", "0")));

      assertThat(result.trimmed()).isFalse();
      assertThat(result.score()).isEqualTo(new BigDecimal("5.00"));
      assertThat(result.category().code()).isEqualTo("HIGH");
    }

    @Test
    void aggregatesOneSheetToItsOwnScore() {
      ScoreSheet s = kipp("e1", "33.33", "66.67", "12.5", "0", "100");

      EvaluationResult result = kipp.aggregate(List.of(s));

      assertThat(result.score()).isEqualTo(kipp.score(s));
      assertThat(result.evaluatorCount()).isEqualTo(1);
    }

    @Test
    void givesNoCategoryForASchemeWithout() {
      EvaluationResult result = iid.aggregate(List.of(
          ScoreSheet.ofLevels(PersonId.of("e1"), SchemeFixtures.allIndicatorsAt(2))));

      assertThat(result.score()).isEqualTo(new BigDecimal("74.00"));
      assertThat(result.category()).isNull();
      assertThat(result.findCategory()).isEmpty();
      assertThat(result.perCriterion()).hasSize(20).containsEntry("VIDEO", new BigDecimal("2.00"));
    }

    @Test
    void refusesNoSheets() {
      assertThatThrownBy(() -> kipp.aggregate(List.of())).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.code()).isEqualTo("NO_SCORE_SHEETS");
        assertThat(e.getMessage()).isEqualTo("There are no score sheets for scheme kipp-criteria@1: give at least one.");
        assertThat(e.getMessage(Messages.INDONESIAN))
            .isEqualTo("Belum ada lembar nilai untuk skema kipp-criteria@1: berikan paling sedikit satu.");
      });
    }

    @Test
    void refusesTwoSheetsOfOneEvaluator() {
      assertThatThrownBy(() -> kipp.aggregate(List.of(kipp("e1", "1", "1", "1", "1", "1"),
          kipp("e1", "2", "2", "2", "2", "2")))).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("DUPLICATE_EVALUATOR");
            assertThat(e.rejectedValue()).isEqualTo("e1");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("Evaluator e1 has more than one score sheet");
          });
    }

    @Test
    void refusesNullSheetsNamingThePosition() {
      List<ScoreSheet> sheets = new ArrayList<>();
      sheets.add(kipp("e1", "1", "1", "1", "1", "1"));
      sheets.add(null);

      assertThatThrownBy(() -> kipp.aggregate(sheets)).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.field()).isEqualTo("sheets[1]"));
      assertThatThrownBy(() -> kipp.aggregate(null)).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.field()).isEqualTo("sheets"));
    }

    @Test
    void refusesASheetThatDoesNotFitNamingItsPosition() {
      assertThatThrownBy(() -> kipp.aggregate(List.of(kipp("e1", "1", "1", "1", "1", "1"),
          kipp("e2", "1", "1", "1", "1", "200")))).isInstanceOfSatisfying(InvalidScoreSheetException.class, e -> {
            assertThat(e.field()).isEqualTo("sheets[1]");
            assertThat(e.rejectedValue()).isEqualTo("e2");
          });
    }
  }
}
