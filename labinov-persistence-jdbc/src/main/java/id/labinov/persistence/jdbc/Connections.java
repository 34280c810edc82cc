package id.labinov.persistence.jdbc;

import id.labinov.core.engine.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.sql.DataSource;

/**
 * Where a store's work runs: in a transaction of its own on a pooled connection, inside a caller's
 * transaction, or, per call, in whichever of the two a {@link TransactionBinding} says. Either way,
 * an {@link SQLException} becomes a {@link StorageException} carrying the SQL state, and nothing of
 * failed work stays written. Not API.
 */
abstract class Connections {
  /** The binding that never binds ({@link TransactionBinding#none()}). */
  static final TransactionBinding NO_BINDING = Optional::empty;

  /** Work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  final Dialect dialect;

  private Connections(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Runs work that writes: all of it or nothing. */
  abstract <T> T write(String operation, Work<T> work);

  /** Runs work that only reads. */
  abstract <T> T read(String operation, Work<T> work);

  /**
   * Tells whether work started now on this thread runs in a caller's transaction (asked again after
   * a write, it tells where that write ran: a binding gives the same answer throughout a call).
   */
  abstract boolean callerManaged();

  static Connections of(DataSource dataSource, Dialect dialect) {
    return new Owned(dataSource, dialect);
  }

  /** Own transactions, or the caller's one when {@code binding} gives a connection. */
  static Connections of(DataSource dataSource, Dialect dialect, TransactionBinding binding) {
    Owned owned = new Owned(dataSource, dialect);
    return binding == NO_BINDING ? owned : new Bound(owned, binding);
  }

  static Connections caller(Connection connection, Dialect dialect) {
    return new Caller(connection, dialect);
  }

  static StorageException storage(String operation, SQLException e) {
    return new StorageException(operation, e.getSQLState(), e);
  }

  /**
   * Takes a connection per call, runs the work in a transaction, always gives it back. While a
   * write runs, a read or write on the same thread by any store sharing this object (e.g. the
   * programme a command's rule context needs, a migration's target rulebook) joins the write's
   * connection and transaction (a write under a savepoint), so that one command holds one
   * connection: a pool as small as the number of writing threads cannot run dry.
   */
  private static final class Owned extends Connections {
    private final DataSource dataSource;
    private final ThreadLocal<Connection> writing = new ThreadLocal<>();
    /**
     * The isolation level each physical connection had when labinov last took it, read once per
     * connection: PostgreSQL's driver asks the server on every {@code getTransactionIsolation}, a
     * round trip that was 8 % of a command's time. Connections leave labinov at the level they came
     * with (restored below), so the remembered level stays true unless the embedder changes it
     * behind the pool's back; weak keys let closed connections go.
     */
    private final Map<Connection, Integer> isolations = Collections.synchronizedMap(new WeakHashMap<>());

    Owned(DataSource dataSource, Dialect dialect) {
      super(dialect);
      this.dataSource = dataSource;
    }

    @Override
    boolean callerManaged() {
      return false;
    }

    /** Tells whether a write of this object runs on this thread (so that any work joins it). */
    boolean writingHere() {
      return writing.get() != null;
    }

    @Override
    <T> T write(String operation, Work<T> work) {
      Connection joined = writing.get();
      if (joined != null) {
        return joinWrite(operation, work, joined);
      }
      return run(operation, work, true);
    }

    /**
     * A write on the thread of a running write (a migration's target rulebook, saved by the command
     * that moves the innovation to it) joins that transaction under a savepoint: it commits or rolls
     * back with the command, takes no second connection, and its own failure (a key another writer
     * took, which the caller handles) undoes only itself.
     */
    private <T> T joinWrite(String operation, Work<T> work, Connection joined) {
      try {
        java.sql.Savepoint savepoint = joined.setSavepoint();
        try {
          T result = work.run(joined);
          releaseQuietly(joined, savepoint);
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          try {
            joined.rollback(savepoint);
          } catch (SQLException r) {
            e.addSuppressed(r);
          }
          throw e;
        }
      } catch (SQLException e) {
        throw storage(operation, e);
      }
    }

    private static void releaseQuietly(Connection c, java.sql.Savepoint savepoint) {
      try {
        c.releaseSavepoint(savepoint);
      } catch (SQLException | RuntimeException e) {
        // some drivers release savepoints only at commit; the transaction is unaffected
      }
    }

    @Override
    <T> T read(String operation, Work<T> work) {
      Connection joined = writing.get();
      if (joined != null) {
        try {
          return work.run(joined);
        } catch (SQLException e) {
          throw storage(operation, e);
        }
      }
      return run(operation, work, false);
    }

    private <T> T run(String operation, Work<T> work, boolean write) {
      Connection outer = writing.get();
      try (Connection c = dataSource.getConnection()) {
        boolean autoCommit = c.getAutoCommit();
        if (autoCommit) {
          c.setAutoCommit(false);
        }
        Connection physical = physical(c);
        Integer known = isolations.get(physical);
        int isolation = known != null ? known : c.getTransactionIsolation();
        if (known == null) {
          isolations.put(physical, isolation);
        }
        boolean lowered = isolation > Connection.TRANSACTION_READ_COMMITTED;
        if (lowered) {
          // Versions are checked under row locks; a stricter level (MariaDB's default REPEATABLE READ)
          // only adds gap locks, which make writers of different new innovations deadlock.
          c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        if (write) {
          writing.set(c);
        }
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          rollbackQuietly(c, e);
          throw e;
        } finally {
          if (write) {
            if (outer == null) {
              writing.remove();
            } else {
              writing.set(outer);
            }
          }
          restore(c, autoCommit, lowered ? isolation : -1);
        }
      } catch (SQLException e) {
        throw storage(operation, e);
      }
    }

    /**
     * The driver's connection behind a pool's proxy (the same object each time the pool hands out
     * that connection), or {@code c} itself when it wraps nothing.
     */
    private static Connection physical(Connection c) {
      try {
        if (c.isWrapperFor(Connection.class)) {
          Connection inner = c.unwrap(Connection.class);
          if (inner != null) {
            return inner;
          }
        }
      } catch (SQLException | RuntimeException e) {
        // a wrapper that cannot say: treat the handle as the connection
      }
      return c;
    }

    private static void rollbackQuietly(Connection c, Throwable failure) {
      try {
        c.rollback();
      } catch (SQLException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }

    private static void restore(Connection c, boolean autoCommit, int isolation) {
      try {
        if (isolation >= 0) {
          c.setTransactionIsolation(isolation);
        }
        if (autoCommit) {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        // the connection is being closed anyway (or is broken); a pool resets or evicts it
      }
    }
  }

  /**
   * Runs inside the caller's transaction: never commits, rolls back or closes the connection. A
   * write runs under a savepoint, rolled back to on failure, so a failed write leaves the caller's
   * transaction as it was.
   */
  private static final class Caller extends Connections {
    private final Connection connection;

    Caller(Connection connection, Dialect dialect) {
      super(dialect);
      this.connection = connection;
    }

    @Override
    boolean callerManaged() {
      return true;
    }

    @Override
    <T> T write(String operation, Work<T> work) {
      return writeIn(connection, operation, work);
    }

    @Override
    <T> T read(String operation, Work<T> work) {
      return readIn(connection, operation, work);
    }
  }

  /** A write in the caller's transaction on {@code connection}, under a savepoint. */
  private static <T> T writeIn(Connection connection, String operation, Work<T> work) {
    try {
      if (connection.getAutoCommit()) {
        throw new JdbcSettingException("AUTO_COMMIT_CONNECTION", "connection", "autoCommit=true", "jdbc.autoCommit",
            operation);
      }
      Savepoint savepoint = connection.setSavepoint();
      T result;
      try {
        result = work.run(connection);
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback(savepoint);
        } catch (SQLException | RuntimeException x) {
          e.addSuppressed(x);
        }
        throw e;
      }
      try {
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        // some drivers release savepoints only at commit; the work itself succeeded
      }
      return result;
    } catch (SQLException e) {
      throw storage(operation, e);
    }
  }

  /** A read in the caller's transaction on {@code connection}. */
  private static <T> T readIn(Connection connection, String operation, Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw storage(operation, e);
    }
  }

  /**
   * Asks the binding on every call: with a connection, the call runs in the caller's transaction on
   * it ({@link Caller}'s rules); without, in a transaction of its own ({@link Owned}). Work on the
   * thread of a running own write joins that write without asking, as in {@link Owned}: a command
   * that started on its own connection keeps to it.
   */
  private static final class Bound extends Connections {
    private final Owned owned;
    private final TransactionBinding binding;

    Bound(Owned owned, TransactionBinding binding) {
      super(owned.dialect);
      this.owned = owned;
      this.binding = binding;
    }

    @Override
    boolean callerManaged() {
      return !owned.writingHere() && bound("tell whether the work runs in the caller's transaction") != null;
    }

    @Override
    <T> T write(String operation, Work<T> work) {
      Connection c = owned.writingHere() ? null : bound(operation);
      return c == null ? owned.write(operation, work) : writeIn(c, operation, work);
    }

    @Override
    <T> T read(String operation, Work<T> work) {
      Connection c = owned.writingHere() ? null : bound(operation);
      return c == null ? owned.read(operation, work) : readIn(c, operation, work);
    }

    /** The caller's connection, or {@code null} when no transaction of the caller is active. */
    private Connection bound(String operation) {
      Optional<Connection> current;
      try {
        current = binding.current();
      } catch (RuntimeException e) {
        throw bindingFailed(operation, e);
      }
      if (current == null) {
        throw bindingFailed(operation, new IllegalStateException(
            "TransactionBinding.current() returned null; it must return Optional.empty() when no transaction is active"));
      }
      return current.orElse(null);
    }

    private StorageException bindingFailed(String operation, RuntimeException e) {
      String sqlState = null;
      Throwable t = e;
      for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
        if (t instanceof SQLException s) {
          // e.g. a framework's exception around the SQLException of a connection it could not get
          sqlState = s.getSQLState();
          break;
        }
      }
      return new StorageException("ask the TransactionBinding " + binding + " for the connection of the caller's"
          + " transaction, to " + operation, sqlState, e);
    }
  }
}
