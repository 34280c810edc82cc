package id.labinov.benchmarks;

import id.labinov.benchmarks.OneLifecycle.Card;
import id.labinov.benchmarks.OneLifecycle.Stage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The lifecycle in raw JDBC, the minimal writes by hand: a state row with a version check and an
 * event row per accepted move, one transaction per command. Each command reads the state row in its
 * transaction (a form is not trusted), checks the guard in Java, then writes
 * {@code UPDATE … WHERE version = ?} and the event. No hash chain, no outbox, no JSON.
 */
public final class RawJdbcLifecycle {
  private final DataSource ds;
  private final String state;
  private final String event;

  /**
   * Creates the two tables.
   *
   * @param ds the pool
   * @param prefix the table prefix
   */
  public RawJdbcLifecycle(DataSource ds, String prefix) {
    this.ds = ds;
    this.state = prefix + "state";
    this.event = prefix + "event";
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + state + " (id VARCHAR(36) PRIMARY KEY, stage VARCHAR(16) NOT NULL,"
          + " version BIGINT NOT NULL, title VARCHAR(300), opd VARCHAR(40), problem VARCHAR(4000),"
          + " idea_summary VARCHAR(4000), design_reference VARCHAR(500), delivery_evidence VARCHAR(500))");
      s.execute("CREATE TABLE " + event + " (id VARCHAR(36) NOT NULL, seq BIGINT NOT NULL, type VARCHAR(32) NOT NULL,"
          + " from_stage VARCHAR(16), to_stage VARCHAR(16), occurred_at TIMESTAMP NOT NULL, PRIMARY KEY (id, seq))");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the raw JDBC tables", e);
    }
  }

  /**
   * Runs one lifecycle.
   *
   * @return the number of recorded moves and the refusal's verdict
   */
  public Result lifecycle() {
    String id = UUID.randomUUID().toString();
    int recorded = 0;
    recorded += create(id);
    recorded += advance(id, Stage.DIAGNOSE).isEmpty() ? 1 : 0;
    List<String> verdict = advance(id, Stage.DESIGN);
    recorded += fillIdeaSummary(id);
    recorded += advance(id, Stage.DESIGN).isEmpty() ? 1 : 0;
    recorded += advance(id, Stage.DELIVER).isEmpty() ? 1 : 0;
    recorded += advance(id, Stage.DISPLAY).isEmpty() ? 1 : 0;
    return new Result(recorded, verdict);
  }

  private int create(String id) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + state + " (id, stage, version, title, opd,"
          + " problem, design_reference, delivery_evidence) VALUES (?, ?, 1, ?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, Stage.DRUM_UP.name());
        ps.setString(3, OneLifecycle.TITLE);
        ps.setString(4, OneLifecycle.OPD);
        ps.setString(5, OneLifecycle.PROBLEM);
        ps.setString(6, OneLifecycle.DESIGN_REFERENCE);
        ps.setString(7, OneLifecycle.DELIVERY_EVIDENCE);
        ps.executeUpdate();
      }
      insertEvent(c, id, 1, "CREATED", null, Stage.DRUM_UP);
      c.commit();
      return 1;
    } catch (SQLException e) {
      throw new IllegalStateException("create " + id, e);
    }
  }

  private List<String> advance(String id, Stage to) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Loaded l = load(c, id);
      Stage from = Stage.values()[to.ordinal() - 1];
      if (l.card.stage != from) {
        c.rollback();
        return List.of("WRONG_STAGE");
      }
      List<String> missing = OneLifecycle.missing(to, l.card);
      if (!missing.isEmpty()) {
        c.rollback();
        return missing;
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + state + " SET stage = ?, version = ?"
          + " WHERE id = ? AND version = ?")) {
        ps.setString(1, to.name());
        ps.setLong(2, l.version + 1);
        ps.setString(3, id);
        ps.setLong(4, l.version);
        if (ps.executeUpdate() != 1) {
          throw new IllegalStateException("version conflict on " + id);
        }
      }
      insertEvent(c, id, l.version + 1, "STAGE_ADVANCED", from, to);
      c.commit();
      return List.of();
    } catch (SQLException e) {
      throw new IllegalStateException("advance " + id, e);
    }
  }

  private int fillIdeaSummary(String id) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Loaded l = load(c, id);
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + state + " SET idea_summary = ?, version = ?"
          + " WHERE id = ? AND version = ?")) {
        ps.setString(1, OneLifecycle.IDEA_SUMMARY);
        ps.setLong(2, l.version + 1);
        ps.setString(3, id);
        ps.setLong(4, l.version);
        if (ps.executeUpdate() != 1) {
          throw new IllegalStateException("version conflict on " + id);
        }
      }
      insertEvent(c, id, l.version + 1, "DETAILS_UPDATED", l.card.stage, l.card.stage);
      c.commit();
      return 1;
    } catch (SQLException e) {
      throw new IllegalStateException("fill " + id, e);
    }
  }

  private Loaded load(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT stage, version, title, opd, problem, idea_summary,"
        + " design_reference, delivery_evidence FROM " + state + " WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no innovation " + id);
        }
        Card card = new Card();
        card.stage = Stage.valueOf(rs.getString(1));
        card.title = rs.getString(3);
        card.opd = rs.getString(4);
        card.problem = rs.getString(5);
        card.ideaSummary = rs.getString(6);
        card.designReference = rs.getString(7);
        card.deliveryEvidence = rs.getString(8);
        return new Loaded(card, rs.getLong(2));
      }
    }
  }

  private void insertEvent(Connection c, String id, long seq, String type, Stage from, Stage to) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + event + " (id, seq, type, from_stage, to_stage,"
        + " occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setLong(2, seq);
      ps.setString(3, type);
      ps.setString(4, from == null ? null : from.name());
      ps.setString(5, to.name());
      ps.setTimestamp(6, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  private record Loaded(Card card, long version) {}

  /**
   * What a raw JDBC lifecycle returns.
   *
   * @param recorded accepted moves written
   * @param verdict the refusal's verdict
   */
  public record Result(int recorded, List<String> verdict) {}
}
