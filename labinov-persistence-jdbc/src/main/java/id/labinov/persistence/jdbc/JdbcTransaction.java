package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.StoreTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * One command's unit of work on one connection and transaction: {@link #load()} reads the state row
 * under a row lock ({@code SELECT … FOR UPDATE}), so a second writer of the same innovation waits
 * there and then decides on the first one's state; {@link #append} writes behind that lock. A key
 * looked up by {@link #findIdempotency} is not looked up again by the append. Valid while the work
 * given to {@link JdbcInnovationStore#transact} runs. Not API.
 */
final class JdbcTransaction implements StoreTransaction {
  private final Connection connection;
  private final InnovationRef target;
  private final Appender appender;
  private final String operation;
  private Appender.Locked locked;
  private String lookedUpKey;
  private Optional<IdempotencyRecord> lookedUpRow;
  private boolean appended;

  JdbcTransaction(Connection connection, InnovationRef target, Appender appender, String operation) {
    this.connection = connection;
    this.target = target;
    this.appender = appender;
    this.operation = operation;
  }

  @Override
  public InnovationRef target() {
    return target;
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotency(String key, Instant now) {
    Checks.notBlank(key, "key");
    Checks.notNull(now, "now");
    try {
      Optional<IdempotencyRecord> row = appender.findKey(connection, target.region().value(), key);
      lookedUpKey = key;
      lookedUpRow = row;
      return row.filter(r -> !r.expiresAt().isBefore(now));
    } catch (SQLException e) {
      throw Connections.storage(operation, e);
    }
  }

  @Override
  public Optional<InnovationState> load() {
    try {
      if (locked == null) {
        locked = appender.lock(connection, target, true);
      }
      return Optional.ofNullable(locked.state());
    } catch (SQLException e) {
      throw Connections.storage(operation, e);
    }
  }

  @Override
  public Optional<IdempotencyRecord> append(Append append) {
    Checks.notNull(append, "append");
    if (!append.target().equals(target)) {
      throw new InvalidValueException("INCONSISTENT_APPEND", "append", append.target().toString(),
          "error.inconsistentAppend", target.toString(), append.expectedVersion());
    }
    if (appended) {
      throw new IllegalStateException("a unit of work appends at most once (" + target + ")");
    }
    appended = true;
    try {
      if (locked == null) {
        locked = appender.lock(connection, target, false);
      }
      IdempotencyRecord key = append.idempotency();
      Optional<IdempotencyRecord> known = key != null && key.key().equals(lookedUpKey) ? lookedUpRow : null;
      return appender.append(connection, append, locked, known, null);
    } catch (SQLException e) {
      throw Connections.storage(operation, e);
    }
  }
}
