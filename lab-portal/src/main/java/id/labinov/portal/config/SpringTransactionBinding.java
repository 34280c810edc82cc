package id.labinov.portal.config;

import id.labinov.persistence.jdbc.TransactionBinding;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands labinov's JDBC storage the connection of the Spring transaction running on this thread, so
 * that a command issued inside an {@code @Transactional} method commits or rolls back with the
 * application's own writes. Outside a Spring transaction it hands nothing and labinov runs its own
 * short transaction, as it does without Spring.
 *
 * <p>The whole integration is this class and one line on {@code JdbcStorage.builder()}:
 * {@code .transactionBinding(new SpringTransactionBinding(dataSource))}.
 */
public final class SpringTransactionBinding implements TransactionBinding {
  private final DataSource dataSource;

  /**
   * Binds to Spring's transactions on a data source.
   *
   * @param dataSource the data source Spring's transaction manager runs on (the one labinov uses too)
   */
  public SpringTransactionBinding(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when a Spring transaction runs on this thread but on another data
   *     source: labinov could not join it, and committing on its own would break the promise that both
   *     commit together (labinov reports it as a storage error naming this binding)
   */
  @Override
  public Optional<Connection> current() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return Optional.empty();                                  // no Spring transaction: labinov runs its own
    }
    if (TransactionSynchronizationManager.getResource(dataSource) == null) {
      throw new IllegalStateException("a Spring transaction is running on another data source than labinov's; run"
          + " labinov's commands in a transaction of the data source labinov was given, or outside any transaction");
    }
    return Optional.of(DataSourceUtils.getConnection(dataSource));   // Spring's connection, never closed by labinov
  }

  @Override
  public String toString() {
    return "SpringTransactionBinding[" + dataSource.getClass().getSimpleName() + "]";
  }
}
