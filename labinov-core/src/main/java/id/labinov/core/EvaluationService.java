package id.labinov.core;


import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Refusal;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationDecider;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.EvaluationResult;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.evaluation.ScoreSheet;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.InnovationStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Evaluation after the lab: juries' score sheets per scheme and round, monitoring (monev) entries,
 * and the regional index estimate. Scores and monitoring live in their own streams keyed by
 * innovation, so evaluators never conflict with each other or with the innovator. A refused score
 * sheet or monitoring entry (by the authorisation step or by the evaluation rules: a conflict of
 * interest, a role, a sheet that does not fit its scheme) is recorded with the refusal sink and log
 * ({@code Refusal.Kind.EVALUATION}, command {@code SubmitScores} or {@code RecordMonitoring}; a score
 * sheet's subject is {@code scheme:<schemeId>:<round>}). Obtained from {@link Labinov#evaluations()};
 * thread-safe.
 */
public final class EvaluationService {
  /** The command names the refusal log records. */
  private static final String SUBMIT_SCORES = "SubmitScores";
  private static final String RECORD_MONITORING = "RecordMonitoring";

  private final CommandPipeline pipeline;
  private final InnovationStore store;
  private final EvaluationStore evaluations;
  private final RulebookResolver rulebooks;
  private final Map<String, EvaluationScheme> schemes;

  EvaluationService(CommandPipeline pipeline, InnovationStore store, EvaluationStore evaluations,
      RulebookResolver rulebooks, Map<String, EvaluationScheme> schemes) {
    this.pipeline = pipeline;
    this.store = store;
    this.evaluations = evaluations;
    this.rulebooks = rulebooks;
    this.schemes = Map.copyOf(schemes);
  }

  private EvaluationStore evaluationStore() {
    if (evaluations == null) {
      throw new InvalidValueException("MISSING_SETTING", "evaluationStore", null, "error.setting.evaluationStore");
    }
    return evaluations;
  }

  private InnovationState get(InnovationRef ref) {
    return store.load(ref).orElseThrow(() -> new NoSuchInnovationException(ref));
  }

  /**
   * Returns a registered evaluation scheme.
   *
   * @param schemeId the scheme id
   * @return the scheme
   * @throws InvalidValueException with code {@code UNKNOWN_SCHEME} listing the registered ones
   */
  public EvaluationScheme scheme(String schemeId) {
    Checks.notBlank(schemeId, "schemeId");
    EvaluationScheme s = schemes.get(schemeId);
    if (s == null) {
      throw new InvalidValueException("UNKNOWN_SCHEME", "schemeId", schemeId, "error.unknownScheme",
          String.join(", ", new TreeSet<>(schemes.keySet())));
    }
    return s;
  }

  /**
   * Records one evaluator's scores for an innovation under a scheme in a round, in the evaluation's
   * own stream (never the innovation's). Refused on a conflict of interest, a second sheet in the
   * same round, or a sheet that does not fit the scheme (see {@link EvaluationDecider}).
   *
   * @param ref the innovation
   * @param evaluator the evaluator
   * @param schemeId a registered scheme
   * @param round the round (the year)
   * @param scores score or level per criterion code
   * @return the decision, with the appended {@link ScoreEntry} when accepted
   */
  public EvaluationDecision<ScoreEntry> submitScores(InnovationRef ref, Actor evaluator, String schemeId, int round,
      Map<String, BigDecimal> scores) {
    Checks.notNull(ref, "ref");
    Checks.notNull(evaluator, "evaluator");
    Checks.notNull(scores, "scores");
    checkRound(round);
    EvaluationScheme scheme = scheme(schemeId);
    EvaluationStore target = evaluationStore();
    String subject = Refusal.subjectOfScoreSheet(scheme.id(), round);
    Verdict denied = pipeline.authoriseRegion(evaluator, ref.region(), "score");
    if (denied != null) {
      pipeline.refusedEvaluation(ref, evaluator, SUBMIT_SCORES, subject, denied, null);
      return EvaluationDecision.refused(denied);
    }
    InnovationState state = get(ref);
    Set<PersonId> innovators = innovators(ref, state);
    ScoreSheet sheet = new ScoreSheet(evaluator.personId(), scores);
    EvaluationDecision<ScoreEntry> decision = pipeline.retrying(true, () -> {
      List<ScoreEntry> existing = target.scores(ref, schemeId);
      Verdict v = EvaluationDecider.of(scheme).decideScore(state, innovators, existing, evaluator, round, sheet);
      if (!v.allowed()) {
        return EvaluationDecision.refused(v);
      }
      ScoreEntry entry = new ScoreEntry(pipeline.ids().newEventId(pipeline.now()), ref, scheme.id(), scheme.version(),
          round, evaluator.personId(), scores, pipeline.now(), existing.size() + 1L);
      target.appendScore(entry);
      return EvaluationDecision.accepted(v, entry);
    });
    if (!decision.accepted()) {
      pipeline.refusedEvaluation(ref, evaluator, SUBMIT_SCORES, subject, decision.verdict(), state);
    }
    return decision;
  }

  private static void checkRound(int round) {
    if (round < 2000 || round > 2200) {
      throw new InvalidValueException("INVALID_ROUND", "round", round, "error.round");
    }
  }

  /**
   * Who proposed the innovation or contributed details or evidence: they may not score it. The
   * state knows them; only a state stored before contributors were recorded needs its history.
   */
  private Set<PersonId> innovators(InnovationRef ref, InnovationState state) {
    return state.findInnovators()
        .or(() -> Decider.replay(store.history(ref)).findInnovators())
        .orElseThrow(() -> new IllegalStateException("a replayed state knows its contributors"));
  }

  /**
   * Returns an innovation's evaluation result, as an actor may read it: only inside the actor's scope.
   *
   * @param ref the innovation
   * @param schemeId the scheme
   * @param round the round (year)
   * @param actor who reads
   * @return the result, or empty when no one scored it
   * @throws id.labinov.core.engine.OutsideScopeException if the innovation is outside the actor's scope
   */
  public Optional<EvaluationResult> result(InnovationRef ref, String schemeId, int round, Actor actor) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    return result(ref, schemeId, round);
  }

  /**
   * Returns an innovation's monitoring entries, as an actor may read them: only inside its scope.
   *
   * @param ref the innovation
   * @param actor who reads
   * @return the entries, oldest first
   * @throws id.labinov.core.engine.OutsideScopeException if the innovation is outside the actor's scope
   */
  public List<MonitoringEntry> monitoring(InnovationRef ref, Actor actor) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    return monitoring(ref);
  }

  /**
   * Returns a region's index estimate, as an actor may read it: only in a region of its scope.
   *
   * @param region the region
   * @param year the year (round)
   * @param indicatorSchemeId the indicator scheme
   * @param spdScore the region-level score, 0-63
   * @param countScore the innovation-count score, 0-76
   * @param actor who reads
   * @return the estimate
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public RegionalIndexEstimate regionalIndex(RegionCode region, int year, String indicatorSchemeId,
      BigDecimal spdScore, BigDecimal countScore, Actor actor) {
    return regionalIndex(Readers.region(actor, region), year, indicatorSchemeId, spdScore, countScore);
  }

  /**
   * Aggregates an innovation's scores under a scheme in a round.
   *
   * @param ref the innovation
   * @param schemeId a registered scheme
   * @param round the round
   * @return the result, or empty if nobody scored it in that round
   */
  public Optional<EvaluationResult> result(InnovationRef ref, String schemeId, int round) {
    Checks.notNull(ref, "ref");
    checkRound(round);
    EvaluationScheme scheme = scheme(schemeId);
    List<ScoreSheet> sheets = new ArrayList<>();
    for (ScoreEntry e : evaluationStore().scores(ref, schemeId)) {
      if (e.round() == round) {
        sheets.add(new ScoreSheet(e.evaluator(), e.scores()));
      }
    }
    return sheets.isEmpty() ? Optional.empty() : Optional.of(scheme.aggregate(sheets));
  }

  /**
   * Records a monitoring (monev) observation after DISPLAY.
   *
   * @param ref the innovation
   * @param actor who records it
   * @param indicator what was measured
   * @param value the value
   * @param observedOn the date observed
   * @param note an optional note, or {@code null}
   * @return the decision, with the appended {@link MonitoringEntry} when accepted
   */
  public EvaluationDecision<MonitoringEntry> recordMonitoring(InnovationRef ref, Actor actor, String indicator,
      BigDecimal value, LocalDate observedOn, String note) {
    Checks.notNull(ref, "ref");
    Checks.notNull(actor, "actor");
    Checks.notBlank(indicator, "indicator");
    Checks.notNull(value, "value");
    Checks.notNull(observedOn, "observedOn");
    EvaluationStore target = evaluationStore();
    Verdict denied = pipeline.authoriseRegion(actor, ref.region(), "monitoring");
    if (denied != null) {
      pipeline.refusedEvaluation(ref, actor, RECORD_MONITORING, null, denied, null);
      return EvaluationDecision.refused(denied);
    }
    InnovationState state = get(ref);
    List<Violation> notOwner = pipeline.authoriseOwner(actor, state, "monitoring");
    if (!notOwner.isEmpty()) {
      Verdict refused = new Verdict("monitoring", notOwner, List.of());
      pipeline.refusedEvaluation(ref, actor, RECORD_MONITORING, null, refused, state);
      return EvaluationDecision.refused(refused);
    }
    Verdict v = EvaluationDecider.decideMonitoring(state, rulebooks.of(state), actor);
    if (!v.allowed()) {
      pipeline.refusedEvaluation(ref, actor, RECORD_MONITORING, null, v, state);
      return EvaluationDecision.refused(v);
    }
    return pipeline.retrying(true, () -> {
      long next = target.monitoring(ref).size() + 1L;
      MonitoringEntry entry = new MonitoringEntry(pipeline.ids().newEventId(pipeline.now()), ref, indicator, value,
          observedOn, actor.personId(), note, pipeline.now(), next);
      target.appendMonitoring(entry);
      return EvaluationDecision.accepted(v, entry);
    });
  }

  /**
   * Returns an innovation's monitoring entries.
   *
   * @param ref the innovation
   * @return the entries, oldest first
   */
  public List<MonitoringEntry> monitoring(InnovationRef ref) {
    return evaluationStore().monitoring(Checks.notNull(ref, "ref"));
  }

  /**
   * Estimates a region's innovation index for a year from the IID indicator sheets recorded under
   * the registered {@code INDICATOR} scheme {@code indicatorSchemeId} in round {@code year} (the
   * latest sheet per innovation counts), plus the region-level and count scores the caller supplies.
   *
   * @param region the region
   * @param year the year (round)
   * @param indicatorSchemeId the indicator scheme, e.g. the shipped IID indicators' id
   * @param spdScore the region-level score, 0-63
   * @param countScore the innovation-count score, 0-76
   * @return the estimate with its rating band for the year (or the latest year before it)
   */
  public RegionalIndexEstimate regionalIndex(RegionCode region, int year, String indicatorSchemeId,
      BigDecimal spdScore, BigDecimal countScore) {
    Checks.notNull(region, "region");
    checkRound(year);
    EvaluationScheme scheme = scheme(indicatorSchemeId);
    Map<InnovationRef, ScoreEntry> latest = new LinkedHashMap<>();
    for (ScoreEntry e : evaluationStore().scoresInScope(Scope.region(region), indicatorSchemeId, year)) {
      // the latest by stream position: two sheets may share an instant, and clocks may step back
      latest.merge(e.ref(), e, (a, b) -> b.sequence() > a.sequence() ? b : a);
    }
    List<Map<String, Integer>> levels = new ArrayList<>();
    for (ScoreEntry e : latest.values()) {
      Map<String, Integer> m = new TreeMap<>();
      e.scores().forEach((k, val) -> m.put(k, val.intValue()));
      levels.add(m);
    }
    RatingBands bands = RatingBands.findLatestUpTo(year).orElseGet(() -> RatingBands.forYear(year));
    return RegionalIndex.estimate(year, scheme, levels, spdScore, countScore, bands);
  }
}
