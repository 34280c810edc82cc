package id.labinov.core.rules;

/** What a transition does to an innovation. */
public enum TransitionKind {
  /** Moves forward to a later stage. */
  ADVANCE(true),
  /** Moves forward with conditions (a conditional GO) that must be cleared before the next gate. */
  CONDITIONAL_ADVANCE(true),
  /** Sends back to an earlier stage for rework. */
  RETURN_FOR_REWORK(true),
  /** Puts an active innovation on hold; the stage is unchanged and the clock of days in stage stops. */
  HOLD(false),
  /** Resumes an innovation on hold. */
  RESUME(false),
  /** Drops the innovation (it stops); the stage is kept so that reopening returns to it. */
  DROP(false),
  /** Reopens a dropped innovation in the stage it was dropped from. */
  REOPEN(false),
  /** Clears one open condition of a conditional advance. */
  CLEAR_CONDITION(false);

  private final boolean movesStage;

  TransitionKind(boolean movesStage) {
    this.movesStage = movesStage;
  }

  /** {@return whether the transition names a target stage ({@code to})} */
  public boolean movesStage() {
    return movesStage;
  }
}
