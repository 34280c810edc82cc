package id.labinov.benchmarks;

import id.labinov.benchmarks.OneLifecycle.Card;
import id.labinov.benchmarks.OneLifecycle.Stage;
import java.util.List;
import java.util.function.Predicate;

/**
 * The practical limit: the lifecycle as a hand-written {@code switch} over the target stage with one
 * guard lambda per transition, state in a mutable card, moves recorded in a list. No rule data, no
 * events as values, nothing to persist or to explain in two languages.
 */
public final class HandSwitch {
  private static final Predicate<Card> TO_DIAGNOSE = c -> has(c.title) && has(c.opd);
  private static final Predicate<Card> TO_DESIGN = c -> has(c.problem) && has(c.ideaSummary);
  private static final Predicate<Card> TO_DELIVER = c -> has(c.designReference);
  private static final Predicate<Card> TO_DISPLAY = c -> has(c.deliveryEvidence);

  private HandSwitch() {}

  /**
   * Runs one lifecycle.
   *
   * @return the card after it (its history holds the recorded moves) and the refusal's verdict
   */
  public static Result lifecycle() {
    Card c = Card.proposed();
    advance(c, Stage.DIAGNOSE);
    List<String> verdict = advance(c, Stage.DESIGN);
    c.ideaSummary = OneLifecycle.IDEA_SUMMARY;
    c.record("DETAILS_UPDATED", c.stage, c.stage);
    advance(c, Stage.DESIGN);
    advance(c, Stage.DELIVER);
    advance(c, Stage.DISPLAY);
    return new Result(c, verdict);
  }

  /**
   * Advances the card if the guard allows, else returns what is missing.
   *
   * @param c the card
   * @param to the stage to enter
   * @return the verdict: empty when accepted
   */
  static List<String> advance(Card c, Stage to) {
    Stage from;
    Predicate<Card> guard;
    switch (to) {
      case DIAGNOSE -> { from = Stage.DRUM_UP; guard = TO_DIAGNOSE; }
      case DESIGN -> { from = Stage.DIAGNOSE; guard = TO_DESIGN; }
      case DELIVER -> { from = Stage.DESIGN; guard = TO_DELIVER; }
      case DISPLAY -> { from = Stage.DELIVER; guard = TO_DISPLAY; }
      default -> throw new IllegalArgumentException("no transition into " + to);
    }
    if (c.stage != from) {
      return List.of("WRONG_STAGE");
    }
    if (!guard.test(c)) {
      return OneLifecycle.missing(to, c);
    }
    c.record("STAGE_ADVANCED", from, to);
    c.stage = to;
    return List.of();
  }

  private static boolean has(String s) {
    return s != null && !s.isBlank();
  }

  /**
   * What a lifecycle returns.
   *
   * @param card the card after the lifecycle
   * @param verdict the refusal's verdict
   */
  public record Result(Card card, List<String> verdict) {}
}
