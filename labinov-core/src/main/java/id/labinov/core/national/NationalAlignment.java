package id.labinov.core.national;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.NationalStage;
import id.labinov.core.rules.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Derives the national stage (tahapan) of an innovation.
 *
 * <p>Two sources are combined and the furthest wins: the national stage of the furthest rulebook
 * stage the innovation has reached (e.g. DESIGN → inisiatif, DELIVER → uji coba, DISPLAY →
 * penerapan in 5D), and its dates — an implementation start on or before today means penerapan, a
 * trial start on or before today means uji coba. Before any mapped stage and without dates the
 * stage is "not yet set" (empty). Thread-safe, pure.
 */
public final class NationalAlignment {
  private NationalAlignment() {}

  /**
   * Derives the national stage.
   *
   * @param state the innovation
   * @param rulebook its rulebook
   * @param today the current date in the region's zone
   * @return the national stage, or empty while not yet set
   */
  public static Optional<NationalStage> stage(InnovationState state, Rulebook rulebook, LocalDate today) {
    Checks.notNull(state, "state");
    Checks.notNull(rulebook, "rulebook");
    Checks.notNull(today, "today");
    List<String> visited = new ArrayList<>(state.visits().size());
    for (StageVisit v : state.visits()) {
      visited.add(v.stage());
    }
    return stage(visited, rulebook, onOrBefore(state.details(), InnovationDetails.IMPLEMENTATION_START_DATE, today),
        onOrBefore(state.details(), InnovationDetails.TRIAL_START_DATE, today));
  }

  /**
   * Derives the national stage from what a query row holds of an innovation: the stages it has
   * visited and whether its dates have come (the same derivation as {@link #stage(InnovationState,
   * Rulebook, LocalDate)}, for reports that read aggregates instead of states).
   *
   * @param visitedStages the codes of the stages it has stayed in (any order; codes the rulebook
   *     does not name are ignored)
   * @param rulebook its rulebook
   * @param implementationStarted whether its implementation start date is on or before today
   * @param trialStarted whether its trial start date is on or before today
   * @return the national stage, or empty while not yet set
   */
  public static Optional<NationalStage> stage(Collection<String> visitedStages, Rulebook rulebook,
      boolean implementationStarted, boolean trialStarted) {
    Checks.notNull(visitedStages, "visitedStages");
    Checks.notNull(rulebook, "rulebook");
    NationalStage best = null;
    int furthest = -1;
    for (String code : visitedStages) {
      var stage = rulebook.findStage(code);
      if (stage.isPresent() && stage.get().order() > furthest && stage.get().nationalStage() != null) {
        furthest = stage.get().order();
        best = stage.get().nationalStage();
      }
    }
    if (implementationStarted) {
      best = NationalStage.PENERAPAN;
    } else if (trialStarted && (best == null || best.ordinal() < NationalStage.UJI_COBA.ordinal())) {
      best = NationalStage.UJI_COBA;
    }
    return Optional.ofNullable(best);
  }

  /**
   * Reads an ISO date text of the details.
   *
   * @param details the details
   * @param name the text name
   * @return the date, or empty if absent or not an ISO date
   */
  public static Optional<LocalDate> date(InnovationDetails details, String name) {
    return Checks.notNull(details, "details").date(name);
  }

  private static boolean onOrBefore(InnovationDetails d, String name, LocalDate today) {
    return date(d, name).map(x -> !x.isAfter(today)).orElse(false);
  }
}
