package id.labinov.persistence.jdbc;

import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.SearchText;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes appends on a connection the caller manages: the locked read of the state row, the
 * idempotency key, the hash-chained events, the state row, its themes (only when they change), its
 * stage visit rows (only when the stays change, see {@link VisitRows}) and the feed rows. Every
 * statement's SQL is written once, here (which is why the class is long); the single path, the batch
 * path of {@link BatchWriter} (imports) and the chunk path of {@link JdbcBulkTransaction} (bulk
 * commands: {@link #lockAll}, {@link #findKeys}, {@link #appendChunk}) bind the same statements. Signals a lost race with {@link Conflict} or
 * {@link KeyTaken}, so that the caller can roll back before it looks at what won. Not API.
 */
final class Appender {
  /** Another writer changed the innovation first, or the row could not be locked. */
  static final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The version the append expected; {@code null} when the race was lost while reading. */
    final transient Long expected;
    /** The version found; {@code null} when unknown until the transaction is rolled back. */
    final transient Long actual;

    Conflict(Long expected, Long actual, Throwable cause) {
      super("version conflict", cause, false, false);
      this.expected = expected;
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

  /**
   * What the locked read of an innovation's row found.
   *
   * @param exists whether a row with the id exists
   * @param foreign whether that row belongs to another region (then nothing may be written)
   * @param version the stored version, 0 if none
   * @param lastHash the hash to chain onto
   * @param state the decoded state, if the read asked for it and the row is the region's
   */
  record Locked(boolean exists, boolean foreign, long version, String lastHash, InnovationState state) {
    static final Locked ABSENT = new Locked(false, false, 0, HashChain.GENESIS, null);
  }

  private final Dialect dialect;
  private final FeedWriter feed;
  private final VisitRows visits;
  /** States last written or read by this store, with their documents. */
  private final StateCache states = new StateCache();
  /** Where the implementation start day (then the trial start day) is among {@link #bindState}'s columns. */
  private static final int DATE_COLUMN = 16;
  /** Where {@link #updateState} takes the expected version (after the columns and {@code id, region}). */
  private static final int UPDATE_VERSION_PARAMETER = 24;
  private final String lockState;
  private final String lockVersion;
  /** {@link #lockState} for many ids, by the number of ids (an {@code IN} list of that length). */
  private final String lockManyPrefix;
  private final String selectKeysPrefix;
  private final String readManyPrefix;
  private final String selectVersion;
  private final String selectKey;
  private final String deleteKey;
  private final String insertKey;
  private final String insertEvent;
  private final String insertState;
  private final String updateState;
  private final String deleteThemes;
  private final String insertTheme;

  Appender(Tables t, Dialect dialect) {
    this.dialect = dialect;
    this.feed = new FeedWriter(t, dialect);
    this.visits = new VisitRows(t);
    String lockRow = " FROM " + t.innovation() + " WHERE id = ? FOR UPDATE";
    this.lockState = "SELECT region, version, last_hash, state_json" + lockRow;
    this.lockVersion = "SELECT region, version, last_hash" + lockRow;
    this.lockManyPrefix = "SELECT region, version, last_hash, state_json, id FROM " + t.innovation() + " WHERE id IN (";
    this.readManyPrefix = "SELECT region, state_json, id FROM " + t.innovation() + " WHERE id IN (";
    this.selectKeysPrefix = "SELECT request_hash, innovation_id, version_after, event_count, expires_at, idem_key FROM "
        + t.idempotency() + " WHERE region = ? AND idem_key IN (";
    this.selectVersion = "SELECT region, version FROM " + t.innovation() + " WHERE id = ?";
    this.selectKey = "SELECT request_hash, innovation_id, version_after, event_count, expires_at FROM "
        + t.idempotency() + " WHERE region = ? AND idem_key = ?";
    this.deleteKey = "DELETE FROM " + t.idempotency() + " WHERE region = ? AND idem_key = ?";
    this.insertKey = "INSERT INTO " + t.idempotency() + " (region, idem_key, request_hash, innovation_id,"
        + " version_after, event_count, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    this.insertEvent = "INSERT INTO " + t.event() + " (region, innovation_id, seq_no, event_id, event_type,"
        + " occurred_at, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    this.insertState = "INSERT INTO " + t.innovation() + " (id, region, version, title, title_search, opd, bentuk,"
        + " jenis, stage, status, programme_id, rulebook_id, rulebook_version, stage_entered_at, proposed_at,"
        + " last_changed_at, replicates_region, replicates_id, implementation_start_day, trial_start_day,"
        + " visited_stages, last_hash, state_json) VALUES (" + Sql.placeholders(22) + ", " + dialect.jsonParameter()
        + ")";
    this.updateState = "UPDATE " + t.innovation() + " SET version = ?, title = ?, title_search = ?, opd = ?,"
        + " bentuk = ?, jenis = ?, stage = ?, status = ?, programme_id = ?, rulebook_id = ?, rulebook_version = ?,"
        + " stage_entered_at = ?, proposed_at = ?, last_changed_at = ?, replicates_region = ?, replicates_id = ?,"
        + " implementation_start_day = ?, trial_start_day = ?, visited_stages = ?, last_hash = ?, state_json = "
        + dialect.jsonParameter() + " WHERE id = ? AND region = ? AND version = ?";
    this.deleteThemes = "DELETE FROM " + t.theme() + " WHERE innovation_id = ?";
    this.insertTheme = "INSERT INTO " + t.theme() + " (innovation_id, theme) VALUES (?, ?)";
  }

  /** Reads a state document of {@code ref}'s row, through this store's cache of recent states. */
  InnovationState readState(String json, InnovationRef ref) {
    return states.read(json, ref);
  }

  FeedWriter feed() {
    return feed;
  }

  /**
   * Reads and locks an innovation's row until commit (a second writer waits here and then reads the
   * first one's state). Locks the row of another region with the same id too, so that a takeover is
   * refused.
   *
   * @param withState whether to decode the state (for a command decided inside the transaction)
   */
  Locked lock(Connection c, InnovationRef ref, boolean withState) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(withState ? lockState : lockVersion)) {
      ps.setString(1, ref.id().toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Locked.ABSENT;
        }
        if (!rs.getString(1).equals(ref.region().value())) {
          return new Locked(true, true, rs.getLong(2), rs.getString(3), null);
        }
        InnovationState state = withState ? states.read(rs.getString(4), ref) : null;
        return new Locked(true, false, rs.getLong(2), rs.getString(3), state);
      }
    } catch (SQLException e) {
      throw raceOr(null, e);
    }
  }

  /** Returns the stored version of an innovation: 0 if none, -1 if its id belongs to another region. */
  long currentVersion(Connection c, InnovationRef ref) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, selectVersion, List.of(ref.id().toString()));
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return 0;
      }
      return rs.getString(1).equals(ref.region().value()) ? rs.getLong(2) : -1;
    }
  }

  /** Looks a key up as stored, expired or not. */
  Optional<IdempotencyRecord> findKey(Connection c, String region, String key) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, selectKey, List.of(region, key)); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new IdempotencyRecord(key, rs.getString(1),
          new InnovationRef(RegionCode.parse(region), InnovationId.parse(rs.getString(2))), rs.getLong(3),
          rs.getInt(4), Sql.instant(rs, "expires_at")));
    }
  }

  /**
   * Writes one append after its row was locked: the key (unless a live one answers the command),
   * the version check, the events, the state row, the themes if they change, and the feed rows
   * unless {@code feedLater} collects the append for a feed write of its own.
   *
   * @param locked what {@link #lock} found
   * @param knownKey the key's stored row if the transaction looked it up already, else {@code null}
   * @param feedLater where to put the append for a later feed write, or {@code null} to write it now
   * @return the idempotency record that stands for the command
   */
  Optional<IdempotencyRecord> append(Connection c, Append a, Locked locked, Optional<IdempotencyRecord> knownKey,
      List<Append> feedLater) throws SQLException {
    IdempotencyRecord key = a.idempotency();
    if (key != null) {
      String region = a.target().region().value();
      Optional<IdempotencyRecord> known = knownKey != null ? knownKey : findKey(c, region, key.key());
      Instant at = a.events().get(0).metadata().occurredAt();
      if (known.isPresent() && !known.get().expiresAt().isBefore(at)) {
        if (!known.get().requestHash().equals(key.requestHash())) {
          throw new IdempotencyKeyReusedException(key.key(), region);
        }
        return known;
      }
      if (known.isPresent()) {
        Sql.update(c, deleteKey, region, key.key());
      }
      try {
        Sql.update(c, insertKey, region, key.key(), key.requestHash(), key.target().id().toString(),
            key.versionAfter(), key.eventCount(), key.expiresAt());
      } catch (SQLException e) {
        if (dialect.isUniqueViolation(e) || dialect.isLostRace(e)) {
          throw new KeyTaken(e);
        }
        throw e;
      }
    }
    checkVersion(a, locked);
    String lastHash;
    try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
      lastHash = bindEvents(ps, a, locked.lastHash());
      ps.executeBatch();
    } catch (SQLException e) {
      throw raceOr(a.expectedVersion(), e);
    }
    writeState(c, a, lastHash, locked.state());
    visits.write(c, a);
    if (feedLater == null) {
      feed.write(c, List.of(a), 1);
    } else {
      feedLater.add(a);
    }
    return Optional.ofNullable(key);
  }

  /**
   * Reads and locks the rows of many innovations in one statement, in id order (so two chunks
   * locking overlapping innovations wait for each other instead of deadlocking), as {@link #lock}
   * does for one: a row of another region with the same id is locked too and found foreign.
   *
   * @param withState whether to decode the states
   * @return what was found for each ref (absent ones too)
   */
  Map<InnovationRef, Locked> lockAll(Connection c, List<InnovationRef> refs, boolean withState) throws SQLException {
    if (refs.isEmpty()) {
      return Map.of();
    }
    Map<String, InnovationRef> byId = new HashMap<>();
    for (InnovationRef r : refs) {
      byId.put(r.id().toString(), r);
    }
    Map<InnovationRef, Locked> out = new HashMap<>();
    String sql = lockManyPrefix + Sql.placeholders(byId.size()) + ") ORDER BY id FOR UPDATE";
    try (PreparedStatement ps = Sql.prepare(c, sql, List.copyOf(new java.util.TreeSet<>(byId.keySet())));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        InnovationRef ref = byId.get(rs.getString(5));
        if (!rs.getString(1).equals(ref.region().value())) {
          out.put(ref, new Locked(true, true, rs.getLong(2), rs.getString(3), null));
        } else {
          out.put(ref, new Locked(true, false, rs.getLong(2), rs.getString(3),
              withState ? states.read(rs.getString(4), ref) : null));
        }
      }
    } catch (SQLException e) {
      throw raceOr(null, e);
    }
    for (InnovationRef r : refs) {
      out.putIfAbsent(r, Locked.ABSENT);
    }
    return out;
  }

  /** Reads the states of many innovations in one statement, without locks (rows of other regions left out). */
  Map<InnovationRef, InnovationState> readAll(Connection c, List<InnovationRef> refs) throws SQLException {
    if (refs.isEmpty()) {
      return Map.of();
    }
    Map<String, InnovationRef> byId = new HashMap<>();
    for (InnovationRef r : refs) {
      byId.put(r.id().toString(), r);
    }
    Map<InnovationRef, InnovationState> out = new HashMap<>();
    String sql = readManyPrefix + Sql.placeholders(byId.size()) + ")";
    try (PreparedStatement ps = Sql.prepare(c, sql, List.copyOf(byId.keySet())); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        InnovationRef ref = byId.get(rs.getString(3));
        if (rs.getString(1).equals(ref.region().value())) {
          out.put(ref, states.read(rs.getString(2), ref));
        }
      }
    }
    return out;
  }

  /** Looks many keys of a region up in one statement, as stored (expired ones too), by key. */
  Map<String, IdempotencyRecord> findKeys(Connection c, RegionCode region, Collection<String> keys)
      throws SQLException {
    Map<String, IdempotencyRecord> out = new HashMap<>();
    Set<String> distinct = new java.util.TreeSet<>(keys);
    if (distinct.isEmpty()) {
      return out;
    }
    List<Object> params = new ArrayList<>(distinct.size() + 1);
    params.add(region.value());
    params.addAll(distinct);
    try (PreparedStatement ps = Sql.prepare(c, selectKeysPrefix + Sql.placeholders(distinct.size()) + ")", params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String key = rs.getString(6);
        out.put(key, new IdempotencyRecord(key, rs.getString(1),
            new InnovationRef(region, InnovationId.parse(rs.getString(2))), rs.getLong(3), rs.getInt(4),
            Sql.instant(rs, "expires_at")));
      }
    }
    return out;
  }

  /**
   * Writes a chunk of appends to existing innovations whose rows {@link #lockAll} locked and whose
   * versions and keys the caller checked, in a fixed number of JDBC batches whatever the chunk's
   * size: expired keys deleted and the new keys inserted, the events (hash-chained onto each row's
   * last hash), the state rows (each guarded by its version), the themes of the details updates
   * that change them, the stays' rows. The feed rows are the caller's.
   *
   * @param locked what the locked read found, by ref
   * @param expiredKeys the appends' keys that are stored but expired (deleted before the insert)
   * @throws KeyTaken if another writer stored one of the keys first (run the chunk again)
   * @throws Conflict if the database chose this transaction as a deadlock victim (run the chunk again)
   * @throws SQLException if a row is refused: roll back to a savepoint and write the appends one by one
   */
  void appendChunk(Connection c, List<Append> chunk, Map<InnovationRef, Locked> locked,
      List<IdempotencyRecord> expiredKeys) throws SQLException {
    try {
      writeKeys(c, chunk, expiredKeys);
      String[] hashes = new String[chunk.size()];
      try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
        for (int i = 0; i < chunk.size(); i++) {
          hashes[i] = bindEvents(ps, chunk.get(i), locked.get(chunk.get(i).target()).lastHash());
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement(updateState)) {
        for (int i = 0; i < chunk.size(); i++) {
          Append a = chunk.get(i);
          bindState(ps, a.state(), hashes[i], false);
          ps.setLong(UPDATE_VERSION_PARAMETER, a.expectedVersion());
          ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        for (int n : counts) {
          if (n != 1 && n != java.sql.Statement.SUCCESS_NO_INFO) {
            throw new SQLException("a state row changed under its lock", "40001");
          }
        }
      }
      writeThemes(c, chunk, locked);
      writeVisits(c, chunk);
    } catch (SQLException e) {
      if (dialect.isLostRace(e)) {
        throw new Conflict(null, null, e);
      }
      throw e;
    }
  }

  private void writeKeys(Connection c, List<Append> chunk, List<IdempotencyRecord> expiredKeys) throws SQLException {
    if (!expiredKeys.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(deleteKey)) {
        for (IdempotencyRecord r : expiredKeys) {
          ps.setString(1, r.target().region().value());
          ps.setString(2, r.key());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    boolean any = false;
    try (PreparedStatement ps = c.prepareStatement(insertKey)) {
      for (Append a : chunk) {
        IdempotencyRecord key = a.idempotency();
        if (key != null) {
          Sql.bind(ps, List.of(a.target().region().value(), key.key(), key.requestHash(), key.target().id().toString(),
              key.versionAfter(), key.eventCount(), key.expiresAt()));
          ps.addBatch();
          any = true;
        }
      }
      if (any) {
        ps.executeBatch();
      }
    } catch (SQLException e) {
      if (dialect.isUniqueViolation(e)) {
        throw new KeyTaken(e);
      }
      throw e;
    }
  }

  /** Deletes and inserts the theme rows of the details updates that change them, one batch each. */
  private void writeThemes(Connection c, List<Append> chunk, Map<InnovationRef, Locked> locked) throws SQLException {
    List<Append> changed = new ArrayList<>();
    for (Append a : chunk) {
      if (themesChange(a, locked.get(a.target()).state())) {
        changed.add(a);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(deleteThemes)) {
      for (Append a : changed) {
        ps.setString(1, a.target().id().toString());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(insertTheme)) {
      boolean any = false;
      for (Append a : changed) {
        any |= bindThemes(ps, a.state());
      }
      if (any) {
        ps.executeBatch();
      }
    }
  }

  /**
   * Updates the open stays and inserts the new ones, one batch each; an innovation whose open stay
   * has no row (a history not filled yet) gets its rows rewritten on its own.
   */
  private void writeVisits(Connection c, List<Append> chunk) throws SQLException {
    List<Append> touched = new ArrayList<>();
    List<VisitRows.Change> changes = new ArrayList<>();
    List<Append> rewrite = new ArrayList<>();
    for (Append a : chunk) {
      VisitRows.Change change = VisitRows.change(a);
      if (change != null && (change.rewrite() || change.proposal())) {
        rewrite.add(a);
      } else if (change != null) {
        touched.add(a);
        changes.add(change);
      }
    }
    if (!touched.isEmpty()) {
      int[] counts;
      try (PreparedStatement ps = c.prepareStatement(visits.updateSql())) {
        for (int i = 0; i < touched.size(); i++) {
          VisitRows.bindUpdate(ps, touched.get(i).state(), changes.get(i));
          ps.addBatch();
        }
        counts = ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement(visits.insertSql())) {
        boolean any = false;
        for (int i = 0; i < touched.size(); i++) {
          if (counts[i] == 0) {
            rewrite.add(touched.get(i));
          } else {
            any |= VisitRows.bindInserts(ps, touched.get(i).state(), changes.get(i));
          }
        }
        if (any) {
          ps.executeBatch();
        }
      }
    }
    for (Append a : rewrite) {
      visits.rewrite(c, a.state());
    }
  }

  /**
   * Writes new innovations (expected version 0, no keys) in four JDBC batches: state rows, themes,
   * hash-chained events and stage visits. The feed rows are the caller's (see {@link FeedWriter}).
   *
   * @throws SQLException if any row is refused (e.g. an id that exists): roll back to a savepoint
   */
  void insertNew(Connection c, List<Append> chunk) throws SQLException {
    try (PreparedStatement state = c.prepareStatement(insertState);
        PreparedStatement event = c.prepareStatement(insertEvent);
        PreparedStatement theme = c.prepareStatement(insertTheme);
        PreparedStatement visit = c.prepareStatement(visits.insertSql())) {
      boolean themes = false;
      for (Append a : chunk) {
        String hash = bindEvents(event, a, HashChain.GENESIS);
        bindState(state, a.state(), hash, true);
        state.addBatch();
        themes |= bindThemes(theme, a.state());
        visits.bindNew(visit, a);
      }
      state.executeBatch();
      if (themes) {
        theme.executeBatch();
      }
      event.executeBatch();
      visit.executeBatch();
    }
  }

  /** Tells whether an append can go into {@link #insertNew}'s batches. */
  static boolean isNewWithoutKey(Append a) {
    return a.expectedVersion() == 0 && a.idempotency() == null;
  }

  private static void checkVersion(Append a, Locked locked) {
    if (locked.foreign()) {
      throw new Conflict(a.expectedVersion(), -1L, null);
    }
    if (locked.version() != a.expectedVersion()) {
      throw new Conflict(a.expectedVersion(), locked.version(), null);
    }
  }

  /** Adds the append's events to the batch of {@code ps} ({@link #insertEvent}) and returns the last hash. */
  private static String bindEvents(PreparedStatement ps, Append a, String previousHash) throws SQLException {
    String hash = previousHash;
    String region = a.target().region().value();
    String id = a.target().id().toString();
    for (InnovationEvent e : a.events()) {
      byte[] payload = EventCodec.encode(e);
      hash = HashChain.next(hash, payload);
      ps.setString(1, region);
      ps.setString(2, id);
      ps.setLong(3, e.metadata().sequence());
      ps.setString(4, e.metadata().eventId().toString());
      ps.setString(5, e.type());
      Sql.set(ps, 6, e.metadata().occurredAt());
      ps.setBytes(7, payload);
      ps.setString(8, hash);
      ps.addBatch();
    }
    return hash;
  }

  /**
   * Binds a state row: for {@link #insertState} {@code id, region} and then the columns; for
   * {@link #updateState} the columns and then {@code id, region} (the caller binds the version).
   */
  private void bindState(PreparedStatement ps, InnovationState s, String lastHash, boolean insert)
      throws SQLException {
    var d = s.details();
    int i = 1;
    if (insert) {
      ps.setString(i++, s.id().toString());
      ps.setString(i++, s.region().value());
    }
    Object[] columns = {s.version(), d.title(), SearchText.normalise(d.title()),
        d.opd() == null ? null : d.opd().value(), d.bentuk() == null ? null : d.bentuk().name(),
        d.jenis() == null ? null : d.jenis().name(), s.stage(), s.status().name(), s.programmeId(), s.rulebookId(),
        s.rulebookVersion(), s.stageEnteredAt(), s.proposedAt(), s.lastChangedAt(),
        d.replicates() == null ? null : d.replicates().region().value(),
        d.replicates() == null ? null : d.replicates().innovation().toString(),
        StayDays.epochDay(d.date(InnovationDetails.IMPLEMENTATION_START_DATE).orElse(null)),
        StayDays.epochDay(d.date(InnovationDetails.TRIAL_START_DATE).orElse(null)), VisitRows.visitedStages(s.visits()),
        lastHash, states.write(s)};
    for (int k = 0; k < columns.length; k++) {
      if (columns[k] == null && (k == DATE_COLUMN || k == DATE_COLUMN + 1)) {
        ps.setNull(i++, Types.BIGINT); // typed: PostgreSQL refuses a text null in a bigint column
      } else {
        Sql.set(ps, i++, columns[k]);
      }
    }
    if (!insert) {
      ps.setString(i++, s.id().toString());
      ps.setString(i, s.region().value());
    }
  }

  /** Adds the state's themes to the batch of {@code ps} ({@link #insertTheme}); tells whether there were any. */
  private static boolean bindThemes(PreparedStatement ps, InnovationState s) throws SQLException {
    String id = s.id().toString();
    for (Theme theme : s.details().themes()) {
      ps.setString(1, id);
      ps.setString(2, theme.code());
      ps.addBatch();
    }
    return !s.details().themes().isEmpty();
  }

  private void writeState(Connection c, Append a, String lastHash, InnovationState before) throws SQLException {
    InnovationState s = a.state();
    boolean proposal = a.expectedVersion() == 0;
    try {
      if (proposal) {
        try (PreparedStatement ps = c.prepareStatement(insertState)) {
          bindState(ps, s, lastHash, true);
          ps.executeUpdate();
        }
      } else {
        try (PreparedStatement ps = c.prepareStatement(updateState)) {
          bindState(ps, s, lastHash, false);
          ps.setLong(UPDATE_VERSION_PARAMETER, a.expectedVersion());
          if (ps.executeUpdate() != 1) {
            throw new Conflict(a.expectedVersion(), null, null);
          }
        }
      }
    } catch (SQLException e) {
      throw raceOr(a.expectedVersion(), e);
    }
    if (!proposal && themesChange(a, before)) {
      Sql.update(c, deleteThemes, s.id().toString());
    }
    if ((proposal || themesChange(a, before)) && !s.details().themes().isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(insertTheme)) {
        bindThemes(ps, s);
        ps.executeBatch();
      }
    }
  }

  /**
   * Tells whether a command after a proposal changes the theme rows: only a details update can, and
   * when the state before is known, only if the themes differ.
   */
  private static boolean themesChange(Append a, InnovationState before) {
    for (InnovationEvent e : a.events()) {
      if (e instanceof DetailsUpdated) {
        return before == null || !before.details().themes().equals(a.state().details().themes());
      }
    }
    return false;
  }

  /** Throws {@link Conflict} if the error means another writer won; otherwise returns it to rethrow. */
  private SQLException raceOr(Long expected, SQLException e) {
    if (dialect.isUniqueViolation(e) || dialect.isLostRace(e)) {
      throw new Conflict(expected, null, e);
    }
    return e;
  }
}
