package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * What one read of several regions' change feeds returned.
 *
 * @param entries the entries, each region's in position order (regions interleaved by the time
 *     their events occurred); empty when there is nothing new
 * @param cursor where the reader stands after handling {@code entries}: pass it to the next read
 */
@Beta
public record FeedPage(List<FeedEntry> entries, FeedCursor cursor) {
  /**
   * Checks and copies the parts.
   *
   * @param entries the entries, each region's in position order (regions interleaved by the time
   *     their events occurred); empty when there is nothing new
   * @param cursor where the reader stands after handling {@code entries}: pass it to the next read
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public FeedPage {
    entries = List.copyOf(Checks.notNull(entries, "entries"));
    Checks.notNull(cursor, "cursor");
  }

  /** {@return whether the read found nothing new} */
  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
