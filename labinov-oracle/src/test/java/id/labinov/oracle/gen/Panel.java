package id.labinov.oracle.gen;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.SchemeKind;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.Actor;
import id.labinov.core.model.PersonId;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.fold.Folded;
import id.labinov.oracle.world.World;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The evaluation panel of a generated year: sheets submitted through the facade, and sheets written straight to the store. */
final class Panel {
  private final World world;
  private final Coverage coverage;
  /** Innovation, scheme, round and evaluator of every sheet stored. */
  private final Set<String> scored = new HashSet<>();
  private final List<Refused> refused = new ArrayList<>();
  private int rawSheets;

  Panel(World world, Coverage coverage) {
    this.world = world;
    this.coverage = coverage;
  }

  /** Scores that fit the scheme, from a seed: 40-100 (halves too) or levels 0-3; an optional criterion sometimes left out. */
  private static Map<String, BigDecimal> sheet(EvaluationScheme scheme, int seed) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    int x = seed;
    for (Criterion c : scheme.criteria()) {
      x = x * 31 + 17;
      int r = Math.floorMod(x, 1000);
      if (!c.mandatory() && r % 3 == 0) {
        continue;
      }
      out.put(c.code(), scheme.kind() == SchemeKind.INDICATOR ? BigDecimal.valueOf(r % (c.levels().size() + 1))
          : r % 4 == 0 ? BigDecimal.valueOf(40 + r % 61).add(new BigDecimal("0.5")).min(BigDecimal.valueOf(100))
          : BigDecimal.valueOf(40 + r % 61));
    }
    return out;
  }

  /**
   * Submits a sheet through the facade and checks the decision against the oracle's prediction: a
   * conflict of interest when the evaluator's OPD is the innovation's current one, or the evaluator
   * proposed it, edited it, attached its evidence or is on its team; a second sheet in the round.
   */
  void score(InnovationRef ref, Folded f, Step.Score s, Diffs diffs) {
    EvaluationScheme scheme = Cast.SCHEMES.get(s.scheme());
    int round = Cast.ROUNDS.get(s.round());
    Actor evaluator = Cast.evaluator(ref.region(), s.evaluator());
    Set<String> expected = new TreeSet<>();
    if (evaluator.opd() != null && evaluator.opd().equals(f.opd())) {
      expected.add("CONFLICT_OF_INTEREST_OPD");
    }
    if (f.contributors().contains(evaluator.personId())) {
      expected.add("CONFLICT_OF_INTEREST_INNOVATOR");
    }
    String key = ref + "|" + scheme.id() + "|" + round + "|" + evaluator.personId().value();
    if (scored.contains(key)) {
      expected.add("ALREADY_SCORED");
    }
    EvaluationDecision<ScoreEntry> d = world.lab().evaluations().submitScores(ref, evaluator, scheme.id(), round, sheet(scheme, s.value()));
    Set<String> actual = new TreeSet<>(d.verdict().codes());
    diffs.on("score-sheets", "submitScores " + evaluator.personId() + " on " + ref + " " + scheme.id() + " " + round)
        .eq("decision", null, "refusal codes", expected, actual);
    if (d.accepted()) {
      scored.add(key);
      coverage.saw("sheet accepted");
    } else {
      actual.forEach(code -> coverage.saw("sheet refused " + code));
      refused.add(new Refused(ref, scheme.id(), round));
    }
  }

  /**
   * Returns how many sheets the facade refused for a scheme and round on the given innovations (what a
   * refusal log must have recorded).
   */
  long refused(java.util.Set<InnovationRef> covered, String schemeId, int round) {
    return refused.stream().filter(r -> covered.contains(r.ref()) && r.schemeId().equals(schemeId)
        && r.round() == round).count();
  }

  /** A sheet the facade refused. */
  private record Refused(InnovationRef ref, String schemeId, int round) {}

  /** Writes a sheet straight into the evaluation store, as an import or an older system would. */
  void raw(InnovationRef ref, Step.Raw r) {
    EvaluationScheme scheme = Cast.SCHEMES.get(r.scheme());
    int round = Cast.ROUNDS.get(r.round());
    PersonId evaluator = Cast.evaluator(ref.region(), r.evaluator()).personId();
    Map<String, BigDecimal> scores = sheet(scheme, r.value());
    String first = scheme.criteria().get(0).code();
    switch (r.kind()) {
      case OFF_SCALE -> scores.put(first, scheme.kind() == SchemeKind.INDICATOR ? BigDecimal.valueOf(7)
          : new BigDecimal("150"));
      case UNKNOWN_CRITERION -> scores.put("BONUS", BigDecimal.valueOf(50));
      case MANDATORY_MISSING -> scores.remove(first);
      default -> { }
    }
    int version = r.kind() == Step.RawSheet.OTHER_VERSION ? scheme.version() + 1 : scheme.version();
    long sequence = world.evaluations().scores(ref, scheme.id()).size() + 1L;
    world.evaluations().appendScore(new ScoreEntry(new UUID(0x4f7261636c65L, ++rawSheets), ref, scheme.id(), version, round,
        evaluator, scores, world.clock().instant(), sequence));
    scored.add(ref + "|" + scheme.id() + "|" + round + "|" + evaluator.value());
    coverage.saw("raw sheet " + r.kind());
  }

}
