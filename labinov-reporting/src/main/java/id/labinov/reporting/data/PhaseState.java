package id.labinov.reporting.data;

/** Where the report day falls against a stage's phase window. */
public enum PhaseState {
  /** The programme has no window for the stage. */
  NO_WINDOW,
  /** The window has not started. */
  UPCOMING,
  /** The report day is inside the window. */
  OPEN,
  /** The window has closed. */
  CLOSED
}
