package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.EventCodec;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Theme;
import id.labinov.core.port.Append;
import id.labinov.core.port.IdempotencyKeyReusedException;
import id.labinov.core.port.IdempotencyRecord;
import id.labinov.core.port.InnovationFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one {@link Append} on a connection the caller manages: idempotency key first, then the
 * version check under a row lock, the hash-chained events, the state row, its themes and the outbox.
 * Signals a lost race with {@link Conflict} or {@link KeyTaken} so that the caller can roll back
 * before it looks at what won. Not API.
 */
final class Appender {
  /** Another writer changed the innovation first. */
  static final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Long actual;

    Conflict(Long actual, Throwable cause) {
      super("version conflict", cause, false, false);
      this.actual = actual;
    }
  }

  /** Another writer stored the same idempotency key first. */
  static final class KeyTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeyTaken(Throwable cause) {
      super("idempotency key taken", cause, false, false);
    }
  }

  private final Tables t;
  private final Dialect dialect;

  Appender(Tables tables, Dialect dialect) {
    this.t = tables;
    this.dialect = dialect;
  }

  Optional<IdempotencyRecord> append(Connection c, Append a) throws SQLException {
    InnovationRef ref = a.target();
    IdempotencyRecord key = a.idempotency();
    if (key != null) {
      Optional<IdempotencyRecord> known = findKey(c, ref.region().value(), key.key());
      Instant at = a.events().get(0).metadata().occurredAt();
      if (known.isPresent() && !known.get().expiresAt().isBefore(at)) {
        if (!known.get().requestHash().equals(key.requestHash())) {
          throw new IdempotencyKeyReusedException(key.key(), ref.region().value());
        }
        return known;
      }
      if (known.isPresent()) {
        Sql.update(c, "DELETE FROM " + t.idempotency() + " WHERE region = ? AND idem_key = ?", ref.region().value(),
            key.key());
      }
      try {
        Sql.update(c, "INSERT INTO " + t.idempotency() + " (region, idem_key, request_hash, innovation_id, version_after,"
            + " event_count, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", ref.region().value(), key.key(),
            key.requestHash(), key.target().id().toString(), key.versionAfter(), key.eventCount(), key.expiresAt());
      } catch (SQLException e) {
        if (dialect.isUniqueViolation(e) || dialect.isLostRace(e)) {
          throw new KeyTaken(e);
        }
        throw e;
      }
    }
    String previousHash = checkVersion(c, a);
    String lastHash = insertEvents(c, a, previousHash);
    writeState(c, a, lastHash);
    writeOutbox(c, a);
    return Optional.ofNullable(key);
  }

  Optional<IdempotencyRecord> findKey(Connection c, String region, String key) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, "SELECT request_hash, innovation_id, version_after, event_count,"
        + " expires_at FROM " + t.idempotency() + " WHERE region = ? AND idem_key = ?", List.of(region, key));
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new IdempotencyRecord(key, rs.getString("request_hash"),
          new InnovationRef(id.labinov.core.model.RegionCode.parse(region), InnovationId.parse(rs.getString("innovation_id"))),
          rs.getLong("version_after"), rs.getInt("event_count"), Sql.instant(rs, "expires_at")));
    }
  }

  /** Returns the stored version of an innovation: 0 if none, -1 if its id belongs to another region. */
  long currentVersion(Connection c, InnovationRef ref) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, "SELECT region, version FROM " + t.innovation() + " WHERE id = ?",
        List.of(ref.id().toString())); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return 0;
      }
      return rs.getString("region").equals(ref.region().value()) ? rs.getLong("version") : -1;
    }
  }

  /** Locks the state row, checks the version and returns the last hash to chain onto. */
  private String checkVersion(Connection c, Append a) throws SQLException {
    InnovationRef ref = a.target();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT region, version, last_hash FROM " + t.innovation()
        + " WHERE id = ? FOR UPDATE", List.of(ref.id().toString())); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        if (a.expectedVersion() != 0) {
          throw new Conflict(0L, null);
        }
        return HashChain.GENESIS;
      }
      if (!rs.getString("region").equals(ref.region().value())) {
        throw new Conflict(-1L, null);
      }
      long actual = rs.getLong("version");
      if (actual != a.expectedVersion()) {
        throw new Conflict(actual, null);
      }
      return rs.getString("last_hash");
    } catch (SQLException e) {
      throw raceOr(e);
    }
  }

  private String insertEvents(Connection c, Append a, String previousHash) throws SQLException {
    String hash = previousHash;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.event() + " (region, innovation_id, seq_no,"
        + " event_id, event_type, occurred_at, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (InnovationEvent e : a.events()) {
        byte[] payload = EventCodec.encode(e);
        hash = HashChain.next(hash, payload);
        Sql.bind(ps, List.of(a.target().region().value(), a.target().id().toString(), e.metadata().sequence(),
            e.metadata().eventId().toString(), e.type(), e.metadata().occurredAt(), payload, hash));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw raceOr(e);
    }
    return hash;
  }

  /** The state row's columns after {@code id, region}, in the order of {@link #insertStateSql()}. */
  static Object[] stateColumns(InnovationState s, String lastHash) {
    var d = s.details();
    return new Object[] {s.version(), d.title(), InnovationFilter.normaliseForSearch(d.title()),
        d.opd() == null ? null : d.opd().value(), d.bentuk() == null ? null : d.bentuk().name(),
        d.jenis() == null ? null : d.jenis().name(), s.stage(), s.status().name(), s.programmeId(), s.rulebookId(),
        s.rulebookVersion(), s.stageEnteredAt(), s.proposedAt(), s.lastChangedAt(),
        d.replicates() == null ? null : d.replicates().region().value(),
        d.replicates() == null ? null : d.replicates().innovation().toString(), lastHash, StateCodec.encode(s)};
  }

  /** Inserts a new state row: {@code id, region} then {@link #stateColumns}. */
  String insertStateSql() {
    return "INSERT INTO " + t.innovation() + " (id, region, version, title, title_search, opd, bentuk,"
        + " jenis, stage, status, programme_id, rulebook_id, rulebook_version, stage_entered_at, proposed_at,"
        + " last_changed_at, replicates_region, replicates_id, last_hash, state_json) VALUES (" + Sql.placeholders(19)
        + ", " + dialect.jsonParameter() + ")";
  }

  static Object[] insertStateParams(InnovationState s, String lastHash) {
    Object[] columns = stateColumns(s, lastHash);
    Object[] params = new Object[columns.length + 2];
    params[0] = s.id().toString();
    params[1] = s.region().value();
    System.arraycopy(columns, 0, params, 2, columns.length);
    return params;
  }

  String insertEventSql() {
    return "INSERT INTO " + t.event() + " (region, innovation_id, seq_no, event_id, event_type, occurred_at, payload,"
        + " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  }

  String insertThemeSql() {
    return "INSERT INTO " + t.theme() + " (innovation_id, theme) VALUES (?, ?)";
  }

  String insertOutboxSql() {
    return "INSERT INTO " + t.outbox() + " (feed_position, region, innovation_id, seq_no, event_type) VALUES (?, ?, ?, ?, ?)";
  }

  /** Reserves {@code n} feed positions (locking the counter until commit) and returns the first. */
  long reservePositions(Connection c, int n) throws SQLException {
    if (Sql.update(c, "UPDATE " + t.feedCounter() + " SET last_position = last_position + ? WHERE id = 1", n) != 1) {
      throw new SQLException("the feed counter row of " + t.feedCounter() + " is missing", "55000");
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT last_position FROM " + t.feedCounter() + " WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) - n + 1;
    }
  }

  private void writeState(Connection c, Append a, String lastHash) throws SQLException {
    InnovationState s = a.state();
    var d = s.details();
    Object[] columns = stateColumns(s, lastHash);
    String id = s.id().toString();
    String region = s.region().value();
    // only a proposal or a details update changes the themes: other commands leave their rows alone
    boolean rewriteThemes = a.expectedVersion() == 0
        || a.events().stream().anyMatch(e -> e instanceof id.labinov.core.event.DetailsUpdated);
    try {
      if (a.expectedVersion() == 0) {
        Sql.update(c, insertStateSql(), insertStateParams(s, lastHash));
      } else {
        Object[] params = new Object[columns.length + 3];
        System.arraycopy(columns, 0, params, 0, columns.length);
        params[columns.length] = id;
        params[columns.length + 1] = region;
        params[columns.length + 2] = a.expectedVersion();
        int rows = Sql.update(c, "UPDATE " + t.innovation() + " SET version = ?, title = ?, title_search = ?, opd = ?,"
            + " bentuk = ?, jenis = ?, stage = ?, status = ?, programme_id = ?, rulebook_id = ?, rulebook_version = ?,"
            + " stage_entered_at = ?, proposed_at = ?, last_changed_at = ?, replicates_region = ?, replicates_id = ?,"
            + " last_hash = ?, state_json = " + dialect.jsonParameter()
            + " WHERE id = ? AND region = ? AND version = ?", params);
        if (rows != 1) {
          throw new Conflict(null, null);
        }
        if (rewriteThemes) {
          Sql.update(c, "DELETE FROM " + t.theme() + " WHERE innovation_id = ?", id);
        }
      }
    } catch (SQLException e) {
      throw raceOr(e);
    }
    if (rewriteThemes && !d.themes().isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.theme() + " (innovation_id, theme)"
          + " VALUES (?, ?)")) {
        for (Theme theme : d.themes()) {
          Sql.bind(ps, List.of(id, theme.code()));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  /**
   * Gives the events their feed positions. The counter row is locked until commit, so positions
   * follow commit order: a reader never sees a position appear behind one it has already read.
   */
  private void writeOutbox(Connection c, Append a) throws SQLException {
    long position = reservePositions(c, a.events().size());
    try (PreparedStatement ps = c.prepareStatement(insertOutboxSql())) {
      for (InnovationEvent e : a.events()) {
        Sql.bind(ps, List.of(position++, a.target().region().value(), a.target().id().toString(),
            e.metadata().sequence(), e.type()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Throws {@link Conflict} if the error means another writer won; otherwise returns it to rethrow. */
  private SQLException raceOr(SQLException e) {
    if (dialect.isUniqueViolation(e) || dialect.isLostRace(e)) {
      throw new Conflict(null, e);
    }
    return e;
  }
}
