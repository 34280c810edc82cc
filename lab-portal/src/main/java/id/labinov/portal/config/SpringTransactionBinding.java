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

  @Override
  public Optional<Connection> current() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || TransactionSynchronizationManager.getResource(dataSource) == null) {
      return Optional.empty();
    }
    // The connection Spring bound to this transaction; labinov neither commits nor closes it.
    return Optional.of(DataSourceUtils.getConnection(dataSource));
  }

  @Override
  public String toString() {
    return "SpringTransactionBinding[" + dataSource.getClass().getSimpleName() + "]";
  }
}
