package id.labinov.persistence.jdbc;

import id.labinov.core.event.InnovationEvent;
import id.labinov.core.spi.Append;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives committed events their feed positions: each region counts its own events without gaps in
 * its row of the feed head table, which stays locked from the reservation until commit. So positions
 * of one region follow commit order (a reader never sees a position appear behind one it has read),
 * while writers of different regions never wait on each other. A region's head row is created by
 * its first event (insert if absent, then update, so two first writers do not collide). Not API.
 */
final class FeedWriter {
  private final Dialect dialect;
  private final String reserve;
  private final String insertHead;
  private final String insertFeed;
  /** The one statement that reserves and writes, where the database has one ({@code null} if not). */
  private final String reserveAndWrite;

  FeedWriter(Tables t, Dialect dialect) {
    this.dialect = dialect;
    this.reserve = dialect.reserveFeedPositionsSql(t.feedHead());
    this.insertHead = dialect.insertFeedHeadSql(t.feedHead());
    this.insertFeed = "INSERT INTO " + t.feed() + " (region, feed_position, innovation_id, seq_no, event_type)"
        + " VALUES (?, ?, ?, ?, ?)";
    this.reserveAndWrite = dialect.reserveAndWriteFeedSql(t.feedHead(), t.feed());
  }

  /**
   * Writes the feed rows of the appends' events, region by region in code order (so that two
   * writers locking several regions cannot deadlock), a JDBC batch of at most {@code batchSize}
   * appends' rows at a time. Call it last in the transaction: the head rows stay locked until commit.
   */
  void write(Connection c, List<Append> appends, int batchSize) throws SQLException {
    if (appends.isEmpty()) {
      return;
    }
    Map<String, List<Append>> byRegion = new TreeMap<>();
    for (Append a : appends) {
      byRegion.computeIfAbsent(a.target().region().value(), k -> new ArrayList<>()).add(a);
    }
    if (reserveAndWrite != null) {
      for (Map.Entry<String, List<Append>> region : byRegion.entrySet()) {
        writeInOne(c, region.getKey(), region.getValue());
      }
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(insertFeed)) {
      for (Map.Entry<String, List<Append>> region : byRegion.entrySet()) {
        int events = 0;
        for (Append a : region.getValue()) {
          events += a.events().size();
        }
        long position = reserve(c, region.getKey(), events);
        int pending = 0;
        for (Append a : region.getValue()) {
          for (InnovationEvent e : a.events()) {
            ps.setString(1, region.getKey());
            ps.setLong(2, position++);
            ps.setString(3, a.target().id().toString());
            ps.setLong(4, e.metadata().sequence());
            ps.setString(5, e.type());
            ps.addBatch();
          }
          if (++pending == batchSize) {
            ps.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          ps.executeBatch();
        }
      }
    }
  }

  /**
   * Reserves a region's positions and writes its feed rows in one round trip; when the region has
   * no head yet, creates it and writes again.
   */
  private void writeInOne(Connection c, String region, List<Append> appends) throws SQLException {
    List<String> ids = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (Append a : appends) {
      String id = a.target().id().toString();
      for (InnovationEvent e : a.events()) {
        ids.add(id);
        seqs.add(e.metadata().sequence());
        types.add(e.type());
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    if (writeInOneTry(c, region, ids, seqs, types) == 0) {
      try (PreparedStatement ps = c.prepareStatement(insertHead)) {
        ps.setString(1, region);
        ps.executeUpdate();
      }
      if (writeInOneTry(c, region, ids, seqs, types) != ids.size()) {
        throw new SQLException("the feed head of region " + region + " is missing right after it was created", "55000");
      }
    }
  }

  private int writeInOneTry(Connection c, String region, List<String> ids, List<Long> seqs, List<String> types)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(reserveAndWrite)) {
      ps.setLong(1, ids.size());
      ps.setString(2, region);
      ps.setString(3, region);
      ps.setLong(4, ids.size());
      ps.setArray(5, c.createArrayOf("text", ids.toArray()));
      ps.setArray(6, c.createArrayOf("bigint", seqs.toArray()));
      ps.setArray(7, c.createArrayOf("text", types.toArray()));
      return ps.executeUpdate();
    }
  }

  /** Reserves {@code n} positions of a region (locking its head until commit) and returns the first. */
  long reserve(Connection c, String region, int n) throws SQLException {
    long last = tryReserve(c, region, n);
    if (last < 0) {
      try (PreparedStatement ps = c.prepareStatement(insertHead)) {
        ps.setString(1, region);
        ps.executeUpdate();
      } catch (SQLException e) {
        if (!dialect.isUniqueViolation(e)) {
          throw e; // H2: another first writer of the region created the row; use it
        }
      }
      last = tryReserve(c, region, n);
      if (last < 0) {
        throw new SQLException("the feed head of region " + region + " is missing right after it was created", "55000");
      }
    }
    return last - n + 1;
  }

  /** Adds {@code n} to the region's last position; returns the new one, or -1 if the region has no head yet. */
  private long tryReserve(Connection c, String region, int n) throws SQLException {
    if (dialect.reserveReturnsRows()) {
      try (PreparedStatement ps = c.prepareStatement(reserve)) {
        ps.setLong(1, n);
        ps.setString(2, region);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(1) : -1;
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(reserve, Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, n);
      ps.setString(2, region);
      if (ps.executeUpdate() == 0) {
        return -1;
      }
      try (ResultSet rs = ps.getGeneratedKeys()) {
        if (!rs.next()) {
          throw new SQLException("the database returned no new feed position for region " + region, "55000");
        }
        return rs.getLong(1);
      }
    }
  }
}
