package id.labinov.persistence.jdbc;

import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.AppendOutcome;
import id.labinov.core.spi.BulkTransaction;
import id.labinov.core.spi.IdempotencyRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chunk of a bulk command on one connection and transaction: {@link #loadAll()} reads and locks
 * every target's row in one statement ({@code SELECT … WHERE id IN (…) ORDER BY id FOR UPDATE}), so
 * a concurrent writer of one of them waits and no append of the chunk can lose a race;
 * {@link #findIdempotency} looks a region's keys up in one statement; {@link #appendEach} checks each
 * append's version and key against what was read and writes the rest in a fixed number of JDBC
 * batches ({@link Appender#appendChunk}) and the feed rows last. If a batch fails (a row the
 * database refuses), the chunk's writes are rolled back to a savepoint and written again append by
 * append, each under its own savepoint, so only the bad one fails. Valid while the work given to
 * {@link JdbcInnovationStore#transactAll} runs. Not API.
 */
final class JdbcBulkTransaction implements BulkTransaction {
  private final Connection connection;
  private final List<InnovationRef> targets;
  private final Appender appender;
  private final BatchWriter single;
  private final String operation;
  private Map<InnovationRef, Appender.Locked> locked;
  /** Keys looked up so far (expired ones too), by region and key. */
  private final Map<RegionCode, Map<String, IdempotencyRecord>> lookedUp = new HashMap<>();
  private boolean appended;

  JdbcBulkTransaction(Connection connection, List<InnovationRef> targets, Appender appender, BatchWriter single,
      String operation) {
    this.connection = connection;
    this.targets = targets;
    this.appender = appender;
    this.single = single;
    this.operation = operation;
  }

  @Override
  public List<InnovationRef> targets() {
    return targets;
  }

  @Override
  public Map<String, IdempotencyRecord> findIdempotency(RegionCode region, Collection<String> keys, Instant now) {
    Checks.notNull(region, "region");
    Checks.notNull(keys, "keys");
    Checks.notNull(now, "now");
    try {
      Map<String, IdempotencyRecord> rows = appender.findKeys(connection, region, keys);
      Map<String, IdempotencyRecord> known = lookedUp.computeIfAbsent(region, r -> new HashMap<>());
      for (String key : keys) {
        known.put(key, rows.get(key)); // null: looked up, not stored
      }
      Map<String, IdempotencyRecord> out = new LinkedHashMap<>();
      rows.forEach((key, r) -> {
        if (!r.expiresAt().isBefore(now)) {
          out.put(key, r);
        }
      });
      return out;
    } catch (SQLException e) {
      throw Connections.storage(operation, e);
    }
  }

  @Override
  public Map<InnovationRef, InnovationState> loadAll() {
    try {
      if (locked == null) {
        locked = appender.lockAll(connection, targets, true);
      }
      Map<InnovationRef, InnovationState> out = new LinkedHashMap<>();
      for (InnovationRef r : targets) {
        Appender.Locked l = locked.get(r);
        if (l.state() != null) {
          out.put(r, l.state());
        }
      }
      return out;
    } catch (SQLException e) {
      throw Connections.storage(operation, e);
    }
  }

  @Override
  public List<AppendOutcome> appendEach(List<Append> appends) {
    BulkTransaction.checkAppends(targets, appends);
    if (appended) {
      throw new IllegalStateException("a bulk unit of work appends at most once");
    }
    appended = true;
    try {
      if (locked == null) {
        locked = appender.lockAll(connection, targets, false);
      }
      lookUpKeys(appends);
      AppendOutcome[] out = new AppendOutcome[appends.size()];
      List<Append> batch = new ArrayList<>();
      List<Integer> batchIndex = new ArrayList<>();
      List<Integer> oneByOne = new ArrayList<>();
      List<IdempotencyRecord> expired = new ArrayList<>();
      for (int i = 0; i < appends.size(); i++) {
        Append a = appends.get(i);
        AppendOutcome checked = check(a);
        if (checked != null) {
          out[i] = checked;
        } else if (a.expectedVersion() == 0) {
          oneByOne.add(i); // a proposal: the batches update existing rows only
        } else {
          batch.add(a);
          batchIndex.add(i);
          knownKey(a).ifPresent(expired::add); // checked: a stored row of its key has expired and gives way
        }
      }
      List<Append> written = new ArrayList<>();
      if (!batch.isEmpty()) {
        writeBatch(batch, batchIndex, expired, out, written);
      }
      for (int i : oneByOne) {
        out[i] = writeOne(appends.get(i), written);
      }
      // a chunk is at most BulkOptions.MAX_CHUNK_SIZE appends: its feed rows go in one batch per region
      appender.feed().write(connection, written, Math.max(1, written.size()));
      return List.of(out);
    } catch (SQLException e) {
      throw Connections.storage(operation, e);
    }
  }

  /** Looks up, in one statement per region, the keys of the appends that the work did not look up. */
  private void lookUpKeys(List<Append> appends) throws SQLException {
    Map<RegionCode, List<String>> missing = new LinkedHashMap<>();
    for (Append a : appends) {
      IdempotencyRecord key = a.idempotency();
      RegionCode region = a.target().region();
      if (key != null && !lookedUp.getOrDefault(region, Map.of()).containsKey(key.key())) {
        missing.computeIfAbsent(region, r -> new ArrayList<>()).add(key.key());
      }
    }
    for (Map.Entry<RegionCode, List<String>> e : missing.entrySet()) {
      Map<String, IdempotencyRecord> rows = appender.findKeys(connection, e.getKey(), e.getValue());
      Map<String, IdempotencyRecord> known = lookedUp.computeIfAbsent(e.getKey(), r -> new HashMap<>());
      for (String key : e.getValue()) {
        known.put(key, rows.get(key));
      }
    }
  }

  /** The stored row of an append's key, as looked up in this transaction (empty if none or no key). */
  private Optional<IdempotencyRecord> knownKey(Append a) {
    IdempotencyRecord key = a.idempotency();
    return key == null ? Optional.empty() : Optional.ofNullable(lookedUp.get(a.target().region()).get(key.key()));
  }

  /**
   * Checks an append against the locked row and its key's stored row, as the single path does:
   * returns its outcome if it is not to be written, else {@code null}.
   */
  private AppendOutcome check(Append a) {
    IdempotencyRecord key = a.idempotency();
    Optional<IdempotencyRecord> known = knownKey(a);
    if (known.isPresent() && !known.get().expiresAt().isBefore(a.events().get(0).metadata().occurredAt())) {
      return known.get().requestHash().equals(key.requestHash()) ? AppendOutcome.ALREADY_STORED
          : AppendOutcome.failed(new IdempotencyKeyReusedException(key.key(), a.target().region().value()));
    }
    Appender.Locked l = locked.get(a.target());
    if (l.foreign()) {
      return AppendOutcome.failed(new VersionConflictException(a.target(), a.expectedVersion(), -1));
    }
    if (l.version() != a.expectedVersion()) {
      return AppendOutcome.failed(new VersionConflictException(a.target(), a.expectedVersion(), l.version()));
    }
    return null;
  }

  /** Writes the checked appends in batches, or one by one after a failed batch. */
  private void writeBatch(List<Append> batch, List<Integer> index, List<IdempotencyRecord> expired,
      AppendOutcome[] out, List<Append> written) throws SQLException {
    Savepoint whole = connection.setSavepoint();
    try {
      appender.appendChunk(connection, batch, locked, expired);
      for (int i : index) {
        out[i] = AppendOutcome.WRITTEN;
      }
      written.addAll(batch);
      return;
    } catch (SQLException e) {
      // a row the database refused: undo the batches and find the bad append(s) one by one
      connection.rollback(whole);
    }
    for (int k = 0; k < batch.size(); k++) {
      out[index.get(k)] = writeOne(batch.get(k), written);
    }
  }

  private AppendOutcome writeOne(Append a, List<Append> written) throws SQLException {
    return single.writeOne(connection, a, locked.get(a.target()), a.idempotency() == null ? null : knownKey(a), written);
  }
}
