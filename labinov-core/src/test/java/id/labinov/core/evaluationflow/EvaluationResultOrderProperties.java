package id.labinov.core.evaluationflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.EvaluationResult;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.evaluation.ScoreSheet;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The facade's evaluation result does not depend on the order in which evaluators submitted their
 * sheets: the same sheets submitted in two orders to two innovations give equal results.
 */
class EvaluationResultOrderProperties {
  private static final int ROUND = 2024;
  private static final String IGA = EvaluationFlow.IGA;
  private static final String TRIMMED = "panel-trimmed";
  private static final List<String> IGA_CODES =
      List.of("NOVELTY", "BENEFIT", "AUTHORITY_COLLABORATION", "REPLICABILITY", "MASTERY");

  /** A registered scheme that drops the highest and the lowest sheet (ties broken by evaluator id). */
  private static final EvaluationScheme PANEL_TRIMMED = EvaluationSchemes.parse("""
      {"format": "labinov-evaluation-scheme/1", "id": "panel-trimmed", "version": 1, "year": 2024,
       "name": {"id": "Panel dengan pemangkasan", "en": "Trimmed panel"},
       "kind": "SCORED", "scale": {"min": 0, "max": 10},
       "aggregation": {"method": "WEIGHTED_MEAN", "trimExtremes": true},
       "resultScale": 2, "verified": false, "source": "test data [I]",
       "criteria": [
         {"code": "A", "label": {"id": "Kriteria A", "en": "Criterion A"}, "weight": 0.7, "mandatory": true},
         {"code": "B", "label": {"id": "Kriteria B", "en": "Criterion B"}, "weight": 0.3, "mandatory": false}
       ],
       "categories": []}""");

  private static Labinov lab;

  @BeforeAll
  static void facade() {
    lab = EvaluationFlow.setup(b -> b.evaluationScheme(PANEL_TRIMMED)).lab();
  }

  /** A score on 0-100: coarse values (many ties) mixed with values of two decimals. */
  private static Gen<BigDecimal> igaScore() {
    Gen<BigDecimal> coarse = integers().between(0, 10).map(i -> BigDecimal.valueOf(i * 10L));
    Gen<BigDecimal> fine = integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 2));
    return coarse.mix(fine);
  }

  private static Gen<Map<String, BigDecimal>> igaSheet() {
    Gen<BigDecimal> s = igaScore();
    return s.zip(s, s, s, s, (a, b, c, d, e) -> {
      Map<String, BigDecimal> m = new LinkedHashMap<>();
      List<BigDecimal> values = List.of(a, b, c, d, e);
      for (int i = 0; i < IGA_CODES.size(); i++) {
        m.put(IGA_CODES.get(i), values.get(i));
      }
      return m;
    });
  }

  /** A sheet of the trimmed panel: A always, B sometimes left out (counts as 0). */
  private static Gen<Map<String, BigDecimal>> trimmedSheet() {
    Gen<BigDecimal> score = integers().between(0, 10).map(i -> BigDecimal.valueOf(i.longValue()))
        .mix(integers().between(0, 1000).map(i -> BigDecimal.valueOf(i, 2)));
    return score.zip(score.toOptionals(30), (a, b) -> {
      Map<String, BigDecimal> m = new LinkedHashMap<>();
      m.put("A", a);
      b.ifPresent(x -> m.put("B", x));
      return m;
    });
  }

  /** Evaluator i of a list: distinct people from OPDs other than the innovations' DINKES. */
  private static Actor evaluator(int i) {
    return Actor.of("penilai-" + i, i % 2 == 0 ? "DISHUB" : "BAPPEDA", Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
  }

  private static InnovationRef submitInOrder(String scheme, List<Map<String, BigDecimal>> sheets, List<Integer> order) {
    InnovationRef ref = lab.innovations().propose(LabFixture.LEBAK, LabFixture.INNOVATOR, LabFixture.details()).orThrow().ref();
    for (int i : order) {
      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, evaluator(i), scheme, ROUND, sheets.get(i));
      assertThat(d.accepted()).as(d.verdict().describe(Locale.ENGLISH)).isTrue();
    }
    return ref;
  }

  private static void checkOrderIndependence(String scheme, List<Map<String, BigDecimal>> sheets, long seed) {
    List<Integer> given = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      given.add(i);
    }
    List<Integer> shuffled = new ArrayList<>(given);
    Collections.shuffle(shuffled, new Random(seed));
    List<Integer> reversed = new ArrayList<>(given);
    Collections.reverse(reversed);

    EvaluationResult first = lab.evaluations().result(submitInOrder(scheme, sheets, given), scheme, ROUND).orElseThrow();
    EvaluationResult second = lab.evaluations().result(submitInOrder(scheme, sheets, shuffled), scheme, ROUND)
        .orElseThrow();
    EvaluationResult third = lab.evaluations().result(submitInOrder(scheme, sheets, reversed), scheme, ROUND)
        .orElseThrow();

    assertThat(second).isEqualTo(first);
    assertThat(third).isEqualTo(first);
    assertThat(first.evaluatorCount()).isEqualTo(sheets.size());
    // and it is the scheme's aggregate of exactly these sheets
    List<ScoreSheet> direct = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      direct.add(ScoreSheet.of(evaluator(i).personId(), sheets.get(i)));
    }
    assertThat(first).isEqualTo(lab.evaluations().scheme(scheme).aggregate(direct));
  }

  @Test
  void igaResultDoesNotDependOnTheOrderOfSubmission() {
    qt().withExamples(60).forAll(lists().of(igaSheet()).ofSizeBetween(1, 7), longs().all())
        .checkAssert((sheets, seed) -> checkOrderIndependence(IGA, sheets, seed));
  }

  @Test
  void trimmedResultDoesNotDependOnTheOrderOfSubmission() {
    qt().withExamples(60).forAll(lists().of(trimmedSheet()).ofSizeBetween(1, 7), longs().all())
        .checkAssert((sheets, seed) -> checkOrderIndependence(TRIMMED, sheets, seed));
  }
}
