package id.labinov.core.query;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.InnovationId;
import java.util.Optional;

/**
 * Keyset paging: at most {@code size} rows after the cursor, in ascending innovation-id order
 * (which is creation-time order).
 *
 * @param size 1 to 1000 rows
 * @param after the last id of the previous page, or {@code null} for the first page
 */
public record PageRequest(int size, InnovationId after) {
  /** The largest page size. */
  public static final int MAX_SIZE = 1000;

  /**
   * Validates the size.
   *
   * @param size 1 to 1000 rows
   * @param after the last id of the previous page, or {@code null} for the first page
   * @throws InvalidValueException with code {@code INVALID_PAGE_SIZE}
   */
  public PageRequest {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidValueException("INVALID_PAGE_SIZE", "size", size, "error.pageSize", MAX_SIZE);
    }
  }

  /**
   * Returns the first page of the given size.
   *
   * @param size 1 to 1000
   * @return the request
   */
  public static PageRequest first(int size) {
    return new PageRequest(size, null);
  }

  /** {@return the cursor, if this is not the first page} */
  public Optional<InnovationId> findAfter() {
    return Optional.ofNullable(after);
  }
}
