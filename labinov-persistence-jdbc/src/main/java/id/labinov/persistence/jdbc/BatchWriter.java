package id.labinov.persistence.jdbc;

import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.AppendOutcome;
import id.labinov.core.spi.IdempotencyRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes many decided appends in one transaction ({@code InnovationStore.appendAll}): new
 * innovations in JDBC batches of {@code batchSize} appends (state rows, themes, events). A chunk
 * whose batch fails is rolled back to its savepoint and written again append by append, each under
 * a savepoint of its own and through the single command's path, so one bad row (an id that exists)
 * costs only itself; PostgreSQL would otherwise abort the whole transaction. Appends that continue
 * an innovation or carry a key take the single path directly. The feed rows of everything written
 * come last, so the regions' feed heads are locked only at the end. With all-or-nothing, one failed
 * append undoes all. Not API.
 */
final class BatchWriter {
  /** Rolls the whole batch back. */
  private static final class Undo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undo() {
      super("all-or-nothing batch undone", null, false, false);
    }
  }

  private final Connections connections;
  private final Appender appender;
  private final int batchSize;

  BatchWriter(Connections connections, Appender appender, int batchSize) {
    this.connections = connections;
    this.appender = appender;
    this.batchSize = batchSize;
  }

  List<AppendOutcome> write(List<Append> appends, boolean allOrNothing) {
    AppendOutcome[] out = new AppendOutcome[appends.size()];
    if (appends.isEmpty()) {
      return List.of();
    }
    try {
      connections.write("write " + appends.size() + " appends", c -> {
        List<Append> written = new ArrayList<>(appends.size());
        for (int from = 0; from < appends.size(); from += batchSize) {
          writeChunk(c, appends, from, Math.min(appends.size(), from + batchSize), out, written);
        }
        if (allOrNothing && Arrays.stream(out).anyMatch(o -> o.status() == AppendOutcome.Status.FAILED)) {
          throw new Undo();
        }
        appender.feed().write(c, written, batchSize);
        return null;
      });
    } catch (Undo e) {
      for (int i = 0; i < out.length; i++) {
        if (out[i].status() == AppendOutcome.Status.WRITTEN) {
          out[i] = AppendOutcome.ROLLED_BACK;
        }
      }
    }
    return List.of(out);
  }

  private void writeChunk(Connection c, List<Append> appends, int from, int to, AppendOutcome[] out,
      List<Append> written) throws SQLException {
    List<Append> chunk = appends.subList(from, to);
    if (chunk.stream().allMatch(Appender::isNewWithoutKey)) {
      Savepoint whole = c.setSavepoint();
      try {
        appender.insertNew(c, chunk);
        Arrays.fill(out, from, to, AppendOutcome.WRITTEN);
        written.addAll(chunk);
        return;
      } catch (SQLException e) {
        c.rollback(whole);
      }
    }
    for (int i = from; i < to; i++) {
      out[i] = writeOne(c, appends.get(i), written);
    }
  }

  /** Writes one append under a savepoint of its own through the single command's path. */
  private AppendOutcome writeOne(Connection c, Append a, List<Append> written) throws SQLException {
    return writeOne(c, a, null, null, written);
  }

  /**
   * Writes one append under a savepoint of its own through the single command's path, its row
   * locked already ({@code locked}) or now, its key looked up already ({@code knownKey}) or now; an
   * append whose key already stands for the same request writes nothing and is
   * {@link AppendOutcome#ALREADY_STORED}.
   */
  AppendOutcome writeOne(Connection c, Append a, Appender.Locked locked, Optional<IdempotencyRecord> knownKey,
      List<Append> written) throws SQLException {
    Savepoint one = c.setSavepoint();
    try {
      Optional<IdempotencyRecord> stood = appender.append(c, a, locked != null ? locked : appender.lock(c, a.target(), false),
          knownKey, written);
      // identity, not equality: the stored record of an earlier attempt may equal ours
      return a.idempotency() != null && stood.isPresent() && stood.get() != a.idempotency()
          ? AppendOutcome.ALREADY_STORED : AppendOutcome.WRITTEN;
    } catch (SQLException e) {
      c.rollback(one);
      return AppendOutcome.failed(Connections.storage("write " + a.target(), e));
    } catch (Appender.Conflict e) {
      c.rollback(one);
      long actual = e.actual != null ? e.actual : appender.currentVersion(c, a.target());
      return AppendOutcome.failed(new VersionConflictException(a.target(), a.expectedVersion(), actual));
    } catch (Appender.KeyTaken e) {
      c.rollback(one);
      return AppendOutcome.failed(Connections.storage("store the idempotency key of " + a.target(),
          (SQLException) e.getCause()));
    } catch (IdempotencyKeyReusedException e) {
      c.rollback(one);
      return AppendOutcome.failed(e);
    }
  }
}
