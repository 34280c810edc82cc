package id.labinov.core.engine;

import id.labinov.core.error.LabinovException;
import java.util.List;

/**
 * An innovation's history cannot be folded into a state: a gap or repeat in sequences, an event of
 * another innovation, or an event before the proposal. Code {@code HISTORY_CORRUPTED}. Run the
 * store's history verification to find the first broken link.
 */
public class HistoryCorruptedException extends LabinovException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param innovation the innovation, as text
   * @param detail what is wrong
   */
  public HistoryCorruptedException(String innovation, String detail) {
    super("HISTORY_CORRUPTED", "error.historyCorrupted", List.of(innovation, detail), null);
  }
}
