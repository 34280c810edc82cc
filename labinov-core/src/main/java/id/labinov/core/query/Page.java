package id.labinov.core.query;

import id.labinov.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One page of query results.
 *
 * @param items the rows, in ascending innovation-id order
 * @param next the request for the next page, or {@code null} if this is the last
 * @param <T> the row type
 */
public record Page<T>(List<T> items, PageRequest next) {
  /**
   * Validates and copies the parts.
   *
   * @param items the rows, in ascending innovation-id order
   * @param next the request for the next page, or {@code null} if this is the last
   * @throws id.labinov.core.error.InvalidValueException if items is missing
   */
  public Page {
    items = List.copyOf(Checks.notNull(items, "items"));
  }

  /** {@return the request for the next page, if there is one} */
  public Optional<PageRequest> findNext() {
    return Optional.ofNullable(next);
  }
}
