package id.labinov.core.evaluation;

import static id.labinov.core.evaluation.SchemeFixtures.at;
import static id.labinov.core.evaluation.SchemeFixtures.criterion;
import static id.labinov.core.evaluation.SchemeFixtures.indicator;
import static id.labinov.core.evaluation.SchemeFixtures.json;
import static id.labinov.core.evaluation.SchemeFixtures.list;
import static id.labinov.core.evaluation.SchemeFixtures.listAt;
import static id.labinov.core.evaluation.SchemeFixtures.num;
import static id.labinov.core.evaluation.SchemeFixtures.range;
import static id.labinov.core.evaluation.SchemeFixtures.scored;
import static id.labinov.core.evaluation.SchemeFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.json.JsonTree;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every problem the scheme reader reports, each at its JSON path. */
class EvaluationSchemeValidationTest {

  private static Arguments scoredCase(String name, Consumer<Map<String, Object>> change, String path, String code) {
    return Arguments.of(name, (Supplier<String>) () -> {
      Map<String, Object> tree = scored();
      change.accept(tree);
      return json(tree);
    }, path, code);
  }

  private static Arguments indicatorCase(String name, Consumer<Map<String, Object>> change, String path, String code) {
    return Arguments.of(name, (Supplier<String>) () -> {
      Map<String, Object> tree = indicator();
      change.accept(tree);
      return json(tree);
    }, path, code);
  }

  private static Arguments textCase(String name, String text, String path, String code) {
    return Arguments.of(name, (Supplier<String>) () -> text, path, code);
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        textCase("malformed JSON", "{\"id\": ", "$", "JSON_SYNTAX"),
        textCase("duplicate key", "{\"id\": \"a\", \"id\": \"b\"}", "$", "JSON_SYNTAX"),
        textCase("not an object", "[]", "$", "WRONG_TYPE"),
        scoredCase("unknown property", t -> t.put("weights", "x"), "$.weights", "UNKNOWN_PROPERTY"),
        scoredCase("missing id", t -> t.remove("id"), "$.id", "MISSING"),
        scoredCase("null id", t -> t.put("id", JsonTree.NULL), "$.id", "MISSING"),
        scoredCase("other format", t -> t.put("format", "labinov-evaluation-scheme/2"), "$.format", "UNSUPPORTED_FORMAT"),
        scoredCase("id with spaces", t -> t.put("id", "My Scheme"), "$.id", "BAD_FORMAT"),
        scoredCase("id not text", t -> t.put("id", num("7")), "$.id", "WRONG_TYPE"),
        scoredCase("version 0", t -> t.put("version", num("0")), "$.version", "WRONG_TYPE"),
        scoredCase("fractional version", t -> t.put("version", num("1.5")), "$.version", "WRONG_TYPE"),
        scoredCase("year 1999", t -> t.put("year", num("1999")), "$.year", "WRONG_TYPE"),
        scoredCase("name without English", t -> at(t, "name").remove("en"), "$.name.en", "MISSING"),
        scoredCase("name as text", t -> t.put("name", "Skema"), "$.name", "WRONG_TYPE"),
        scoredCase("unknown kind", t -> t.put("kind", "RANKED"), "$.kind", "UNKNOWN_VALUE"),
        scoredCase("scale bound as text", t -> at(t, "scale").put("min", "0"), "$.scale.min", "WRONG_TYPE"),
        scoredCase("scale bound with exponent", t -> at(t, "scale").put("max", num("1e1")), "$.scale.max", "BAD_NUMBER"),
        scoredCase("scale bound too precise", t -> at(t, "scale").put("max", num("10.00000000001")), "$.scale.max",
            "BAD_NUMBER"),
        scoredCase("unknown scale property", t -> at(t, "scale").put("step", num("1")), "$.scale.step",
            "UNKNOWN_PROPERTY"),
        scoredCase("empty scale", t -> at(t, "scale").put("max", num("0")), "$.scale.max", "SCALE_EMPTY"),
        scoredCase("scale finer than results", t -> at(t, "scale").put("max", num("10.005")), "$.scale.max",
            "SCALE_PRECISION"),
        scoredCase("resultScale 11", t -> t.put("resultScale", num("11")), "$.resultScale", "WRONG_TYPE"),
        scoredCase("unknown method", t -> at(t, "aggregation").put("method", "MEDIAN"), "$.aggregation.method",
            "UNKNOWN_VALUE"),
        scoredCase("trim not boolean", t -> at(t, "aggregation").put("trimExtremes", "yes"),
            "$.aggregation.trimExtremes", "WRONG_TYPE"),
        scoredCase("weighted sum of scores", t -> at(t, "aggregation").put("method", "WEIGHTED_SUM"),
            "$.aggregation.method", "AGGREGATION_NOT_ALLOWED"),
        scoredCase("verified missing", t -> t.remove("verified"), "$.verified", "MISSING"),
        scoredCase("blank source", t -> t.put("source", " "), "$.source", "WRONG_TYPE"),
        scoredCase("no criteria", t -> t.put("criteria", list()), "$.criteria", "EMPTY"),
        scoredCase("criteria not an array", t -> t.put("criteria", "A"), "$.criteria", "WRONG_TYPE"),
        scoredCase("criterion not an object", t -> listAt(t, "criteria").set(1, "B"), "$.criteria[1]", "WRONG_TYPE"),
        scoredCase("unknown criterion property", t -> at(t, "criteria", 0).put("note", "x"), "$.criteria[0].note",
            "UNKNOWN_PROPERTY"),
        scoredCase("lower-case code", t -> at(t, "criteria", 0).put("code", "a"), "$.criteria[0].code", "BAD_FORMAT"),
        scoredCase("duplicate code", t -> at(t, "criteria", 1).put("code", "A"), "$.criteria[1].code", "DUPLICATE"),
        scoredCase("mandatory missing", t -> at(t, "criteria", 0).remove("mandatory"), "$.criteria[0].mandatory",
            "MISSING"),
        scoredCase("zero weight", t -> at(t, "criteria", 0).put("weight", num("0")), "$.criteria[0].weight",
            "WEIGHT_NOT_POSITIVE"),
        scoredCase("negative weight", t -> at(t, "criteria", 1).put("weight", num("-0.5")), "$.criteria[1].weight",
            "WEIGHT_NOT_POSITIVE"),
        scoredCase("weights summing to 0.9", t -> at(t, "criteria", 1).put("weight", num("0.4")), "$.criteria",
            "WEIGHTS_NOT_ONE"),
        scoredCase("weights summing to 1.01", t -> at(t, "criteria", 1).put("weight", num("0.51")), "$.criteria",
            "WEIGHTS_NOT_ONE"),
        scoredCase("levels on a scored criterion", t -> at(t, "criteria", 0).put("levels", list(text("a", "b"))),
            "$.criteria[0].levels", "NOT_ALLOWED"),
        indicatorCase("indicator without levels", t -> at(t, "criteria", 1).remove("levels"), "$.criteria[1].levels",
            "MISSING"),
        indicatorCase("level not a text", t -> SchemeFixtures.listAt(at(t, "criteria", 0), "levels").set(1,
            JsonTree.NULL), "$.criteria[0].levels[1]", "WRONG_TYPE"),
        indicatorCase("level without Indonesian", t -> at(t, "criteria", 0, "levels", 2).remove("id"),
            "$.criteria[0].levels[2].id", "MISSING"),
        indicatorCase("eleven levels", t -> at(t, "criteria", 1).put("levels", java.util.Collections.nCopies(11,
            text("a", "b"))), "$.criteria[1].levels", "TOO_MANY_LEVELS"),
        indicatorCase("indicator scale from 1", t -> at(t, "scale").put("min", num("1")), "$.scale.min",
            "SCALE_MISMATCH"),
        indicatorCase("indicator scale maximum not the sum", t -> at(t, "scale").put("max", num("10")), "$.scale.max",
            "SCALE_MISMATCH"),
        scoredCase("categories not from the minimum", t -> at(t, "categories", 0).put("min", num("1")),
            "$.categories[0].min", "RANGE_START"),
        scoredCase("overlapping categories", t -> at(t, "categories", 1).put("min", num("4.99")),
            "$.categories[1].min", "RANGE_OVERLAP"),
        scoredCase("gap between categories", t -> at(t, "categories", 1).put("min", num("5.01")),
            "$.categories[1].min", "RANGE_GAP"),
        scoredCase("last category closed", t -> at(t, "categories", 1).put("max", num("10")), "$.categories[1].max",
            "RANGE_END"),
        scoredCase("open category before the last", t -> at(t, "categories", 0).remove("max"), "$.categories[0].max",
            "MISSING"),
        scoredCase("empty category", t -> listAt(t, "categories").add(1, range("MID", "5", "5")),
            "$.categories[1].max", "RANGE_EMPTY"),
        scoredCase("category below the scale", t -> at(t, "categories", 0).put("min", num("-1")),
            "$.categories[0].min", "OUT_OF_SCALE"),
        scoredCase("category beyond the scale", t -> {
          at(t, "categories", 1).put("max", num("11"));
          listAt(t, "categories").add(range("TOP", "11", null));
        }, "$.categories[1].max", "OUT_OF_SCALE"),
        scoredCase("duplicate category code", t -> at(t, "categories", 1).put("code", "LOW"), "$.categories[1].code",
            "DUPLICATE"),
        scoredCase("category without label", t -> at(t, "categories", 1).remove("label"), "$.categories[1].label",
            "MISSING"),
        scoredCase("category bound with exponent", t -> at(t, "categories", 1).put("min", num("5E0")),
            "$.categories[1].min", "BAD_NUMBER"));
  }

  @ParameterizedTest(name = "{0}: {3} at {2}")
  @MethodSource("problems")
  void reportsTheProblemAtItsPath(String name, Supplier<String> json, String path, String code) {
    EvaluationSchemeValidationException e =
        catchThrowableOfType(() -> EvaluationSchemes.parse(json.get()), EvaluationSchemeValidationException.class);

    assertThat(e).as(name).isNotNull();
    assertThat(e.code()).isEqualTo("INVALID_EVALUATION_SCHEME");
    assertThat(e.problems()).extracting(p -> p.code() + " at " + p.path()).contains(code + " at " + path);
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(Messages.isDefined(p.messageKey())).as(p.messageKey()).isTrue();
      assertThat(p.message(Locale.ENGLISH)).startsWith(p.path() + ": ");
      assertThat(p.message(Messages.INDONESIAN)).isNotEqualTo(p.message(Locale.ENGLISH));
    });
  }

  @Test
  void listsEveryProblemOfADocumentAtOnce() {
    Map<String, Object> tree = scored();
    tree.put("id", "Bad Id");
    at(tree, "criteria", 0).put("weight", num("0"));
    at(tree, "criteria", 1).put("code", "A");
    at(tree, "categories", 1).put("min", num("6"));
    tree.put("extra", true);

    EvaluationSchemeValidationException e = catchThrowableOfType(() -> EvaluationSchemes.parse(json(tree)),
        EvaluationSchemeValidationException.class);

    assertThat(e.problems()).extracting(SchemeProblem::path)
        .containsExactlyInAnyOrder("$.extra", "$.id", "$.criteria[0].weight", "$.criteria[1].code",
            "$.categories[1].min");
  }

  @Test
  void explainsTheProblemsInBothLanguages() {
    Map<String, Object> tree = scored();
    at(tree, "criteria", 1).put("weight", num("0.4"));

    EvaluationSchemeValidationException e = catchThrowableOfType(() -> EvaluationSchemes.parse(json(tree)),
        EvaluationSchemeValidationException.class);

    assertThat(e.getMessage()).isEqualTo("Evaluation data evaluation scheme has 1 problem(s); fix each and load again:"
        + "\n  - $.criteria: the weights of a WEIGHTED_MEAN scheme must sum to exactly 1, but they sum to 0.9");
    assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo(
        "Data penilaian evaluation scheme memiliki 1 masalah; perbaiki semuanya lalu muat ulang:"
            + "\n  - $.criteria: bobot skema WEIGHTED_MEAN harus berjumlah tepat 1, tetapi jumlahnya 0.9");
  }

  @Test
  void namesTheSourceOfAStream() {
    assertThatThrownBy(() -> EvaluationSchemes.read("lebak-2024.json",
        new java.io.ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOf(EvaluationSchemeValidationException.class).hasMessageContaining("lebak-2024.json");
  }

  @Test
  void acceptsAnIndicatorSchemeWithWeightedMeanWhenItsScaleIsTheMeanOfTopLevels() {
    Map<String, Object> tree = indicator();
    at(tree, "aggregation").put("method", "WEIGHTED_MEAN");
    at(tree, "criteria", 0).put("weight", num("0.75"));
    at(tree, "criteria", 1).put("weight", num("0.25"));
    at(tree, "scale").put("max", num("3"));

    assertThat(SchemeFixtures.parse(tree).scale().max()).isEqualByComparingTo("3");
  }

  @Test
  void acceptsFourCategoriesInAnyDocumentOrder() {
    Map<String, Object> tree = scored();
    tree.put("categories", list(range("D", "7.5", null), range("A", "0", "2.5"), range("C", "5", "7.5"),
        range("B", "2.5", "5")));

    assertThat(SchemeFixtures.parse(tree).categories()).extracting(Category::code).containsExactly("A", "B", "C", "D");
  }

  @Test
  void acceptsNoCategories() {
    Map<String, Object> tree = scored();
    tree.remove("categories");

    assertThat(SchemeFixtures.parse(tree).categories()).isEmpty();
  }

  @Test
  void keepsTheCriteriaInDocumentOrder() {
    Map<String, Object> tree = scored();
    listAt(tree, "criteria").add(0, criterion("Z", "0.5", null));
    listAt(tree, "criteria").remove(2);

    assertThat(SchemeFixtures.parse(tree).criteria()).extracting(Criterion::code).isEqualTo(List.of("Z", "A"));
  }
}
