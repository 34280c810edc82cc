package id.labinov.core.evaluationflow;

import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_BAPPEDA;
import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DINSOS;
import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DISDIK;
import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DISHUB;
import static id.labinov.core.evaluationflow.EvaluationFlow.IGA;
import static id.labinov.core.evaluationflow.EvaluationFlow.accepted;
import static id.labinov.core.evaluationflow.EvaluationFlow.igaAll;
import static id.labinov.core.evaluationflow.EvaluationFlow.says;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rulebook whose DISPLAY -> AWARDED transition needs at least 3 evaluators and a score of at least
 * 70 under the IGA 2023 presentation scheme: the facade must feed the latest round's evaluation
 * summary into the rule context, for {@code check} and for {@code advance} alike.
 */
class EvaluationGateTest {
  private static final String TO_AWARDED = "display-to-awarded";

  /** The shipped 5D rulebook plus a stage AWARDED after DISPLAY, gated by the IGA presentation score. */
  static Rulebook fiveDWithAward() {
    String json;
    try (InputStream in = Rulebooks.class.getResourceAsStream(Rulebooks.FIVE_D_RESOURCE)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) JsonTree.parse(json);
    root.put("id", "5d-iga-award");
    @SuppressWarnings("unchecked")
    List<Object> stages = (List<Object>) root.get("stages");
    stages.add(JsonTree.parse("""
        {"code": "AWARDED", "order": 6, "label": {"id": "Meraih penghargaan IGA", "en": "IGA award"}}"""));
    @SuppressWarnings("unchecked")
    List<Object> transitions = (List<Object>) root.get("transitions");
    transitions.add(JsonTree.parse("""
        {"id": "display-to-awarded", "kind": "ADVANCE", "from": ["DISPLAY"], "to": "AWARDED",
         "label": {"id": "Nyatakan meraih penghargaan", "en": "Declare awarded"},
         "rules": [
           {"type": "min-evaluators", "severity": "MUST", "params": {"scheme": "iga-presentation-2023", "count": 3}},
           {"type": "min-evaluation-score", "severity": "MUST",
            "params": {"scheme": "iga-presentation-2023", "min": 70}},
           {"type": "actor-role", "severity": "MUST", "params": {"anyOf": ["LAB_ADMIN"]}}
         ]}"""));
    return Rulebooks.parse(JsonTree.canonical(new LinkedHashMap<>(root)));
  }

  private static final int ROUND = 2024;

  private EvaluationFlow.Setup s;
  private Labinov lab;
  private InnovationRef ref;

  @BeforeEach
  void displayedUnderTheAwardRulebook() {
    s = EvaluationFlow.setup(b -> b.rulebook(fiveDWithAward()));
    lab = s.lab();
    ref = s.fx().inDisplay();
    assertThat(lab.innovations().rulebookOf(ref).id()).isEqualTo("5d-iga-award");
  }

  private void assertRefusedBoth(String... codes) {
    Verdict checked = lab.innovations().check(ref, LabFixture.ADMIN, TO_AWARDED);
    assertThat(checked.allowed()).as("check allowed").isFalse();
    assertThat(checked.codes()).containsExactly(codes);
    long version = s.fx().version(ref);
    CommandResult r = lab.innovations().advance(ref, LabFixture.ADMIN, "AWARDED", Options.none());
    assertThat(r.accepted()).as("advance accepted").isFalse();
    assertThat(r.verdict().codes()).containsExactly(codes);
    assertThat(s.fx().version(ref)).isEqualTo(version);
    assertThat(s.fx().state(ref).stage()).isEqualTo("DISPLAY");
  }

  @Test
  void isRefusedBeforeAnyoneScoredIt() {
    assertRefusedBoth("TOO_FEW_EVALUATORS", "NOT_EVALUATED");

    Verdict v = lab.innovations().check(ref, LabFixture.ADMIN, TO_AWARDED);
    says(v, "0 evaluator(s) scored under scheme iga-presentation-2023; at least 3 are needed.",
        "0 penilai memberi nilai dengan skema iga-presentation-2023; paling sedikit 3.");
    says(v, "The innovation has not been scored under scheme iga-presentation-2023.",
        "Inovasi belum dinilai dengan skema iga-presentation-2023.");
    says(lab.innovations().advance(ref, LabFixture.ADMIN, "AWARDED", Options.none()).verdict(),
        "Transition \"display-to-awarded\" is refused.", "Perpindahan \"display-to-awarded\" ditolak.");
  }

  @Test
  void isRefusedWithTwoEvaluatorsEvenWhenTheirScoreIsHighEnough() {
    accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("90")));
    accepted(lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND, igaAll("80")));

    assertRefusedBoth("TOO_FEW_EVALUATORS");
    says(lab.innovations().check(ref, LabFixture.ADMIN, TO_AWARDED),
        "2 evaluator(s) scored under scheme iga-presentation-2023; at least 3 are needed.",
        "2 penilai memberi nilai dengan skema iga-presentation-2023; paling sedikit 3.");
  }

  @Test
  void isRefusedWhenTheScoreIsTooLow() {
    accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("72")));
    accepted(lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND, igaAll("68")));
    accepted(lab.evaluations().submitScores(ref, EVAL_DISDIK, IGA, ROUND, igaAll("69.97")));
    // (72 + 68 + 69.97) / 3 = 69.99

    assertRefusedBoth("SCORE_TOO_LOW");
    says(lab.innovations().check(ref, LabFixture.ADMIN, TO_AWARDED),
        "The score under scheme iga-presentation-2023 is 69.99; at least 70 is needed.",
        "Nilai dengan skema iga-presentation-2023 adalah 69.99; paling sedikit 70.");
  }

  @Test
  void isAllowedAfterEnoughGoodScoresAndTheAdvanceIsRecorded() {
    accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("72")));
    accepted(lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND, igaAll("68")));
    accepted(lab.evaluations().submitScores(ref, EVAL_DISDIK, IGA, ROUND, igaAll("70")));
    // exactly 70.00: the minimum is inclusive

    Verdict checked = lab.innovations().check(ref, LabFixture.ADMIN, TO_AWARDED);
    assertThat(checked.allowed()).as(checked.describe(java.util.Locale.ENGLISH)).isTrue();
    says(checked, "Transition \"display-to-awarded\" is allowed.", "Perpindahan \"display-to-awarded\" diizinkan.");
    assertThat(lab.innovations().available(ref, LabFixture.ADMIN))
        .anySatisfy(a -> {
          assertThat(a.transition().id()).isEqualTo(TO_AWARDED);
          assertThat(a.verdict().allowed()).isTrue();
        });

    CommandResult r = lab.innovations().advance(ref, LabFixture.ADMIN, "AWARDED", Options.none());

    assertThat(r.accepted()).as(r.verdict().describe(java.util.Locale.ENGLISH)).isTrue();
    assertThat(r.events()).singleElement().isInstanceOf(StageAdvanced.class);
    assertThat(s.fx().state(ref).stage()).isEqualTo("AWARDED");
  }

  @Test
  void theRoleRuleStillAppliesOnceTheScoresAreEnough() {
    accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")));
    accepted(lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND, igaAll("80")));
    accepted(lab.evaluations().submitScores(ref, EVAL_DISDIK, IGA, ROUND, igaAll("80")));

    CommandResult r = lab.innovations().advance(ref, LabFixture.COACH, "AWARDED", Options.none());

    assertThat(r.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
  }

  @Test
  void onlyTheLatestRoundCounts() {
    // 2024: three good sheets -> would be allowed
    accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("90")));
    accepted(lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND, igaAll("90")));
    accepted(lab.evaluations().submitScores(ref, EVAL_DISDIK, IGA, ROUND, igaAll("90")));
    assertThat(lab.innovations().check(ref, LabFixture.ADMIN, TO_AWARDED).allowed()).isTrue();

    // 2025: the panel starts again; one low sheet so far
    s.fx().clock.advanceDays(365);
    accepted(lab.evaluations().submitScores(ref, EVAL_DINSOS, IGA, ROUND + 1, igaAll("50")));
    assertRefusedBoth("TOO_FEW_EVALUATORS", "SCORE_TOO_LOW");
    says(lab.innovations().check(ref, LabFixture.ADMIN, TO_AWARDED),
        "1 evaluator(s) scored under scheme iga-presentation-2023; at least 3 are needed.",
        "Nilai dengan skema iga-presentation-2023 adalah 50.00; paling sedikit 70.");

    // two more 2025 sheets lift the 2025 mean to (50 + 85 + 90) / 3 = 75.00
    accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND + 1, igaAll("85")));
    accepted(lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND + 1, igaAll("90")));
    assertThat(lab.evaluations().result(ref, IGA, ROUND + 1).orElseThrow().score()).isEqualByComparingTo("75");

    CommandResult r = lab.innovations().advance(ref, LabFixture.ADMIN, "AWARDED", Options.none());
    assertThat(r.accepted()).as(r.verdict().describe(java.util.Locale.ENGLISH)).isTrue();
  }

  @Test
  void scoresUnderAnotherSchemeDoNotCount() {
    accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, "kipp-criteria", ROUND, kipp("90")));
    accepted(lab.evaluations().submitScores(ref, EVAL_BAPPEDA, "kipp-criteria", ROUND, kipp("90")));
    accepted(lab.evaluations().submitScores(ref, EVAL_DISDIK, "kipp-criteria", ROUND, kipp("90")));

    assertRefusedBoth("TOO_FEW_EVALUATORS", "NOT_EVALUATED");
  }

  private Map<String, java.math.BigDecimal> kipp(String score) {
    Map<String, java.math.BigDecimal> m = new LinkedHashMap<>();
    lab.evaluations().scheme("kipp-criteria").criteria().forEach(c -> m.put(c.code(), new java.math.BigDecimal(score)));
    return m;
  }
}
