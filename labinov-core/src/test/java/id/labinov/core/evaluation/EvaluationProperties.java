package id.labinov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import id.labinov.core.internal.json.JsonTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EvaluationProperties {
  private static final List<EvaluationScheme> SHIPPED = List.of(EvaluationSchemes.kippCriteria(),
      EvaluationSchemes.igaPresentation2023(), EvaluationSchemes.iidInnovationIndicators());

  private static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  private static EvaluationScheme trimmingKipp() {
    Map<String, Object> tree = SchemeFixtures.tree(EvaluationSchemes.kippCriteria().toCanonicalJson());
    SchemeFixtures.at(tree, "aggregation").put("trimExtremes", true);
    return SchemeFixtures.parse(tree);
  }

  @Test
  void aggregationDoesNotDependOnTheOrderOfTheSheets() {
    EvaluationScheme plain = EvaluationSchemes.kippCriteria();
    EvaluationScheme trimming = trimmingKipp();

    qt().withExamples(300).forAll(EvaluationGens.kippSheets(), longs().all()).checkAssert((sheets, seed) -> {
      List<ScoreSheet> other = shuffled(sheets, seed);
      assertThat(plain.aggregate(other)).isEqualTo(plain.aggregate(sheets));
      assertThat(trimming.aggregate(other)).isEqualTo(trimming.aggregate(sheets));
    });
  }

  @Test
  void aggregationOfGeneratedSchemesDoesNotDependOnTheOrderOfTheSheets() {
    qt().withExamples(200).forAll(EvaluationGens.schemesWithSheets(), longs().all()).checkAssert((c, seed) ->
        assertThat(c.scheme().aggregate(shuffled(c.sheets(), seed))).isEqualTo(c.scheme().aggregate(c.sheets())));
  }

  @Test
  void weightedMeanResultsStayWithinTheScaleForScoresWithinIt() {
    qt().withExamples(300).forAll(EvaluationGens.schemesWithSheets()).checkAssert(c -> {
      EvaluationScheme scheme = c.scheme();
      for (ScoreSheet sheet : c.sheets()) {
        BigDecimal score = scheme.score(sheet);
        assertThat(scheme.scale().contains(score)).as("%s in %s", score, scheme.scale()).isTrue();
        assertThat(score.scale()).isEqualTo(scheme.resultScale());
        assertThat(scheme.findCategory(score).isPresent()).isEqualTo(!scheme.categories().isEmpty());
      }
      EvaluationResult result = scheme.aggregate(c.sheets());
      assertThat(scheme.scale().contains(result.score())).isTrue();
      assertThat(result.perCriterion().values()).allMatch(v -> scheme.scale().contains(v));
      assertThat(result.category() != null).isEqualTo(!scheme.categories().isEmpty());
    });
  }

  @Test
  void scoringAcceptsExactlyTheSheetsThatCheckAccepts() {
    EvaluationScheme kipp = EvaluationSchemes.kippCriteria();

    qt().withExamples(500).forAll(EvaluationGens.anyKippSheets()).checkAssert(sheet -> {
      if (kipp.check(sheet).isEmpty()) {
        assertThatCode(() -> kipp.score(sheet)).doesNotThrowAnyException();
      } else {
        try {
          kipp.score(sheet);
          fail("scored a sheet with violations " + kipp.check(sheet));
        } catch (InvalidScoreSheetException e) {
          assertThat(e.violations()).isEqualTo(kipp.check(sheet));
        }
      }
    });
  }

  @Test
  void ratingBandsCoverEveryScoreFromZeroToHundredExactlyOnceInEveryShippedYear() {
    for (int year : RatingBands.years()) {
      RatingBands bands = RatingBands.forYear(year);
      for (int cents = 0; cents <= 10_000; cents++) {
        BigDecimal index = BigDecimal.valueOf(cents, 2);
        List<Band> containing = bands.bands().stream()
            .filter(b -> index.compareTo(b.min()) >= 0
                && (b.max() == null ? index.compareTo(bands.scale().max()) <= 0 : index.compareTo(b.max()) < 0))
            .toList();
        assertThat(containing).as("bands of %d containing %s", year, index).hasSize(1);
        assertThat(bands.rate(index)).isEqualTo(containing.get(0));
      }
    }
  }

  @Test
  void canonicalJsonReadsBackToAnEqualSchemeWithTheSameHash() {
    for (EvaluationScheme s : SHIPPED) {
      assertRoundTrip(s);
    }
    qt().withExamples(200).forAll(EvaluationGens.weightedMeanSchemes()).checkAssert(EvaluationProperties::assertRoundTrip);
  }

  private static void assertRoundTrip(EvaluationScheme s) {
    EvaluationScheme back = EvaluationSchemes.parse(s.toCanonicalJson());
    assertThat(back).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(back.hash()).isEqualTo(s.hash());
    assertThat(back.toCanonicalJson()).isEqualTo(s.toCanonicalJson());
    assertThat(back.criteria()).isEqualTo(s.criteria());
    assertThat(back.categories()).isEqualTo(s.categories());
  }

  /** One change to a scheme document: to its tree (remove, replace, add) or to its text. */
  record Mutation(int scheme, int kind, int slot, int value, int position, int character) {}

  private static final List<Object> VALUES = List.of(JsonTree.NULL, Boolean.TRUE, "", "x", "NOVELTY",
      "WEIGHTED_SUM", "INDICATOR", new JsonTree.Num("-1"), new JsonTree.Num("0"), new JsonTree.Num("1"),
      new JsonTree.Num("0.5"), new JsonTree.Num("1e400"), new JsonTree.Num("99999999999999999999"),
      new JsonTree.Num("2024"), new JsonTree.Num("1000000000.5"), Map.of(), List.of(), List.of(Map.of()));
  private static final String CHARACTERS = "{}[],:\"0-.eZ \\";

  static Gen<Mutation> mutations() {
    return in -> new Mutation(integers().between(0, 3).generate(in), integers().between(0, 5).generate(in),
        integers().between(0, 10_000).generate(in), integers().between(0, VALUES.size() - 1).generate(in),
        integers().between(0, 100_000).generate(in), integers().between(0, CHARACTERS.length() - 1).generate(in));
  }

  private static final String GENERATED = SchemeFixtures.json(SchemeFixtures.indicator());

  @Test
  void mutatedSchemeJsonFailsOnlyWithAValidationException() {
    qt().withExamples(1_000).forAll(mutations()).checkAssert(m -> {
      String original = m.scheme() < SHIPPED.size() ? SHIPPED.get(m.scheme()).toCanonicalJson() : GENERATED;
      String json = mutate(original, m);
      try {
        EvaluationSchemes.parse(json);
      } catch (EvaluationSchemeValidationException e) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).isNotBlank();
      } catch (RuntimeException e) {
        throw new AssertionError("unexpected " + e + " for " + json, e);
      }
    });
  }

  private static String mutate(String json, Mutation m) {
    if (m.kind() == 5) {
      int at = m.position() % (json.length() + 1);
      return m.character() % 2 == 0 && at < json.length()
          ? json.substring(0, at) + json.substring(at + 1)
          : json.substring(0, at) + CHARACTERS.charAt(m.character()) + json.substring(at);
    }
    Map<String, Object> tree = SchemeFixtures.tree(json);
    List<Slot> slots = new ArrayList<>();
    collect(tree, slots);
    Slot slot = slots.get(m.slot() % slots.size());
    Object value = VALUES.get(m.value());
    switch (m.kind()) {
      case 0 -> slot.remove();
      case 1, 2 -> slot.set(value);
      case 3 -> slot.addSibling(value);
      default -> slot.set(slot.get() instanceof JsonTree.Num n ? new JsonTree.Num("-" + n.text()) : value);
    }
    return JsonTree.canonical(tree);
  }

  /** A place in the tree: a key of an object or an index of an array. */
  private record Slot(Object container, Object key) {
    @SuppressWarnings("unchecked")
    Object get() {
      return container instanceof Map<?, ?> map ? map.get(key) : ((List<Object>) container).get((Integer) key);
    }

    @SuppressWarnings("unchecked")
    void set(Object value) {
      if (container instanceof Map<?, ?>) {
        ((Map<String, Object>) container).put((String) key, value);
      } else {
        ((List<Object>) container).set((Integer) key, value);
      }
    }

    @SuppressWarnings("unchecked")
    void remove() {
      if (container instanceof Map<?, ?>) {
        ((Map<String, Object>) container).remove(key);
      } else {
        ((List<Object>) container).remove((int) (Integer) key);
      }
    }

    @SuppressWarnings("unchecked")
    void addSibling(Object value) {
      if (container instanceof Map<?, ?>) {
        ((Map<String, Object>) container).put("unexpected", value);
      } else {
        List<Object> list = (List<Object>) container;
        list.add(list.get((Integer) key));
      }
    }
  }

  private static void collect(Object node, List<Slot> out) {
    if (node instanceof Map<?, ?> map) {
      for (Object k : new ArrayList<>(map.keySet())) {
        out.add(new Slot(map, k));
        collect(map.get(k), out);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        out.add(new Slot(list, i));
        collect(list.get(i), out);
      }
    }
  }

  @Test
  void regionalIndexStaysWithinZeroToHundredAndIsRatedByItsBands() {
    Gen<List<Map<String, Integer>>> innovations = lists().of(EvaluationGens.indicatorLevels()).ofSizeBetween(0, 25);
    Gen<BigDecimal> spd = integers().between(0, 6_300).map(i -> BigDecimal.valueOf(i, 2));
    Gen<BigDecimal> count = integers().between(0, 7_600).map(i -> BigDecimal.valueOf(i, 2));

    qt().withExamples(300).forAll(innovations, spd, count, integers().between(0, 1)).checkAssert((levels, s, c, y) -> {
      RatingBands bands = RatingBands.forYear(RatingBands.years().get(y));
      RegionalIndexEstimate e = RegionalIndex.estimate(bands.year(), levels, s, c, bands);
      assertThat(e.index()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
      assertThat(e.index().scale()).isEqualTo(2);
      assertThat(e.innovations()).isEqualTo(levels.size());
      assertThat(e.rating()).isEqualTo(bands.rate(e.index()));
      assertThat(e.sidInnovations()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(111));
    });
  }

  @Test
  void anotherInnovationNeverLowersTheIndexBelowTenInnovations() {
    Gen<List<Map<String, Integer>>> innovations = lists().of(EvaluationGens.indicatorLevels()).ofSizeBetween(0, 9);
    RatingBands bands = RatingBands.forYear(2023);

    qt().withExamples(200).forAll(innovations, EvaluationGens.indicatorLevels()).checkAssert((levels, extra) -> {
      List<Map<String, Integer>> more = new ArrayList<>(levels);
      more.add(new LinkedHashMap<>(extra));
      BigDecimal before = RegionalIndex.estimate(2023, levels, BigDecimal.TEN, BigDecimal.TEN, bands).index();
      BigDecimal after = RegionalIndex.estimate(2023, more, BigDecimal.TEN, BigDecimal.TEN, bands).index();
      assertThat(after).isGreaterThanOrEqualTo(before);
    });
  }
}
