package id.labinov.core.rules;

import id.labinov.core.error.LabinovException;
import java.util.List;

/**
 * A region already stores a rulebook with this id and version but another content hash. Code
 * {@code RULEBOOK_CONFLICT}: publish changed rules under a new version.
 */
public class RulebookConflictException extends LabinovException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reference {@code id@version}
   * @param region the region, as text
   * @param storedHash the stored hash
   * @param newHash the offered hash
   */
  public RulebookConflictException(String reference, String region, String storedHash, String newHash) {
    super("RULEBOOK_CONFLICT", "error.rulebookConflict", List.of(reference, region, storedHash, newHash), null);
  }
}
