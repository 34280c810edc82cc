package id.labinov.persistence.jdbc;

import id.labinov.core.Beta;
import id.labinov.core.Checks;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.port.Scope;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The change feed: every committed event, in the order of its global feed position, for
 * integrations and national aggregators. A reader keeps the last position it handled and asks for
 * what follows; positions are assigned in commit order without gaps, so an event never appears
 * behind a position already read. Events appended inside a caller's transaction appear only once
 * the caller commits. Obtained from {@link JdbcStorage#changeFeed()}. Thread-safe.
 */
@Beta
public final class JdbcChangeFeed {
  /** The most entries one read returns. */
  public static final int MAX_LIMIT = 1000;

  private final Connections connections;
  private final Tables tables;

  JdbcChangeFeed(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
  }

  /**
   * Reads the entries after a position.
   *
   * @param scope which regions (entries of other regions are skipped, positions stay global)
   * @param afterPosition the last position already handled; 0 to start from the beginning
   * @param limit 1 to {@value #MAX_LIMIT}
   * @return up to {@code limit} entries in position order; empty when there is nothing new
   * @throws id.labinov.core.InvalidValueException if an argument is missing or out of range
   * @throws id.labinov.core.port.StorageException if the database fails
   */
  public List<FeedEntry> read(Scope scope, long afterPosition, int limit) {
    Checks.notNull(scope, "scope");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new JdbcSettingException("INVALID_FEED_LIMIT", "limit", limit, "jdbc.feedLimit", MAX_LIMIT);
    }
    if (afterPosition < 0) {
      throw new JdbcSettingException("INVALID_FEED_POSITION", "afterPosition", afterPosition, "jdbc.feedPosition");
    }
    Sql.Where w = new Sql.Where().and("o.feed_position > ?", afterPosition);
    switch (scope.level()) {
      case REGION -> w.and("o.region = ?", scope.code());
      case PROVINCE -> w.and("(o.region = ? OR o.region LIKE ? ESCAPE '!')", scope.code(),
          Sql.likeEscape(scope.code()) + ".%");
      case NATIONAL -> { }
    }
    List<Object> params = new ArrayList<>(w.params());
    params.add(limit);
    String sql = "SELECT o.feed_position, o.region, o.innovation_id, o.seq_no, o.event_type, e.payload, e.hash FROM "
        + tables.outbox() + " o JOIN " + tables.event() + " e ON e.region = o.region AND e.innovation_id = o.innovation_id"
        + " AND e.seq_no = o.seq_no" + w.sql() + " ORDER BY o.feed_position" + connections.dialect.limitClause();
    return connections.read("read the change feed after " + afterPosition, c -> {
      List<FeedEntry> out = new ArrayList<>();
      try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new FeedEntry(rs.getLong(1), new InnovationRef(RegionCode.parse(rs.getString(2)),
              InnovationId.parse(rs.getString(3))), rs.getLong(4), rs.getString(5),
              new String(rs.getBytes(6), StandardCharsets.UTF_8), rs.getString(7)));
        }
      }
      return List.copyOf(out);
    });
  }
}
