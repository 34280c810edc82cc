package id.labinov.persistence.jdbc;

import id.labinov.core.Checks;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.EventCodec;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.RegionCode;
import id.labinov.core.port.Append;
import id.labinov.core.port.CountRow;
import id.labinov.core.port.Dimension;
import id.labinov.core.port.IdempotencyKeyReusedException;
import id.labinov.core.port.IdempotencyRecord;
import id.labinov.core.port.InnovationFilter;
import id.labinov.core.port.InnovationQuery;
import id.labinov.core.port.InnovationStore;
import id.labinov.core.port.InnovationSummary;
import id.labinov.core.port.Page;
import id.labinov.core.port.PageRequest;
import id.labinov.core.port.Scope;
import id.labinov.core.port.StageDuration;
import id.labinov.core.port.StorageException;
import id.labinov.core.port.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The innovation store and query port on a database: current state rows with indexed columns,
 * an append-only hash-chained event table, idempotency keys and an outbox, all written in one
 * transaction per {@link #append}. Obtained from {@link JdbcStorage#innovationStore()}.
 *
 * <p>Of two writers on one innovation exactly one wins; the other gets a
 * {@link VersionConflictException} and nothing of its append is written. Idempotency keys hold
 * across connections and servers. Every failure of the database becomes a {@link StorageException}
 * with its SQL state, and no connection or transaction is left open.
 *
 * <p>By default each call takes a connection from the {@code DataSource} and commits its own
 * transaction. {@link #inTransaction(Connection)} gives a view that works inside the caller's
 * transaction instead. Thread-safe (a view is as thread-safe as its connection, i.e. one thread at
 * a time).
 */
public final class JdbcInnovationStore implements InnovationStore, InnovationQuery {
  private static final int KEY_RACE_ATTEMPTS = 5;

  private final Connections connections;
  private final Tables tables;
  private final Appender appender;
  private final Queries queries;
  private final Verifier verifier;

  JdbcInnovationStore(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
    this.appender = new Appender(tables, connections.dialect);
    this.queries = new Queries(tables, connections.dialect);
    this.verifier = new Verifier(tables);
  }

  /**
   * Returns a view of this store that works inside the caller's transaction on {@code connection}:
   * it never commits, rolls back (except to its own savepoint, undoing a failed append) or closes
   * it. What a view appends becomes visible, and reaches the change feed, only when the caller
   * commits; in-process listeners of a facade built on the view would fire before that, so feed
   * integrations from {@link JdbcChangeFeed} instead. Writes need {@code autoCommit} off.
   *
   * @param connection the caller's connection, on the same database and schema
   * @return the view
   * @throws id.labinov.core.InvalidValueException if {@code connection} is {@code null}
   */
  public JdbcInnovationStore inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcInnovationStore(Connections.caller(connection, connections.dialect), tables);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the state row only; the history is not replayed.
   */
  @Override
  public Optional<InnovationState> load(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return connections.read("load " + ref, c -> {
      try (PreparedStatement ps = Sql.prepare(c, "SELECT state_json FROM " + tables.innovation()
          + " WHERE region = ? AND id = ?", List.of(ref.region().value(), ref.id().toString()));
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(StateCodec.read(rs.getString(1), ref.toString())) : Optional.empty();
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Everything (idempotency key, events, state row, themes, outbox) is written in one
   * transaction, or under one savepoint of the caller's transaction in a view.
   *
   * @throws id.labinov.core.InvalidValueException if a view's connection is in auto-commit mode
   */
  @Override
  public Optional<IdempotencyRecord> append(Append append) {
    Checks.notNull(append, "append");
    InnovationRef ref = append.target();
    String operation = "append " + ref;
    for (int attempt = 1; ; attempt++) {
      try {
        return connections.write(operation, c -> appender.append(c, append));
      } catch (Appender.Conflict e) {
        long actual = e.actual != null ? e.actual
            : connections.read(operation, c -> appender.currentVersion(c, ref));
        if (actual == append.expectedVersion() && e.actual == null && attempt < KEY_RACE_ATTEMPTS
            && !connections.callerManaged()) {
          continue; // lost a lock race (e.g. chosen as deadlock victim) but nobody changed it: try again
        }
        throw new VersionConflictException(ref, append.expectedVersion(), actual);
      } catch (Appender.KeyTaken e) {
        IdempotencyRecord mine = append.idempotency();
        Optional<IdempotencyRecord> stored = connections.read(operation,
            c -> appender.findKey(c, ref.region().value(), mine.key()));
        if (stored.isPresent()) {
          if (!stored.get().requestHash().equals(mine.requestHash())) {
            throw new IdempotencyKeyReusedException(mine.key(), ref.region().value());
          }
          return stored;
        }
        if (attempt >= KEY_RACE_ATTEMPTS) {
          throw new StorageException(operation, null, e.getCause());
        }
      }
    }
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotency(RegionCode region, String key, Instant now) {
    Checks.notNull(region, "region");
    Checks.notBlank(key, "key");
    Checks.notNull(now, "now");
    return connections.read("find idempotency key in " + region, c -> appender.findKey(c, region.value(), key))
        .filter(r -> !r.expiresAt().isBefore(now));
  }

  @Override
  public List<InnovationEvent> history(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return connections.read("read the history of " + ref, c -> {
      List<InnovationEvent> out = new ArrayList<>();
      try (PreparedStatement ps = Sql.prepare(c, "SELECT payload FROM " + tables.event()
          + " WHERE region = ? AND innovation_id = ? ORDER BY seq_no", List.of(ref.region().value(), ref.id().toString()));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(EventCodec.decode(rs.getBytes(1)));
        }
      }
      return List.copyOf(out);
    });
  }

  @Override
  public int purgeExpiredIdempotencyKeys(Instant now) {
    Checks.notNull(now, "now");
    return connections.write("purge expired idempotency keys",
        c -> Sql.update(c, "DELETE FROM " + tables.idempotency() + " WHERE expires_at < ?", now));
  }

  @Override
  public Page<InnovationSummary> find(Scope scope, InnovationFilter filter, PageRequest page) {
    checkQuery(scope, filter, page);
    return connections.read("find innovations in " + scope, c -> queries.find(c, scope, filter, page));
  }

  @Override
  public List<CountRow> count(Scope scope, InnovationFilter filter, Dimension dimension) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(dimension, "dimension");
    return connections.read("count innovations in " + scope, c -> queries.count(c, scope, filter, dimension));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Days are computed from the stored stays ({@code StageVisit.days}) in each region's default
   * zone, as the in-memory store does.
   */
  @Override
  public Page<StageDuration> stageDurations(Scope scope, InnovationFilter filter, Instant asOf, PageRequest page) {
    checkQuery(scope, filter, page);
    Checks.notNull(asOf, "asOf");
    return connections.read("list stage durations in " + scope,
        c -> queries.stageDurations(c, scope, filter, asOf, page));
  }

  /**
   * Checks an innovation's stored history: sequences without gaps, each hash chained over the
   * previous one and the payload bytes as stored, each payload a valid event of this innovation, and
   * the state row's last hash and state equal to what the events give.
   *
   * @param ref the innovation
   * @return intact, or the first broken link with its sequence and reason
   * @throws id.labinov.core.engine.NoSuchInnovationException if neither state nor events exist
   * @throws StorageException if the database fails
   */
  public HistoryVerification verify(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return connections.read("verify the history of " + ref, c -> verifier.verify(c, ref, null));
  }

  /**
   * Checks an innovation's history as {@link #verify(InnovationRef)} does, and also that the link
   * at {@code held.version()} still has the hash an auditor exported earlier, which shows a history
   * rewritten with recomputed hashes.
   *
   * @param held a hash exported by {@link #latestHashes}
   * @return intact, or the first broken link ({@code EXPORTED_HASH_MISMATCH} if only the held hash differs)
   * @throws id.labinov.core.engine.NoSuchInnovationException if neither state nor events exist
   * @throws StorageException if the database fails
   */
  public HistoryVerification verify(LatestHash held) {
    Checks.notNull(held, "held");
    return connections.read("verify the history of " + held.ref(), c -> verifier.verify(c, held.ref(), held));
  }

  /**
   * Exports the newest hash of every innovation in a scope, page by page in id order, for an
   * auditor to keep outside the database.
   *
   * @param scope which regions
   * @param page the page wanted
   * @return region, id, version and last hash per innovation
   * @throws StorageException if the database fails
   */
  public Page<LatestHash> latestHashes(Scope scope, PageRequest page) {
    Checks.notNull(scope, "scope");
    Checks.notNull(page, "page");
    return connections.read("export latest hashes of " + scope, c -> queries.latestHashes(c, scope, page));
  }

  private static void checkQuery(Scope scope, InnovationFilter filter, PageRequest page) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(page, "page");
  }
}
