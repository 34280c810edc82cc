package id.labinov.core.evaluationflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.i18n.Messages;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Verdict;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Shared data for the evaluation-flow tests: a facade with an in-memory evaluation store (built on
 * {@link LabFixture}), evaluators from OPDs other than the innovation's (DINKES), and IGA 2023
 * presentation sheets.
 */
final class EvaluationFlow {
  static final String IGA = "iga-presentation-2023";
  static final String IID = "iid-innovation-indicators";

  /** Evaluators from three OPDs other than DINKES, and one without an OPD. */
  static final Actor EVAL_DISHUB = Actor.of("penilai-dishub-01", "DISHUB", Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
  static final Actor EVAL_BAPPEDA = Actor.of("penilai-bappeda-02", "BAPPEDA", Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
  static final Actor EVAL_DISDIK = Actor.of("penilai-disdik-03", "DISDIK", Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
  static final Actor EVAL_DINSOS = Actor.of("penilai-dinsos-04", "DINSOS", Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));

  private EvaluationFlow() {}

  /** A fixture whose facade has an evaluation store. */
  static Setup setup() {
    return setup(b -> b);
  }

  /** A fixture whose facade has an evaluation store, changed further by {@code more}. */
  static Setup setup(UnaryOperator<Labinov.Builder> more) {
    InMemoryEvaluationStore evaluations = new InMemoryEvaluationStore();
    LabFixture fx = LabFixture.create(b -> more.apply(b.evaluationStore(evaluations)));
    return new Setup(fx, evaluations);
  }

  record Setup(LabFixture fx, InMemoryEvaluationStore evaluations) {
    Labinov lab() {
      return fx.lab;
    }
  }

  /** An IGA 2023 presentation sheet: novelty, benefit, authority/collaboration, replicability, mastery. */
  static Map<String, BigDecimal> iga(String novelty, String benefit, String authority, String replicability,
      String mastery) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("NOVELTY", new BigDecimal(novelty));
    m.put("BENEFIT", new BigDecimal(benefit));
    m.put("AUTHORITY_COLLABORATION", new BigDecimal(authority));
    m.put("REPLICABILITY", new BigDecimal(replicability));
    m.put("MASTERY", new BigDecimal(mastery));
    return m;
  }

  /** The same score for all five IGA criteria. */
  static Map<String, BigDecimal> igaAll(String score) {
    return iga(score, score, score, score, score);
  }

  /** IID indicator levels from alternating code / level pairs. */
  static Map<String, BigDecimal> levels(Object... codeLevel) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < codeLevel.length; i += 2) {
      m.put((String) codeLevel[i], BigDecimal.valueOf((Integer) codeLevel[i + 1]));
    }
    return m;
  }

  /** Asserts an accepted evaluation decision and returns it. */
  static <E> EvaluationDecision<E> accepted(EvaluationDecision<E> d) {
    assertThat(d.accepted()).as("accepted:\n%s", d.verdict().describe(Locale.ENGLISH)).isTrue();
    assertThat(d.verdict().violations()).isEmpty();
    assertThat(d).isInstanceOf(EvaluationDecision.Accepted.class);
    assertThat(d.findEntry()).isPresent();
    return d;
  }

  /** Asserts a refusal with nothing appended, and the exact codes in order. */
  static void refusedWith(EvaluationDecision<?> d, String... codes) {
    assertThat(d.accepted()).as("accepted").isFalse();
    assertThat(d).isInstanceOf(EvaluationDecision.Refused.class);
    assertThat(d.findEntry()).as("entry of a refusal").isEmpty();
    assertThat(d.verdict().codes()).containsExactly(codes);
  }

  /** Asserts the verdict describes {@code english} and {@code indonesian}. */
  static void says(Verdict v, String english, String indonesian) {
    assertThat(v.describe(Locale.ENGLISH)).as("English").contains(english);
    assertThat(v.describe(Messages.INDONESIAN)).as("Indonesian").contains(indonesian);
  }
}
