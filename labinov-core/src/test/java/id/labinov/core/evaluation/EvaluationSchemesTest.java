package id.labinov.core.evaluation;

import static id.labinov.core.evaluation.SchemeFixtures.at;
import static id.labinov.core.evaluation.SchemeFixtures.json;
import static id.labinov.core.evaluation.SchemeFixtures.parse;
import static id.labinov.core.evaluation.SchemeFixtures.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluationSchemesTest {
  static Stream<EvaluationScheme> shipped() {
    return Stream.of(EvaluationSchemes.kippCriteria(), EvaluationSchemes.igaPresentation2023(),
        EvaluationSchemes.iidInnovationIndicators());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void loadsEveryShippedSchemeWithASourceAndAHash(EvaluationScheme scheme) {
    assertThat(scheme.source()).isNotBlank().containsPattern("\\[[SUI][0-9]*\\]");
    assertThat(scheme.hash()).matches("[0-9a-f]{64}");
    assertThat(scheme.resultScale()).isEqualTo(2);
    assertThat(scheme.reference()).isEqualTo(scheme.id() + "@1");
    assertThat(scheme.toString()).contains(scheme.reference());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void readsTheSameSchemeFromItsResourceAndFromAStream(EvaluationScheme scheme) {
    String canonical = scheme.toCanonicalJson();

    EvaluationScheme read = EvaluationSchemes.read("copy.json",
        new ByteArrayInputStream(canonical.getBytes(StandardCharsets.UTF_8)));

    assertThat(read).isEqualTo(scheme).hasSameHashCodeAs(scheme);
    assertThat(read.hash()).isEqualTo(scheme.hash());
  }

  @Nested
  class Kipp {
    private final EvaluationScheme kipp = EvaluationSchemes.kippCriteria();

    @Test
    void hasTheFiveCriteriaWithEqualAssumedWeights() {
      assertThat(kipp.id()).isEqualTo("kipp-criteria");
      assertThat(kipp.year()).isEqualTo(2021);
      assertThat(kipp.kind()).isEqualTo(SchemeKind.SCORED);
      assertThat(kipp.criteria()).extracting(Criterion::code)
          .containsExactly("NOVELTY", "EFFECTIVENESS", "BENEFIT", "REPLICABILITY", "SUSTAINABILITY");
      assertThat(kipp.criteria()).extracting(Criterion::weight).allMatch(w -> w.compareTo(new BigDecimal("0.20")) == 0);
      assertThat(kipp.criteria()).allMatch(c -> c.levels().isEmpty() && c.mandatory());
      assertThat(kipp.findCriterion("NOVELTY").orElseThrow().label().id()).isEqualTo("Kebaruan");
    }

    @Test
    void saysItsWeightsAndCategoriesAreUnverified() {
      assertThat(kipp.verified()).isFalse();
      assertThat(kipp.source()).contains("S17", "not found", "[I]");
    }

    @Test
    void scoresZeroToHundredByWeightedMean() {
      assertThat(kipp.scale()).isEqualTo(new Scale(BigDecimal.ZERO, BigDecimal.valueOf(100)));
      assertThat(kipp.aggregation()).isEqualTo(new Aggregation(Aggregation.Method.WEIGHTED_MEAN, false));
    }
  }

  @Nested
  class IgaPresentation2023 {
    private final EvaluationScheme iga = EvaluationSchemes.igaPresentation2023();

    @Test
    void hasThePublishedWeights() {
      assertThat(iga.id()).isEqualTo("iga-presentation-2023");
      assertThat(iga.year()).isEqualTo(2023);
      assertThat(iga.criteria()).extracting(c -> c.code() + "=" + c.weight().toPlainString())
          .containsExactly("NOVELTY=0.30", "BENEFIT=0.25", "AUTHORITY_COLLABORATION=0.15", "REPLICABILITY=0.20",
              "MASTERY=0.10");
      assertThat(iga.verified()).isTrue();
      assertThat(iga.source()).contains("S14", "[I]");
    }
  }

  @Nested
  class IidInnovationIndicators {
    private final EvaluationScheme iid = EvaluationSchemes.iidInnovationIndicators();

    @Test
    void hasTwentyIndicatorsWeighingThirtySeven() {
      assertThat(iid.kind()).isEqualTo(SchemeKind.INDICATOR);
      assertThat(iid.criteria()).hasSize(20);
      assertThat(iid.criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("37");
      assertThat(iid.criteria()).extracting(c -> c.weight().intValueExact())
          .containsExactly(3, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3, 2, 3, 2, 4);
    }

    @Test
    void describesThreeLevelsOfEveryIndicatorInBothLanguages() {
      assertThat(iid.criteria()).allSatisfy(c -> {
        assertThat(c.levels()).hasSize(3);
        assertThat(c.maxLevel()).isEqualTo(3);
        assertThat(c.levels()).allSatisfy(l -> assertThat(l.id()).isNotEqualTo(l.en()));
      });
    }

    @Test
    void marksIndicatorsOneTwoSeventeenEighteenAndTwentyMandatory() {
      List<Integer> mandatory = new java.util.ArrayList<>();
      for (int i = 0; i < iid.criteria().size(); i++) {
        if (iid.criteria().get(i).mandatory()) {
          mandatory.add(i + 1);
        }
      }
      assertThat(mandatory).containsExactly(1, 2, 17, 18, 20);
      assertThat(iid.criteria()).filteredOn(Criterion::mandatory).extracting(Criterion::code)
          .containsExactly("REGULATION", "HUMAN_RESOURCES", "CREATION_SPEED", "BENEFIT", "VIDEO");
    }

    @Test
    void sumsWeightTimesLevelOnAScaleUpTo111WithoutCategories() {
      assertThat(iid.scale()).isEqualTo(new Scale(BigDecimal.ZERO, BigDecimal.valueOf(111)));
      assertThat(iid.aggregation().method()).isEqualTo(Aggregation.Method.WEIGHTED_SUM);
      assertThat(iid.categories()).isEmpty();
      assertThat(iid.findCategory(BigDecimal.TEN)).isEmpty();
    }

    @Test
    void saysItsFiguresAreUnverified() {
      assertThat(iid.verified()).isFalse();
      assertThat(iid.source()).contains("[U1]", "unverified");
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0, KURANG", "54.99, KURANG", "55, CUKUP", "55.00, CUKUP", "69.999, CUKUP", "70, BAIK", "84.99, BAIK",
    "85, SANGAT_BAIK", "100, SANGAT_BAIK", "100.00, SANGAT_BAIK"
  })
  void findsTheCategoryOfAResultHalfOpenWithTheLastClosed(String score, String category) {
    assertThat(EvaluationSchemes.kippCriteria().findCategory(new BigDecimal(score)))
        .map(Category::code).contains(category);
  }

  @ParameterizedTest
  @CsvSource({"-0.01", "100.01"})
  void findsNoCategoryOffTheScale(String score) {
    assertThat(EvaluationSchemes.igaPresentation2023().findCategory(new BigDecimal(score))).isEmpty();
  }

  @Test
  void findsNoUnknownCriterion() {
    assertThat(EvaluationSchemes.kippCriteria().findCriterion("UNKNOWN")).isEmpty();
    assertThat(EvaluationSchemes.kippCriteria().findCriterion(null)).isEmpty();
  }

  @Test
  void keepsCategoriesInAscendingOrderWhateverTheDocumentOrder() {
    Map<String, Object> tree = scored();
    java.util.Collections.reverse(SchemeFixtures.listAt(tree, "categories"));

    EvaluationScheme reversed = parse(tree);

    assertThat(reversed.categories()).extracting(Category::code).containsExactly("LOW", "HIGH");
    assertThat(reversed).isEqualTo(parse(scored()));
  }

  @Test
  void hashesLabelsSoARenamedCriterionIsAnotherScheme() {
    Map<String, Object> tree = scored();
    at(tree, "criteria", 0, "label").put("en", "Renamed");

    EvaluationScheme renamed = parse(tree);

    assertThat(renamed).isNotEqualTo(parse(scored()));
    assertThat(renamed.hash()).isNotEqualTo(parse(scored()).hash());
  }

  @Test
  void writesCanonicalJsonWithSortedKeysAndNumbersAsWritten() {
    EvaluationScheme scheme = parse(scored());

    assertThat(scheme.toCanonicalJson()).startsWith("{\"aggregation\":{\"method\":\"WEIGHTED_MEAN\"")
        .contains("\"weight\":0.5").doesNotContain(" \"", "\n");
    assertThat(json(SchemeFixtures.tree(scheme.toCanonicalJson()))).isEqualTo(scheme.toCanonicalJson());
  }

  @Test
  void refusesAMissingResourceWithATypedError() {
    assertThatThrownBy(() -> EvaluationSchemes.fromResource("/id/labinov/core/evaluation/none.json"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("RESOURCE_NOT_FOUND");
          assertThat(e.rejectedValue()).isEqualTo("/id/labinov/core/evaluation/none.json");
        });
  }

  @Test
  void refusesNullArgumentsNamingThem() {
    assertThatThrownBy(() -> EvaluationSchemes.parse(null)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("json"));
    assertThatThrownBy(() -> EvaluationSchemes.read("x", null)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("in"));
    assertThatThrownBy(() -> EvaluationSchemes.fromResource(" ")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("resource"));
    assertThatThrownBy(() -> EvaluationSchemes.kippCriteria().findCategory(null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("score"));
  }

  @Test
  void refusesAnEmptyScaleRecord() {
    assertThatThrownBy(() -> new Scale(BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SCALE"));
  }
}
