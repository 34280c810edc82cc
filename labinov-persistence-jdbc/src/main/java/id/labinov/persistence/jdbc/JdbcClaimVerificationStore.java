package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.StorageException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.Verification;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.ClaimVerificationStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The verification stream of the regional innovation index on a database (schema version 9, table
 * {@code lbv_iid_verification}): every verifier's decision on an index claim, one row per decision,
 * never updated or deleted. Every statement names the region.
 *
 * <p>A decision is written in one transaction: it locks the region's last decision
 * ({@code SELECT … FOR UPDATE}), so writers of one region queue instead of failing, then reads the
 * key's latest version and the region's last stream number, checks the version and inserts the row
 * with the next of both. Two unique keys make this race-free on every supported database, also for
 * a region's first decision, where there is no row to lock: (region, year, subject, indicator,
 * version) refuses a second decision at a version another writer took, and the primary key (region,
 * stream number) a number another writer took. A refused insert (it waits for the other writer's
 * commit) rolls back; the store then reads the key's version again: moved on, it is a
 * {@link RegisterConflictException} ({@code VERSION_CONFLICT}) carrying it; unchanged (a decision
 * on another claim of the region took the number), the write runs again, up to 50 times. As a
 * number is taken only after the one before it committed, the stream has no gaps and a reader
 * following it ({@link #log}) misses no decision.
 *
 * <p>Obtained from {@link JdbcStorage#claimVerifications()}; {@link #inTransaction(Connection)}
 * works inside a caller's transaction (at READ COMMITTED, so that a retry sees what the other writer
 * committed). Thread-safe.
 */
@Beta
public final class JdbcClaimVerificationStore implements ClaimVerificationStore {
  /** The most decisions one call of {@link #log} returns. */
  public static final int MAX_LOG = 1000;
  /** How often a write whose stream number another writer took runs again before it gives up. */
  static final int MAX_ATTEMPTS = 50;
  /** The earliest and latest instants every supported database stores (MariaDB's DATETIME range). */
  private static final Instant FIRST_STORABLE = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_STORABLE = Instant.parse("9999-12-31T23:59:59.999999Z");
  /** The port's listing order: region-level first, then by innovation id, then by indicator code. */
  private static final Comparator<RecordedVerification> ORDER = Comparator
      .comparing((RecordedVerification r) -> r.key().innovation().map(InnovationId::toString).orElse(""))
      .thenComparing(r -> r.key().indicator());
  private static final String COLUMNS = "stream_seq, innovation_id, claim_year, indicator, version, verified_level,"
      + " note, claim_version, claimed_level, predicted_level, verifier, verified_at";

  private final Connections connections;
  private final Tables tables;

  JdbcClaimVerificationStore(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
  }

  /**
   * Returns a view of this store that works inside the caller's transaction on {@code connection},
   * never committing, rolling back (except to its own savepoint) or closing it. Writes need
   * {@code autoCommit} off and the transaction at READ COMMITTED; a decision recorded through the
   * view becomes visible to others when the caller commits.
   *
   * @param connection the caller's connection
   * @return the view
   * @throws InvalidValueException if {@code connection} is {@code null}
   */
  public JdbcClaimVerificationStore inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcClaimVerificationStore(Connections.caller(connection, connections.dialect), tables);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidValueException with the code of {@code Checks.notNegative} for a negative
   *     {@code expectedVersion}
   * @throws JdbcSettingException with code {@code INSTANT_NOT_STORABLE} if the decision's instant
   *     has digits below the microsecond or lies outside the years 0001-9999 (the services give
   *     instants truncated to microseconds)
   */
  @Override
  public RecordedVerification record(Verification verification, long expectedVersion) {
    Checks.notNull(verification, "verification");
    Checks.notNegative(expectedVersion, "expectedVersion");
    Instant at = verification.at();
    if (at.getNano() % 1000 != 0 || at.isBefore(FIRST_STORABLE) || at.isAfter(LAST_STORABLE)) {
      throw new JdbcSettingException("INSTANT_NOT_STORABLE", "at", at, "jdbc.instantNotStorable");
    }
    ClaimKey key = verification.key();
    String operation = "record the verification of claim " + key + " of " + key.region();
    for (int attempt = 1; ; attempt++) {
      try {
        return connections.write(operation, c -> append(c, verification, expectedVersion));
      } catch (Taken e) {
        // the other writer's row committed (a refused insert waits for it), so read its version
        long actual = connections.read(operation, c -> heads(c, key)[0]);
        if (actual != expectedVersion) {
          throw new RegisterConflictException(key.region(), key.text(), expectedVersion, actual);
        }
        if (attempt == MAX_ATTEMPTS) {
          throw new StorageException(operation + ": other decisions of the region took the next stream number "
              + MAX_ATTEMPTS + " times in a row", e.getCause().getSQLState(), e.getCause());
        }
      }
    }
  }

  /** Checks the version and inserts the decision with the next version and stream number. */
  private RecordedVerification append(Connection c, Verification v, long expectedVersion) throws SQLException {
    ClaimKey key = v.key();
    try {
      lockLast(c, key.region());
      long[] heads = heads(c, key);
      if (heads[0] != expectedVersion) {
        throw new RegisterConflictException(key.region(), key.text(), expectedVersion, heads[0]);
      }
      RecordedVerification recorded = new RecordedVerification(v, expectedVersion + 1, heads[1] + 1);
      Sql.update(c, "INSERT INTO " + tables.iidVerification() + " (region, stream_seq, subject, claim_year, indicator,"
          + " innovation_id, version, verified_level, note, claim_version, claimed_level, predicted_level, verifier,"
          + " verified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key.region().value(),
          recorded.sequence(), subject(key), key.year(), key.indicator(),
          key.innovation().map(InnovationId::toString).orElse(null), recorded.version(), v.verifiedLevel(), v.note(),
          v.claimVersion(), v.claimedLevel(), v.predictedLevel().isPresent() ? (Object) v.predictedLevel().getAsInt()
              : new Sql.TypedNull(java.sql.Types.INTEGER), v.verifier().value(), v.at());
      return recorded;
    } catch (SQLException e) {
      Dialect dialect = connections.dialect;
      // a deadlock may end a caller's whole transaction, so only an own transaction runs again
      if (dialect.isUniqueViolation(e) || !connections.callerManaged() && dialect.isLostRace(e)) {
        throw new Taken(e);
      }
      throw e;
    }
  }

  /**
   * Locks the region's last decision, if it has one, until the transaction ends: a second writer of
   * the region waits here and then reads what the first one committed.
   */
  private void lockLast(Connection c, RegionCode region) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, "SELECT stream_seq FROM " + tables.iidVerification()
        + " WHERE region = ? ORDER BY stream_seq DESC" + connections.dialect.limitClause() + " FOR UPDATE",
        List.of(region.value(), 1)); ResultSet rs = ps.executeQuery()) {
      rs.next();
    }
  }

  /** Reads the key's latest version and the region's last stream number in one round trip, 0 for none. */
  private long[] heads(Connection c, ClaimKey key) throws SQLException {
    String t = tables.iidVerification();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT (SELECT MAX(version) FROM " + t + " WHERE region = ?"
        + " AND claim_year = ? AND subject = ? AND indicator = ?), (SELECT MAX(stream_seq) FROM " + t
        + " WHERE region = ?)", List.of(key.region().value(), key.year(), subject(key), key.indicator(),
            key.region().value())); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  @Override
  public Optional<RecordedVerification> latest(ClaimKey key) {
    Checks.notNull(key, "key");
    return connections.read("read the latest verification of claim " + key + " of " + key.region(), c -> {
      List<RecordedVerification> found = rows(c, key.region(), "SELECT " + COLUMNS + " FROM "
          + tables.iidVerification() + " WHERE region = ? AND claim_year = ? AND subject = ? AND indicator = ?"
          + " ORDER BY version DESC" + connections.dialect.limitClause(),
          List.of(key.region().value(), key.year(), subject(key), key.indicator(), 1));
      return found.stream().findFirst();
    });
  }

  @Override
  public List<RecordedVerification> latest(RegionCode region, int year) {
    Checks.notNull(region, "region");
    String t = tables.iidVerification();
    List<RecordedVerification> out = new ArrayList<>(connections.read("read the latest verifications of " + region
        + " in " + year, c -> rows(c, region, "SELECT " + COLUMNS + " FROM " + t + " v WHERE v.region = ?"
            + " AND v.claim_year = ? AND NOT EXISTS (SELECT 1 FROM " + t + " w WHERE w.region = v.region"
            + " AND w.claim_year = v.claim_year AND w.subject = v.subject AND w.indicator = v.indicator"
            + " AND w.version > v.version)", List.of(region.value(), year))));
    // sorted here, so the order never depends on a database collation
    out.sort(ORDER);
    return List.copyOf(out);
  }

  @Override
  public List<RecordedVerification> log(RegionCode region, long afterSequence, int limit) {
    Checks.notNull(region, "region");
    Checks.notNegative(afterSequence, "afterSequence");
    if (limit < 1 || limit > MAX_LOG) {
      throw new InvalidValueException("INVALID_LIMIT", "limit", limit, "error.limit", 1, MAX_LOG);
    }
    return List.copyOf(connections.read("read the verification stream of " + region, c -> rows(c, region,
        "SELECT " + COLUMNS + " FROM " + tables.iidVerification() + " WHERE region = ? AND stream_seq > ?"
            + " ORDER BY stream_seq" + connections.dialect.limitClause(), List.of(region.value(), afterSequence,
            limit))));
  }

  /** Runs a query for {@link #COLUMNS} of one region's rows and reads each row, in the order read. */
  private static List<RecordedVerification> rows(Connection c, RegionCode region, String sql, List<?> params)
      throws SQLException {
    List<RecordedVerification> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs, region));
      }
    }
    return out;
  }

  private static RecordedVerification read(ResultSet rs, RegionCode region) throws SQLException {
    long sequence = rs.getLong(1);
    String innovation = rs.getString(2);
    int year = rs.getInt(3);
    String indicator = rs.getString(4);
    long version = rs.getLong(5);
    int verifiedLevel = rs.getInt(6);
    String note = rs.getString(7);
    long claimVersion = rs.getLong(8);
    int claimedLevel = rs.getInt(9);
    int predicted = rs.getInt(10);
    OptionalInt predictedLevel = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(predicted);
    String verifier = rs.getString(11);
    Instant at = Sql.instant(rs, "verified_at");
    try {
      ClaimKey key = new ClaimKey(region, Optional.ofNullable(innovation).map(InnovationId::parse), year, indicator);
      return new RecordedVerification(new Verification(key, verifiedLevel, note, claimVersion, claimedLevel,
          predictedLevel, PersonId.of(verifier), at), version, sequence);
    } catch (RuntimeException e) {
      throw new StorageException("read the stored verification " + region + "/" + sequence, null, e);
    }
  }

  /** The key column of a claim: the innovation's id, or {@code region:} and the region code. */
  private static String subject(ClaimKey key) {
    return key.innovation().map(InnovationId::toString).orElseGet(() -> "region:" + key.region().value());
  }

  /** Another writer took the version or the stream number first; thrown out of the transaction so it rolls back. */
  private static final class Taken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Taken(SQLException cause) {
      super("key taken", cause, false, false);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
