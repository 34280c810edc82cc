package id.labinov.persistence.jdbc;

import id.labinov.core.engine.HistoryProblemKind;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.ReachRow;
import id.labinov.core.query.RulebookStage;
import id.labinov.core.query.RulebookUse;
import id.labinov.core.query.StageDays;
import id.labinov.core.query.StageDuration;
import id.labinov.core.query.StalledStays;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.AppendOutcome;
import id.labinov.core.spi.BulkTransaction;
import id.labinov.core.spi.HistoryCheck;
import id.labinov.core.spi.HistorySource;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.StoreTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The innovation store and query port on a database: current state rows with indexed columns,
 * an append-only hash-chained event table, idempotency keys and a change feed, each command in one
 * connection and one transaction ({@link #transact}). Obtained from {@link JdbcStorage#innovationStore()}.
 *
 * <p>A command's unit of work reads the state row under a row lock ({@code SELECT … FOR UPDATE}):
 * a second writer of the same innovation waits for the first one's commit and then decides on its
 * state, so commands without an expected version do not conflict, and one with a stale expected
 * version gets a {@link VersionConflictException} carrying the version now stored. Of two appends
 * with the same expected version exactly one wins; the other writes nothing. Idempotency keys hold
 * across connections and servers. Every failure of the database becomes a {@link StorageException}
 * with its SQL state, and no connection or transaction is left open.
 *
 * <p>By default each call takes a connection from the {@code DataSource} and commits its own
 * transaction. {@link #inTransaction(Connection)} gives a view that works inside the caller's
 * transaction instead; with a {@link TransactionBinding}, the store itself works inside the host's
 * transaction whenever one is active on the calling thread. Thread-safe (a view is as thread-safe as its connection, i.e. one thread at
 * a time).
 */
public final class JdbcInnovationStore implements InnovationStore, InnovationQuery, HistorySource {
  private static final int RACE_ATTEMPTS = 5;

  private final Connections connections;
  private final Tables tables;
  private final int batchSize;
  private final Appender appender;
  private final BatchWriter batches;
  private final Queries queries;
  private final Aggregates aggregates;
  private final Verifier verifier;
  private final String loadSql;
  private final String historySql;

  JdbcInnovationStore(Connections connections, Tables tables, int batchSize) {
    this.connections = connections;
    this.tables = tables;
    this.batchSize = batchSize;
    this.appender = new Appender(tables, connections.dialect);
    this.batches = new BatchWriter(connections, appender, batchSize);
    this.queries = new Queries(tables, connections.dialect);
    this.aggregates = new Aggregates(tables, connections.dialect, queries);
    this.verifier = new Verifier(tables);
    this.loadSql = "SELECT state_json FROM " + tables.innovation() + " WHERE region = ? AND id = ?";
    this.historySql = "SELECT payload FROM " + tables.event() + " WHERE region = ? AND innovation_id = ? ORDER BY seq_no";
  }

  /**
   * Returns a view of this store that works inside the caller's transaction on {@code connection}:
   * it never commits, rolls back (except to its own savepoint, undoing a failed command) or closes
   * it. What a view appends becomes visible, and reaches the change feed, only when the caller
   * commits; in-process listeners of a facade built on the view would fire before that, so feed
   * integrations from {@link JdbcChangeFeed} instead. A view's command holds its innovation's row
   * lock and its region's feed head until the caller commits, so keep such transactions short.
   * Writes need {@code autoCommit} off.
   *
   * @param connection the caller's connection, on the same database and schema
   * @return the view
   * @throws id.labinov.core.error.InvalidValueException if {@code connection} is {@code null}
   */
  public JdbcInnovationStore inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcInnovationStore(Connections.caller(connection, connections.dialect), tables, batchSize);
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
      try (PreparedStatement ps = Sql.prepare(c, loadSql, List.of(ref.region().value(), ref.id().toString()));
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(appender.readState(rs.getString(1), ref)) : Optional.empty();
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One connection and one transaction: {@link StoreTransaction#load()} locks the state row until
   * commit; {@link StoreTransaction#append} writes the idempotency key (when given), the events in
   * one batch, the state row, the themes (only when a proposal or details update changes them) and
   * the feed rows, reserving the region's feed positions last. A read by another store of the same
   * {@link JdbcStorage} on this thread while the work runs (e.g. the programme of a rule context)
   * joins the transaction. A lost lock race with nothing changed (e.g. a deadlock victim) runs the
   * work again, as does a key another connection stored first (the second run answers from the
   * stored key); in a view, the work runs once under a savepoint of the caller's transaction.
   *
   * @throws VersionConflictException if the work appended after a stale version
   * @throws id.labinov.core.engine.IdempotencyKeyReusedException if the key was used for another request
   * @throws id.labinov.core.error.InvalidValueException if a view's connection is in auto-commit mode
   */
  @Override
  public <R> R transact(InnovationRef ref, StoreTransaction.Work<R> work) {
    Checks.notNull(ref, "ref");
    Checks.notNull(work, "work");
    return transact(ref, work, "run a command on " + ref);
  }

  private <R> R transact(InnovationRef ref, StoreTransaction.Work<R> work, String operation) {
    for (int attempt = 1; ; attempt++) {
      try {
        return connections.write(operation, c -> work.run(new JdbcTransaction(c, ref, appender, operation)));
      } catch (Appender.Conflict e) {
        boolean again = attempt < RACE_ATTEMPTS && !connections.callerManaged();
        if (e.expected == null) {
          // lost a lock race while reading the row (e.g. a deadlock victim): nothing was decided yet
          if (again) {
            continue;
          }
          throw Connections.storage(operation, (java.sql.SQLException) e.getCause());
        }
        long actual = e.actual != null ? e.actual : connections.read(operation, c -> appender.currentVersion(c, ref));
        if (e.actual == null && actual == e.expected && again) {
          continue; // lost a race for the rows, but nobody changed the innovation: try again
        }
        throw new VersionConflictException(ref, e.expected, actual);
      } catch (Appender.KeyTaken e) {
        if (attempt >= RACE_ATTEMPTS) {
          throw Connections.storage(operation, (java.sql.SQLException) e.getCause());
        }
        // another connection stored the key first: the next run finds it and answers from it
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One connection and one transaction per chunk, a fixed number of statements whatever its size
   * (listed in {@code STATEMENTS.md}): {@link BulkTransaction#findIdempotency} is one query per region,
   * {@link BulkTransaction#loadAll} reads and locks every target's row in one query (in id order, so
   * two chunks with innovations in common wait rather than deadlock; a concurrent single command
   * waits for the chunk's commit), and {@link BulkTransaction#appendEach} writes keys, events, state
   * rows, changed themes and stay rows in JDBC batches and the feed rows last. A batch that fails on
   * a row the database refuses is rolled back to a savepoint and written again append by append,
   * each under its own savepoint, so that append alone fails ({@code StorageException} with the SQL
   * state). A lost lock race (a deadlock victim) or a key another connection stored first runs the
   * work again (up to 5 times; the second run answers from the stored key); in a view, the work runs
   * once under a savepoint of the caller's transaction.
   *
   * @throws id.labinov.core.error.InvalidValueException if a view's connection is in auto-commit mode,
   *     or an innovation repeats
   */
  @Override
  public <R> R transactAll(List<InnovationRef> refs, BulkTransaction.Work<R> work) {
    List<InnovationRef> targets = BulkTransaction.checkTargets(refs);
    Checks.notNull(work, "work");
    String operation = "run a bulk chunk of " + targets.size() + " command(s)";
    for (int attempt = 1; ; attempt++) {
      try {
        return connections.write(operation,
            c -> work.run(new JdbcBulkTransaction(c, targets, appender, batches, operation)));
      } catch (Appender.Conflict | Appender.KeyTaken e) {
        if (attempt >= RACE_ATTEMPTS || connections.callerManaged()) {
          throw e.getCause() instanceof java.sql.SQLException s ? Connections.storage(operation, s)
              : new StorageException(operation, null, e);
        }
        // lost a lock race with nothing written, or another connection stored one of the keys first:
        // the next run waits for the winner and answers from what it wrote
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query per 1,000 innovations, without locks.
   */
  @Override
  public Map<InnovationRef, InnovationState> loadAll(Collection<InnovationRef> refs) {
    Checks.notNull(refs, "refs");
    List<InnovationRef> all = new ArrayList<>(refs.size());
    for (InnovationRef r : refs) {
      all.add(Checks.notNull(r, "refs[]"));
    }
    Map<InnovationRef, InnovationState> found = new HashMap<>();
    for (int from = 0; from < all.size(); from += PageRequest.MAX_SIZE) {
      List<InnovationRef> part = all.subList(from, Math.min(all.size(), from + PageRequest.MAX_SIZE));
      found.putAll(connections.read("load " + part.size() + " innovation(s)", c -> appender.readAll(c, part)));
    }
    Map<InnovationRef, InnovationState> out = new LinkedHashMap<>();
    for (InnovationRef r : all) {
      InnovationState s = found.get(r);
      if (s != null) {
        out.put(r, s);
      }
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs as {@link #transact} with a unit of work that only appends: the row is locked, the
   * version checked, and everything (idempotency key, events, state row, themes, feed) written in
   * one transaction, or under one savepoint of the caller's transaction in a view.
   *
   * @throws id.labinov.core.error.InvalidValueException if a view's connection is in auto-commit mode
   */
  @Override
  public Optional<IdempotencyRecord> append(Append append) {
    Checks.notNull(append, "append");
    return transact(append.target(), tx -> tx.append(append), "append " + append.target());
  }

  /**
   * {@inheritDoc}
   *
   * <p>All in one transaction (or under a savepoint of the caller's): new innovations go in JDBC
   * batches of {@link JdbcStorage.Builder#batchSize(int)} appends (state rows, themes, events); a
   * batch that fails is written again append by append, each under a savepoint of its own, so one
   * bad row (an id that exists: {@link VersionConflictException}; a value a column refuses:
   * {@link StorageException} with the SQL state) fails alone. Appends that continue an innovation or
   * carry a key go through the single command's path. The feed rows come last.
   *
   * @throws StorageException if the database fails as a whole (then nothing is written)
   */
  @Override
  public List<AppendOutcome> appendAll(List<Append> appends, boolean allOrNothing) {
    Checks.notNull(appends, "appends");
    for (int i = 0; i < appends.size(); i++) {
      Checks.notNull(appends.get(i), "appends[" + i + "]");
    }
    return batches.write(List.copyOf(appends), allOrNothing);
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
      try (PreparedStatement ps = Sql.prepare(c, historySql, List.of(ref.region().value(), ref.id().toString()));
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
   * {@inheritDoc}
   *
   * <p>One {@code GROUP BY} on the state rows.
   */
  @Override
  public List<RulebookUse> rulebooks(Scope scope, InnovationFilter filter) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    return connections.read("list the rulebooks in " + scope, c -> aggregates.rulebooks(c, scope, filter));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One {@code GROUP BY} on the stage visit rows (days counted in SQL, see the README), plus a
   * read of the few current stays whose days SQL cannot count to {@code asOf}; instants before 1970
   * are counted by the paging default.
   */
  @Override
  public List<StageDays> stageDays(Scope scope, InnovationFilter filter, Instant asOf) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(asOf, "asOf");
    if (!StayDays.covers(asOf)) {
      return InnovationQuery.super.stageDays(scope, filter, asOf);
    }
    return connections.read("count days in stage in " + scope, c -> aggregates.stageDays(c, scope, filter, asOf));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement: the distinct stages of each innovation's visit rows as one text, grouped.
   */
  @Override
  public List<ReachRow> reach(Scope scope, InnovationFilter filter, Instant asOf) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(asOf, "asOf");
    return connections.read("group innovations by reach in " + scope, c -> aggregates.reach(c, scope, filter, asOf));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement (a window count beside the ordered, limited rows), plus a read of the few
   * current stays whose days SQL cannot count to {@code asOf}; instants before 1970 are counted by
   * the paging default.
   */
  @Override
  public StalledStays stalled(Scope scope, InnovationFilter filter, Instant asOf, long moreThanDays,
      Set<RulebookStage> arrived, int limit) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(arrived, "arrived").forEach(a -> Checks.notNull(a, "arrived"));
    Checks.notNegative(moreThanDays, "moreThanDays");
    Checks.limit(limit, "limit", StalledStays.MAX_LIMIT);
    if (!StayDays.covers(asOf)) {
      return InnovationQuery.super.stalled(scope, filter, asOf, moreThanDays, arrived, limit);
    }
    Set<RulebookStage> finals = Set.copyOf(arrived);
    return connections.read("list stalled stays in " + scope,
        c -> aggregates.stalled(c, scope, filter, asOf, moreThanDays, finals, limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Counts the state rows of the scope.
   */
  @Override
  public long countInnovations(Scope scope) {
    Checks.notNull(scope, "scope");
    return connections.read("count the innovations of " + scope, c -> queries.countInnovations(c, scope));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads only the region and id of each state row, so a row whose other columns were damaged is
   * still listed and verified.
   */
  @Override
  public Page<InnovationRef> innovations(Scope scope, PageRequest page) {
    Checks.notNull(scope, "scope");
    Checks.notNull(page, "page");
    return connections.read("list the innovations of " + scope, c -> queries.refs(c, scope, page));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the state row and the event rows in one transaction and hands the check each event
   * decoded from its payload bytes as stored, with whether its hash is SHA-256 over the previous
   * hash and those bytes, then the state row (its version, its state and whether its last hash is
   * the last event's): so verification finds a changed payload or hash ({@code HASH_MISMATCH}) and
   * a changed last hash ({@code LAST_HASH_MISMATCH}) besides what every store reports.
   */
  @Override
  public void readStoredHistory(InnovationRef ref, HistoryCheck check) {
    Checks.notNull(ref, "ref");
    Checks.notNull(check, "check");
    connections.read("verify the history of " + ref, c -> verifier.read(c, ref, check, 0));
  }

  /**
   * Verifies an innovation's stored history, as {@code Labinov.verifications().verify(ref)} does on
   * this store: sequences without gaps, each hash chained over the previous one and the payload bytes
   * as stored, each payload a valid event of this innovation that can follow the ones before it, and
   * the state row's last hash and state equal to what the events give.
   *
   * @param ref the innovation
   * @return intact, or the first broken link with its sequence and kind
   * @throws id.labinov.core.engine.NoSuchInnovationException if neither state nor events exist
   * @throws StorageException if the database fails
   */
  public HistoryVerification verify(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return HistoryCheck.verify(this, ref);
  }

  /**
   * Verifies an innovation's history as {@link #verify(InnovationRef)} does, and also that the link at {@code held.version()} still has the hash an
   * auditor exported earlier, which shows a history rewritten with recomputed hashes.
   *
   * @param held a hash exported by {@link #latestHashes}
   * @return intact, or the first broken link ({@code EXPORTED_HASH_MISMATCH} if only the held hash
   *     differs; {@code MISSING_EVENT} if the history is now shorter than the held version)
   * @throws id.labinov.core.engine.NoSuchInnovationException if neither state nor events exist
   * @throws StorageException if the database fails
   */
  public HistoryVerification verify(LatestHash held) {
    Checks.notNull(held, "held");
    InnovationRef ref = held.ref();
    return connections.read("verify the history of " + ref, c -> {
      HistoryCheck check = HistoryCheck.of(ref);
      String seen = verifier.read(c, ref, check, held.version());
      HistoryVerification v = check.result();
      if (!v.ok()) {
        return v;
      }
      long events = v.eventsChecked();
      if (held.version() > events) {
        return HistoryVerification.broken(ref, events, events + 1, HistoryProblemKind.MISSING_EVENT);
      }
      if (!held.lastHash().equals(seen)) {
        return HistoryVerification.broken(ref, events, held.version(), HistoryProblemKind.EXPORTED_HASH_MISMATCH);
      }
      return v;
    });
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
