package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import java.sql.Connection;
import java.util.Optional;

/**
 * Lets labinov's JDBC storage join the host application's transaction: set once with
 * {@link JdbcStorage.Builder#transactionBinding(TransactionBinding)}, it tells every store of that
 * {@link JdbcStorage}, on each call, whether the calling thread is inside a transaction of the host
 * and on which connection. One {@code Labinov} built on those stores then serves both kinds of
 * callers; there is no need to build one per transaction, as with the stores' {@code inTransaction}
 * views.
 *
 * <p>The contract:
 * <ul>
 *   <li>{@link #current()} returns the connection of the transaction active on the calling thread:
 *       the host's own connection, to the same database and schema as the storage's
 *       {@code DataSource}, with {@code autoCommit} off. labinov then works on it exactly as an
 *       {@code inTransaction} view does: it never commits, rolls back (except to its own savepoint,
 *       undoing a failed command) or closes it, nor changes its settings; each write runs under a
 *       savepoint. Everything labinov writes (events, states, change feed rows, refusal log records)
 *       becomes visible when the host commits and is gone when the host rolls back. A write on a
 *       connection in auto-commit mode is refused ({@link JdbcSettingException}
 *       {@code AUTO_COMMIT_CONNECTION}); reads work on it. The transaction runs at the host's
 *       isolation level (READ COMMITTED is what labinov's own transactions use) and holds the row
 *       locks and the region's feed head a command takes until the host ends it, so keep such
 *       transactions short.</li>
 *   <li>When it returns {@link Optional#empty()}, no transaction of the host is active: the store
 *       takes a connection from the {@code DataSource} and runs and commits a transaction of its own,
 *       as without a binding.</li>
 *   <li>It is called on the thread of the store call, at least once per call and possibly several
 *       times (the reads a command makes ask again), so it must be cheap and give the same connection
 *       throughout one transaction. A call made while labinov's own transaction runs on this thread
 *       joins that transaction without asking. If it throws or returns {@code null}, the call fails
 *       with a {@link id.labinov.core.engine.StorageException} naming the binding, before anything is
 *       written.</li>
 * </ul>
 *
 * <p>With Spring, whose transaction manager holds the connection of an {@code @Transactional} method
 * for the thread (no Spring type appears in labinov):
 *
 * <pre>{@code
 * DataSource ds = ...; // the DataSource the transaction manager manages
 * JdbcStorage storage = JdbcStorage.builder()
 *     .dataSource(ds)
 *     .transactionBinding(() -> TransactionSynchronizationManager.isActualTransactionActive()
 *         ? Optional.of(DataSourceUtils.getConnection(ds))
 *         : Optional.empty())
 *     .build();
 * }</pre>
 *
 * <p>This short form hands labinov an auto-commit connection when the running Spring transaction is
 * on another data source, and labinov's writes are then refused ({@code AUTO_COMMIT_CONNECTION}); the
 * lab portal's {@code SpringTransactionBinding} (README, "Embedding in Spring Boot") says so in words
 * instead, by throwing when {@code TransactionSynchronizationManager.getResource(ds)} is {@code null}.
 *
 * <p>Implementations must be thread-safe.
 */
@Beta
@FunctionalInterface
public interface TransactionBinding {
  /**
   * Returns the connection of the caller's transaction active on this thread.
   *
   * @return the host's transactional connection ({@code autoCommit} off), or empty when none is active
   */
  Optional<Connection> current();

  /**
   * {@return the binding that never binds: every store call runs in a transaction of its own (the
   * default of {@link JdbcStorage.Builder#transactionBinding(TransactionBinding)})}
   */
  static TransactionBinding none() {
    return Connections.NO_BINDING;
  }
}
