package id.labinov.core.engine;

import id.labinov.core.error.LabinovException;
import java.util.List;
import java.util.Optional;

/**
 * The store failed (connection lost, constraint broken, disk full). Nothing of the failed operation
 * was written. Code {@code STORAGE_FAILURE}; carries the SQL state where the store is a database.
 */
public class StorageException extends LabinovException {
  private static final long serialVersionUID = 1L;
  /** The database's SQL state, or {@code null} if the store is not a database or gave none. */
  private final String sqlState;

  /**
   * Creates the exception.
   *
   * @param operation what was being done, e.g. {@code append 36.02/…}
   * @param sqlState the SQL state, or {@code null}
   * @param cause the cause
   */
  public StorageException(String operation, String sqlState, Throwable cause) {
    super("STORAGE_FAILURE", "error.storage", List.of(operation, String.valueOf(sqlState),
        cause == null ? "" : String.valueOf(cause.getMessage())), cause);
    this.sqlState = sqlState;
  }

  /** {@return the SQL state, if the store is a database and reported one} */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
