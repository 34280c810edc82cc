package id.labinov.core.evaluation;

import static id.labinov.core.evaluation.SchemeFixtures.allIndicatorsAt;
import static id.labinov.core.evaluation.SchemeFixtures.mandatoryIndicatorsAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regional index estimates computed by hand with the 2023 formula (maximum 63 + 111 + 76 = 250). */
class RegionalIndexTest {
  private static final RatingBands Y2023 = RatingBands.forYear(2023);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void dividesByTenWhenThereAreFewerThanTenInnovations() {
    // 3 innovations at 111: 333 / max(10, 3) = 33.3; (40 + 33.3 + 30) / 250 x 100 = 41.32
    RegionalIndexEstimate e = RegionalIndex.estimate(2023, Collections.nCopies(3, allIndicatorsAt(3)), d("40"),
        d("30"), Y2023);

    assertThat(e.year()).isEqualTo(2023);
    assertThat(e.innovations()).isEqualTo(3);
    assertThat(e.sidInnovations()).isEqualTo(d("33.30"));
    assertThat(e.spd()).isEqualTo(d("40"));
    assertThat(e.countScore()).isEqualTo(d("30"));
    assertThat(e.index()).isEqualTo(d("41.32"));
    assertThat(e.rating().code()).isEqualTo("INOVATIF");
  }

  @Test
  void dividesByTheNumberOfInnovationsFromTenOn() {
    // 12 innovations, mandatory indicators at 1: 14 each, 168 / 12 = 14; (20 + 14 + 10) / 250 x 100 = 17.60
    RegionalIndexEstimate e = RegionalIndex.estimate(2023, Collections.nCopies(12, mandatoryIndicatorsAt(1)),
        d("20"), d("10"), Y2023);

    assertThat(e.sidInnovations()).isEqualTo(d("14.00"));
    assertThat(e.index()).isEqualTo(d("17.60"));
    assertThat(e.rating().code()).isEqualTo("KURANG_INOVATIF");
  }

  @Test
  void rewardsMoreInnovationsOnlyUpToTenWhenTheyScoreAlike() {
    BigDecimal nine = RegionalIndex.estimate(2023, Collections.nCopies(9, allIndicatorsAt(2)), d("30"), d("30"),
        Y2023).index();
    BigDecimal ten = RegionalIndex.estimate(2023, Collections.nCopies(10, allIndicatorsAt(2)), d("30"), d("30"),
        Y2023).index();
    BigDecimal twenty = RegionalIndex.estimate(2023, Collections.nCopies(20, allIndicatorsAt(2)), d("30"), d("30"),
        Y2023).index();

    // 74 x 9 / 10 = 66.6 -> (126.6) / 2.5 = 50.64; 74 -> 134 / 2.5 = 53.60
    assertThat(nine).isEqualTo(d("50.64"));
    assertThat(ten).isEqualTo(d("53.60"));
    assertThat(twenty).isEqualTo(ten);
  }

  @Test
  void roundsTheIndexOnceFromTheExactInnovationPart() {
    // 11 innovations, one with REGULATION at 1 (3 points), the rest 0: 3 / 11 = 0.2727...
    List<Map<String, Integer>> levels = new ArrayList<>(Collections.nCopies(10, mandatoryIndicatorsAt(0)));
    Map<String, Integer> one = new HashMap<>(mandatoryIndicatorsAt(0));
    one.put("REGULATION", 1);
    levels.add(one);

    RegionalIndexEstimate e = RegionalIndex.estimate(2023, levels, d("0"), d("0"), Y2023);

    // index = (3 / 11) / 250 x 100 = 0.10909... -> 0.11, computed from the exact 3 / 11
    assertThat(e.sidInnovations()).isEqualTo(d("0.27"));
    assertThat(e.index()).isEqualTo(d("0.11"));
    assertThat(e.rating().code()).isEqualTo("KURANG_INOVATIF");
  }

  @Test
  void ratesARegionWithNothingReportedAsNotRateable() {
    RegionalIndexEstimate e = RegionalIndex.estimate(2025, List.of(), d("0"), d("0"), RatingBands.forYear(2025));

    assertThat(e.innovations()).isZero();
    assertThat(e.sidInnovations()).isEqualTo(d("0.00"));
    assertThat(e.index()).isEqualTo(d("0.00"));
    assertThat(e.rating().code()).isEqualTo("TIDAK_DAPAT_DINILAI");
  }

  @Test
  void reachesExactlyHundredAtEveryMaximum() {
    RegionalIndexEstimate e = RegionalIndex.estimate(2023, Collections.nCopies(15, allIndicatorsAt(3)), d("63"),
        d("76"), Y2023);

    assertThat(e.sidInnovations()).isEqualTo(d("111.00"));
    assertThat(e.index()).isEqualTo(d("100.00"));
    assertThat(e.rating().code()).isEqualTo("SANGAT_INOVATIF");
  }

  @Test
  void appliesTheBandsItIsGiven() {
    // 10 innovations at 74 (all level 2): 74; spd 42.25, count 40 -> 156.25 / 250 x 100 = 62.50:
    // "Sangat Inovatif" by the 2023 bands (from 60.01), "Inovatif" by the 2025 ones (up to 65.00)
    List<Map<String, Integer>> levels = Collections.nCopies(10, allIndicatorsAt(2));

    assertThat(RegionalIndex.estimate(2023, levels, d("42.25"), d("40"), Y2023).rating().code())
        .isEqualTo("SANGAT_INOVATIF");
    assertThat(RegionalIndex.estimate(2025, levels, d("42.25"), d("40"), RatingBands.forYear(2025)).rating().code())
        .isEqualTo("INOVATIF");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"spdScore, -1", "spdScore, 63.01", "countScore, -0.01", "countScore, 77"})
  void refusesScoresOutsideTheirRange(String field, String value) {
    BigDecimal spd = field.equals("spdScore") ? d(value) : d("10");
    BigDecimal count = field.equals("countScore") ? d(value) : d("10");

    assertThatThrownBy(() -> RegionalIndex.estimate(2023, List.of(), spd, count, Y2023))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("OUT_OF_RANGE");
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.rejectedValue()).isEqualTo(value);
          assertThat(e.getMessage()).isEqualTo(field + " is " + value + "; it must be from 0 to "
              + (field.equals("spdScore") ? "63" : "76") + ".");
        });
  }

  @Test
  void refusesAnImpossibleYear() {
    assertThatThrownBy(() -> RegionalIndex.estimate(1999, List.of(), d("0"), d("0"), Y2023))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("year"));
  }

  @Test
  void refusesLevelsThatDoNotFitNamingTheInnovation() {
    Map<String, Integer> bad = new HashMap<>(mandatoryIndicatorsAt(1));
    bad.put("VIDEO", 4);

    assertThatThrownBy(() -> RegionalIndex.estimate(2023, List.of(mandatoryIndicatorsAt(1), bad), d("0"), d("0"),
        Y2023)).isInstanceOfSatisfying(InvalidScoreSheetException.class, e -> {
          assertThat(e.field()).isEqualTo("innovationLevels[1]");
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly("SCORE_OFF_SCALE");
        });
    assertThatThrownBy(() -> RegionalIndex.estimate(2023, List.of(Map.of("BUDGET", 1)), d("0"), d("0"), Y2023))
        .isInstanceOfSatisfying(InvalidScoreSheetException.class,
            e -> assertThat(e.violations()).extracting(v -> v.code()).containsOnly("CRITERION_MISSING"));
  }

  @Test
  void refusesMissingArguments() {
    List<Map<String, Integer>> withNull = new ArrayList<>();
    withNull.add(null);

    assertThatThrownBy(() -> RegionalIndex.estimate(2023, null, d("0"), d("0"), Y2023))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("innovationLevels"));
    assertThatThrownBy(() -> RegionalIndex.estimate(2023, withNull, d("0"), d("0"), Y2023))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("innovationLevels[0]"));
    assertThatThrownBy(() -> RegionalIndex.estimate(2023, List.of(), null, d("0"), Y2023))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("spdScore"));
    assertThatThrownBy(() -> RegionalIndex.estimate(2023, List.of(), d("0"), d("0"), null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("bands"));
  }

  @Test
  void refusesAScoredSchemeAsIndicators() {
    assertThatThrownBy(() -> RegionalIndex.estimate(2023, EvaluationSchemes.kippCriteria(), List.of(), d("0"), d("0"),
        Y2023)).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("NOT_AN_INDICATOR_SCHEME"));
  }

  @Test
  void usesTheMaximumOfAnotherIndicatorScheme() {
    // test indicator scheme: X weight 2, Y weight 1, scale 0-9; maximum 63 + 9 + 76 = 148
    EvaluationScheme small = SchemeFixtures.parse(SchemeFixtures.indicator());

    RegionalIndexEstimate e = RegionalIndex.estimate(2023, small, Collections.nCopies(10, Map.of("X", 3, "Y", 3)),
        d("63"), d("76"), Y2023);

    assertThat(e.index()).isEqualTo(d("100.00"));
  }
}
