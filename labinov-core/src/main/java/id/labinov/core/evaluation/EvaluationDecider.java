package id.labinov.core.evaluation;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pure decisions on evaluation streams.
 *
 * <p>A score sheet is refused ({@code ruleType} {@code evaluation}) when the actor is not an
 * {@code EVALUATOR} ({@code ROLE_NOT_PERMITTED}), belongs to the innovation's OPD
 * ({@code CONFLICT_OF_INTEREST_OPD}) or is one of its innovators ({@code CONFLICT_OF_INTEREST_INNOVATOR}:
 * the proposer or anyone who edited its details or attached evidence), already scored it in the same
 * round ({@code ALREADY_SCORED}), or when the sheet does not fit the scheme ({@code UNKNOWN_CRITERION},
 * {@code CRITERION_MISSING}, {@code SCORE_OFF_SCALE}). A monitoring entry is refused before the
 * innovation has reached its rulebook's final stage ({@code NOT_YET_DISPLAYED}) or by a role other
 * than {@code LAB_ADMIN}, {@code OPD_HEAD}, {@code COACH}, {@code EVALUATOR}.
 */
public final class EvaluationDecider {
  private final EvaluationScheme scheme;

  private EvaluationDecider(EvaluationScheme scheme) {
    this.scheme = scheme;
  }

  /**
   * Returns the decider of score sheets under a scheme: a value, immutable and thread-safe, in the
   * shape of the innovation decider ({@code Decider.of(rulebook)}).
   *
   * @param scheme the evaluation scheme
   * @return the decider
   */
  public static EvaluationDecider of(EvaluationScheme scheme) {
    return new EvaluationDecider(Checks.notNull(scheme, "scheme"));
  }

  /** {@return the scheme this decider scores under} */
  public EvaluationScheme scheme() {
    return scheme;
  }

  /**
   * Decides a score sheet under this decider's scheme; the same as
   * {@link #decideScore(InnovationState, Set, List, Actor, EvaluationScheme, int, ScoreSheet)}.
   *
   * @param state the innovation
   * @param innovators the people who count as its innovators
   * @param existing the stream's entries so far (all rounds)
   * @param actor the evaluator
   * @param round the round
   * @param sheet the scores
   * @return the verdict (allowed or with every reason)
   */
  public Verdict decideScore(InnovationState state, Set<PersonId> innovators, List<ScoreEntry> existing, Actor actor,
      int round, ScoreSheet sheet) {
    return decideScore(state, innovators, existing, actor, scheme, round, sheet);
  }

  /**
   * Decides a score sheet.
   *
   * @param state the innovation
   * @param innovators the people who count as its innovators
   * @param existing the stream's entries so far (all rounds)
   * @param actor the evaluator
   * @param scheme the scheme
   * @param round the round
   * @param sheet the scores
   * @return the verdict (allowed or with every reason)
   */
  public static Verdict decideScore(InnovationState state, Set<PersonId> innovators, List<ScoreEntry> existing,
      Actor actor, EvaluationScheme scheme, int round, ScoreSheet sheet) {
    Checks.notNull(state, "state");
    Checks.notNull(innovators, "innovators");
    Checks.notNull(existing, "existing");
    Checks.notNull(actor, "actor");
    Checks.notNull(scheme, "scheme");
    Checks.notNull(sheet, "sheet");
    List<Violation> reasons = new ArrayList<>();
    if (!actor.has(Role.EVALUATOR)) {
      reasons.add(v("ROLE_NOT_PERMITTED", "violation.ROLE_NOT_PERMITTED", "EVALUATOR"));
    }
    if (actor.opd() != null && actor.opd().equals(state.details().opd())) {
      reasons.add(v("CONFLICT_OF_INTEREST_OPD", "violation.CONFLICT_OF_INTEREST_OPD", actor.opd().value()));
    }
    if (innovators.contains(actor.personId())) {
      reasons.add(v("CONFLICT_OF_INTEREST_INNOVATOR", "violation.CONFLICT_OF_INTEREST_INNOVATOR", actor.personId().value()));
    }
    boolean again = existing.stream().anyMatch(e -> e.round() == round && e.evaluator().equals(actor.personId()));
    if (again) {
      // the round as text: MessageFormat would render an Integer 2024 as "2,024" / "2.024"
      reasons.add(v("ALREADY_SCORED", "violation.ALREADY_SCORED", scheme.id(), String.valueOf(round)));
    }
    reasons.addAll(scheme.check(sheet));
    return new Verdict("score", reasons, List.of());
  }

  /**
   * Decides a monitoring entry.
   *
   * @param state the innovation
   * @param rulebook its rulebook
   * @param actor who records it
   * @return the verdict
   */
  public static Verdict decideMonitoring(InnovationState state, Rulebook rulebook, Actor actor) {
    Checks.notNull(state, "state");
    Checks.notNull(rulebook, "rulebook");
    Checks.notNull(actor, "actor");
    List<Violation> reasons = new ArrayList<>();
    if (actor.roles().stream().noneMatch(MONITORS::contains)) {
      reasons.add(v("ROLE_NOT_PERMITTED", "violation.ROLE_NOT_PERMITTED", "LAB_ADMIN, OPD_HEAD, COACH, EVALUATOR"));
    }
    String last = rulebook.stages().get(rulebook.stages().size() - 1).code();
    int displayOrder = rulebook.findStage("DISPLAY").map(s -> s.order()).orElse(rulebook.getStage(last).order());
    boolean displayed = state.visits().stream()
        .anyMatch(x -> rulebook.findStage(x.stage()).map(s -> s.order() >= displayOrder).orElse(false));
    if (!displayed) {
      reasons.add(v("NOT_YET_DISPLAYED", "violation.NOT_YET_DISPLAYED", state.stage()));
    }
    return new Verdict("monitoring", reasons, List.of());
  }

  private static final Set<Role> MONITORS = java.util.EnumSet.of(Role.LAB_ADMIN, Role.OPD_HEAD, Role.COACH, Role.EVALUATOR);

  private static Violation v(String code, String key, Object... args) {
    return new Violation(code, Severity.MUST, "evaluation", key, List.of(args));
  }
}
