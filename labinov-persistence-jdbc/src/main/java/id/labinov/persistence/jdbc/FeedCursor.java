package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a reader of several regions' change feeds stands: the last position it handled in each
 * region (0, or absent, for a region it has read nothing of). Each region's feed is gap-free and in
 * commit order, so the cursor is all a national or provincial reader needs to resume after a
 * restart: keep {@link #text()} (e.g. in the consumer's own database, in the transaction that
 * handled the entries) and give {@link #parse} the text back. Immutable and thread-safe.
 *
 * <pre>{@code
 * FeedCursor cursor = FeedCursor.parse(stored);          // or FeedCursor.start()
 * FeedPage page = storage.changeFeed().read(Scope.national(), cursor, 500);
 * handle(page.entries());
 * stored = page.cursor().text();                         // e.g. "feed1:32.04=5,36.02=17"
 * }</pre>
 */
@Beta
public final class FeedCursor {
  private static final String PREFIX = "feed1:";
  private static final FeedCursor START = new FeedCursor(new TreeMap<>());

  private final SortedMap<RegionCode, Long> positions;

  private FeedCursor(SortedMap<RegionCode, Long> positions) {
    this.positions = Collections.unmodifiableSortedMap(positions);
  }

  /** {@return the cursor of a reader that has read nothing: every region from its first entry} */
  public static FeedCursor start() {
    return START;
  }

  /**
   * Returns a cursor at the given positions.
   *
   * @param positions the last position handled per region (0 means nothing yet)
   * @return the cursor
   * @throws InvalidValueException if the map, a region or a position is missing, or a position is negative
   */
  public static FeedCursor of(Map<RegionCode, Long> positions) {
    Checks.notNull(positions, "positions");
    SortedMap<RegionCode, Long> copy = new TreeMap<>();
    positions.forEach((region, position) -> put(copy, Checks.notNull(region, "region"),
        Checks.notNull(position, "position")));
    return new FeedCursor(copy);
  }

  /**
   * Reads a cursor from its {@link #text()}.
   *
   * @param text e.g. {@code feed1:32.04=5,36.02=17}; {@code feed1:} is {@link #start()}
   * @return the cursor
   * @throws JdbcSettingException with code {@code INVALID_FEED_CURSOR} naming the text if it is not a cursor's text
   */
  public static FeedCursor parse(String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      throw invalid(text);
    }
    String body = text.substring(PREFIX.length());
    SortedMap<RegionCode, Long> positions = new TreeMap<>();
    if (!body.isEmpty()) {
      for (String part : body.split(",", -1)) {
        int eq = part.indexOf('=');
        try {
          String digits = part.substring(eq + 1);
          RegionCode region = new RegionCode(part.substring(0, Math.max(0, eq)));
          if (digits.isEmpty() || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw invalid(text);
          }
          long position = Long.parseLong(digits);
          if (position < 0 || positions.containsKey(region)) {
            throw invalid(text);
          }
          put(positions, region, position);
        } catch (InvalidValueException | NumberFormatException e) {
          throw invalid(text);
        }
      }
    }
    return new FeedCursor(positions);
  }

  /**
   * Returns the last position handled in a region.
   *
   * @param region the region
   * @return the position, 0 if nothing of the region was handled
   * @throws InvalidValueException if {@code region} is {@code null}
   */
  public long position(RegionCode region) {
    return positions.getOrDefault(Checks.notNull(region, "region"), 0L);
  }

  /** {@return the positions above 0, by region code} */
  public Map<RegionCode, Long> positions() {
    return positions;
  }

  /**
   * Returns a copy with one region's position set, e.g. to skip or re-read a region.
   *
   * @param region the region
   * @param position the last position handled there, 0 or more
   * @return the new cursor
   * @throws InvalidValueException if {@code region} is {@code null} or the position negative
   */
  public FeedCursor with(RegionCode region, long position) {
    SortedMap<RegionCode, Long> copy = new TreeMap<>(positions);
    put(copy, Checks.notNull(region, "region"), position);
    return new FeedCursor(copy);
  }

  /**
   * Returns a copy moved past the entries: each entry's region stands at least at its position.
   *
   * @param entries entries read, e.g. {@link FeedPage#entries()}
   * @return the new cursor
   * @throws InvalidValueException if {@code entries} is {@code null}
   */
  public FeedCursor after(List<FeedEntry> entries) {
    Checks.notNull(entries, "entries");
    if (entries.isEmpty()) {
      return this;
    }
    SortedMap<RegionCode, Long> copy = new TreeMap<>(positions);
    for (FeedEntry e : entries) {
      copy.merge(e.ref().region(), e.position(), Math::max);
    }
    return new FeedCursor(copy);
  }

  /** {@return the text form to store: {@code feed1:} then {@code region=position} pairs by region code, comma-separated} */
  public String text() {
    StringBuilder b = new StringBuilder(PREFIX);
    positions.forEach((region, position) -> {
      if (b.length() > PREFIX.length()) {
        b.append(',');
      }
      b.append(region.value()).append('=').append(position);
    });
    return b.toString();
  }

  /** Returns {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeedCursor other && other.positions.equals(positions);
  }

  @Override
  public int hashCode() {
    return positions.hashCode();
  }

  private static void put(SortedMap<RegionCode, Long> positions, RegionCode region, long position) {
    if (position < 0) {
      throw new JdbcSettingException("INVALID_FEED_POSITION", "position", position, "jdbc.feedPosition");
    }
    if (position == 0) {
      positions.remove(region);
    } else {
      positions.put(region, position);
    }
  }

  private static JdbcSettingException invalid(String text) {
    return new JdbcSettingException("INVALID_FEED_CURSOR", "cursor", text, "jdbc.feedCursor");
  }
}
