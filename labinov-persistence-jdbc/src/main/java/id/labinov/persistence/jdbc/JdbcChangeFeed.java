package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The change feed: every committed event, for integrations and national aggregators. Each region
 * has a feed of its own whose positions count its events from 1, without gaps and in commit order,
 * so a position never appears behind one already read; writers of different regions never wait on
 * each other for them. A reader of one region keeps the last position it handled
 * ({@link #read(RegionCode, long, int)}); a reader of a province or the nation keeps a
 * {@link FeedCursor} with a position per region ({@link #read(Scope, FeedCursor, int)}). Events
 * appended inside a caller's transaction appear once the caller commits. Obtained from
 * {@link JdbcStorage#changeFeed()}. Thread-safe.
 */
@Beta
public final class JdbcChangeFeed {
  /** The most entries one read returns. */
  public static final int MAX_LIMIT = 1000;
  /** The most regions one statement of a multi-region read asks for (larger reads take several). */
  private static final int REGIONS_PER_STATEMENT = 100;

  private final Connections connections;
  private final String columns;
  private final String regionSql;
  private final String headsSql;

  JdbcChangeFeed(Connections connections, Tables tables) {
    this.connections = connections;
    this.columns = "SELECT o.feed_position, o.region, o.innovation_id, o.seq_no, o.event_type, e.payload, e.hash,"
        + " e.occurred_at FROM " + tables.feed() + " o JOIN " + tables.event() + " e ON e.region = o.region"
        + " AND e.innovation_id = o.innovation_id AND e.seq_no = o.seq_no WHERE o.region = ? AND o.feed_position > ?";
    this.regionSql = columns + " ORDER BY o.feed_position" + connections.dialect.limitClause();
    this.headsSql = "SELECT region, last_position FROM " + tables.feedHead();
  }

  /**
   * Reads one region's entries after a position.
   *
   * @param region the region
   * @param afterPosition the last position already handled; 0 to start from the beginning
   * @param limit 1 to {@value #MAX_LIMIT}
   * @return up to {@code limit} entries in position order; empty when there is nothing new
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing or out of range
   * @throws id.labinov.core.engine.StorageException if the database fails
   */
  public List<FeedEntry> read(RegionCode region, long afterPosition, int limit) {
    Checks.notNull(region, "region");
    checkLimit(limit);
    if (afterPosition < 0) {
      throw new JdbcSettingException("INVALID_FEED_POSITION", "afterPosition", afterPosition, "jdbc.feedPosition");
    }
    return connections.read("read the change feed of " + region + " after " + afterPosition, c -> {
      try (PreparedStatement ps = Sql.prepare(c, regionSql, List.of(region.value(), afterPosition, limit))) {
        List<Row> rows = rows(ps);
        List<FeedEntry> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.entry()));
        return List.copyOf(out);
      }
    });
  }

  /**
   * Reads what follows a cursor in every region of a scope. The regions with news share the limit
   * fairly (in region code order when there are more of them than {@code limit}, so ask for at least
   * as many entries as regions may have news); each region's entries come in position order, and the
   * regions' entries are interleaved by the time their events occurred.
   *
   * @param scope which regions
   * @param after where the reader stands ({@link FeedCursor#start()} for the beginning)
   * @param limit 1 to {@value #MAX_LIMIT}
   * @return the entries and the cursor after them (the same cursor when there is nothing new)
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing or out of range
   * @throws id.labinov.core.engine.StorageException if the database fails
   */
  public FeedPage read(Scope scope, FeedCursor after, int limit) {
    Checks.notNull(scope, "scope");
    Checks.notNull(after, "after");
    checkLimit(limit);
    return connections.read("read the change feed of " + scope + " after " + after, c -> {
      Map<String, long[]> ranges = share(heads(c, scope), after, limit);
      List<List<Row>> byRegion = new ArrayList<>();
      List<Map.Entry<String, long[]>> pending = new ArrayList<>(ranges.entrySet());
      for (int from = 0; from < pending.size(); from += REGIONS_PER_STATEMENT) {
        byRegion.addAll(readRanges(c, pending.subList(from, Math.min(pending.size(), from + REGIONS_PER_STATEMENT))));
      }
      List<FeedEntry> entries = merge(byRegion);
      return new FeedPage(entries, after.after(entries));
    });
  }

  /**
   * Returns where the feeds of a scope end now: a cursor from which a new reader sees only what is
   * committed later.
   *
   * @param scope which regions
   * @return the last committed position of each region of the scope that has a feed
   * @throws id.labinov.core.error.InvalidValueException if {@code scope} is {@code null}
   * @throws id.labinov.core.engine.StorageException if the database fails
   */
  public FeedCursor head(Scope scope) {
    Checks.notNull(scope, "scope");
    return connections.read("read the feed heads of " + scope, c -> {
      Map<RegionCode, Long> positions = new LinkedHashMap<>();
      heads(c, scope).forEach((region, last) -> positions.put(RegionCode.parse(region), last));
      return FeedCursor.of(positions);
    });
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new JdbcSettingException("INVALID_FEED_LIMIT", "limit", limit, "jdbc.feedLimit", MAX_LIMIT);
    }
  }

  /** Returns the last committed position of each region in the scope, by region code. */
  private Map<String, Long> heads(Connection c, Scope scope) throws SQLException {
    Sql.Where w = Sql.scope(new Sql.Where(), "region", scope);
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, headsSql + w.sql() + " ORDER BY region", w.params());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  /**
   * Shares the limit among the regions with news: rounds of an equal share, each region taking at
   * most what it has, until the limit or the news run out. Positions are gap-free and committed up to
   * the head, so each region's share is an exact range {@code (from, to]}.
   */
  private static Map<String, long[]> share(Map<String, Long> heads, FeedCursor after, int limit) {
    Map<String, long[]> ranges = new LinkedHashMap<>();
    heads.forEach((region, last) -> {
      long from = after.position(RegionCode.parse(region));
      if (last > from) {
        ranges.put(region, new long[] {from, from, last}); // from, to so far, head
      }
    });
    int left = limit;
    int active = ranges.size();
    while (left > 0 && active > 0) {
      int share = Math.max(1, left / active);
      for (long[] r : ranges.values()) {
        if (r[1] < r[2] && left > 0) {
          long take = Math.min(Math.min(share, left), r[2] - r[1]);
          r[1] += take;
          left -= (int) take;
          if (r[1] == r[2]) {
            active--;
          }
        }
      }
    }
    ranges.values().removeIf(r -> r[1] == r[0]);
    return ranges;
  }

  /** Reads each region's range in one statement (UNION ALL); returns each region's rows in position order. */
  private List<List<Row>> readRanges(Connection c, List<Map.Entry<String, long[]>> ranges) throws SQLException {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (Map.Entry<String, long[]> r : ranges) {
      if (sql.length() > 0) {
        sql.append(" UNION ALL ");
      }
      sql.append(columns).append(" AND o.feed_position <= ?");
      params.add(r.getKey());
      params.add(r.getValue()[0]);
      params.add(r.getValue()[1]);
    }
    Map<String, List<Row>> byRegion = new LinkedHashMap<>();
    ranges.forEach(r -> byRegion.put(r.getKey(), new ArrayList<>()));
    try (PreparedStatement ps = Sql.prepare(c, sql.toString(), params)) {
      for (Row row : rows(ps)) {
        byRegion.get(row.entry().ref().region().value()).add(row);
      }
    }
    byRegion.values().forEach(rows -> rows.sort(Comparator.comparingLong(r -> r.entry().position())));
    return new ArrayList<>(byRegion.values());
  }

  /** Interleaves the regions' rows by occurrence time, keeping each region's position order. */
  private static List<FeedEntry> merge(List<List<Row>> byRegion) {
    PriorityQueue<int[]> heads = new PriorityQueue<>(Comparator.<int[], Instant>comparing(
        h -> byRegion.get(h[0]).get(h[1]).occurredAt()).thenComparing(h -> h[0]));
    int total = 0;
    for (int i = 0; i < byRegion.size(); i++) {
      total += byRegion.get(i).size();
      if (!byRegion.get(i).isEmpty()) {
        heads.add(new int[] {i, 0});
      }
    }
    List<FeedEntry> out = new ArrayList<>(total);
    while (!heads.isEmpty()) {
      int[] h = heads.poll();
      List<Row> rows = byRegion.get(h[0]);
      out.add(rows.get(h[1]).entry());
      if (h[1] + 1 < rows.size()) {
        heads.add(new int[] {h[0], h[1] + 1});
      }
    }
    return out;
  }

  private static List<Row> rows(PreparedStatement ps) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Row(new FeedEntry(rs.getLong(1), new InnovationRef(RegionCode.parse(rs.getString(2)),
            InnovationId.parse(rs.getString(3))), rs.getLong(4), rs.getString(5),
            new String(rs.getBytes(6), StandardCharsets.UTF_8), rs.getString(7)), Sql.instant(rs, "occurred_at")));
      }
    }
    return out;
  }

  /** An entry and the time its event occurred, for merging regions. */
  private record Row(FeedEntry entry, Instant occurredAt) {}
}
