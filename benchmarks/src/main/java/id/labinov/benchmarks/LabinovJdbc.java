package id.labinov.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import id.labinov.core.Labinov;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.time.Clock;

/**
 * labinov on a database: a pool, {@link JdbcStorage} with its migrator, and a facade on it, all as
 * the Embedding guide builds them.
 */
public final class LabinovJdbc implements AutoCloseable {
  /** The pool. */
  public final HikariDataSource ds;
  /** The storage. */
  public final JdbcStorage storage;
  /** The facade. */
  public final Labinov lab;

  /**
   * Opens a clean area and builds the facade.
   *
   * @param db the database name (see {@link Databases})
   * @param area the clean area
   * @param poolSize the pool size
   * @param seed the id generator's seed
   */
  public LabinovJdbc(String db, String area, int poolSize, long seed) {
    this(db, area, poolSize, seed, true);
  }

  /**
   * Opens an area, cleaned or kept, and builds the facade.
   *
   * @param db the database name (see {@link Databases})
   * @param area the area
   * @param poolSize the pool size
   * @param seed the id generator's seed
   * @param clean whether to clean the area first
   */
  public LabinovJdbc(String db, String area, int poolSize, long seed, boolean clean) {
    ds = Databases.open(db, area, poolSize, clean);
    storage = JdbcStorage.builder().dataSource(ds).tablePrefix(Databases.prefix(db, area, "lbv_")).build();
    lab = facade(storage, seed, 3);
  }

  /**
   * Builds a facade on a storage.
   *
   * @param storage the storage
   * @param seed the id generator's seed
   * @param conflictRetries retries on a version conflict
   * @return the facade
   */
  public static Labinov facade(JdbcStorage storage, long seed, int conflictRetries) {
    return Labinov.builder().clock(Clock.systemUTC()).ids(LabinovLifecycle.ids(seed))
        .innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore())
        .rulebook(LabinovLifecycle.RULEBOOK).conflictRetries(conflictRetries).build();
  }

  @Override
  public void close() {
    ds.close();
  }
}
