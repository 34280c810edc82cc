package id.labinov.oracle.fold;

import java.time.Instant;
import java.util.List;

/**
 * One stay of an innovation in a stage, as the oracle folds it: it begins when the innovation enters
 * the stage (proposal, advance, conditional advance, return for rework) and ends when it leaves.
 *
 * @param stage the stage code
 * @param enteredAt when the stay began
 * @param leftAt when the innovation left the stage, or {@code null} for its current stay
 * @param pauses hold and dropped periods inside the stay, oldest first
 */
public record Stay(String stage, Instant enteredAt, Instant leftAt, List<Pause> pauses) {
  public Stay {
    pauses = List.copyOf(pauses);
  }

  /** Tells whether the innovation has not left this stay. */
  public boolean current() {
    return leftAt == null;
  }
}
