package id.labinov.core.properties;

import id.labinov.core.engine.Command;
import id.labinov.core.model.Actor;
import id.labinov.core.rules.TransitionKind;
import java.util.List;

/** A step resolved against the current state: what is actually sent. */
sealed interface Action {
  /** A command sent as it is. */
  record Send(Actor actor, Command command) implements Action {}

  /**
   * A move named by its target stage, as the facade's {@code advance}, {@code advanceConditionally}
   * and {@code returnForRework} take it; the transition is looked up from the current stage.
   */
  record Move(Actor actor, TransitionKind kind, String toStage, List<String> conditions, String reason) implements Action {}

  /** Days pass; no command. */
  record Wait(int days) implements Action {}

  /** Nothing to do (e.g. progress from the last stage). */
  record Nothing(String why) implements Action {}
}
