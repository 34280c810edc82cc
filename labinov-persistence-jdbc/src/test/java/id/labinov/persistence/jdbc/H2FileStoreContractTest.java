package id.labinov.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import id.labinov.core.spi.contract.InnovationStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs the storage contract on H2 in a file: a fresh database file and schema for every test. */
class H2FileStoreContractTest extends InnovationStoreContract {
  @TempDir
  Path dir;
  private TestDb db;
  private HikariDataSource pool;
  private JdbcStorage storage;

  @BeforeEach
  void createSchema() {
    db = TestDb.file(dir);
    pool = TestDb.pool(db, 10);
    storage = JdbcStorage.builder().dataSource(pool).build();
  }

  @AfterEach
  void closeDatabase() {
    pool.close();
    db.close();
  }

  @Override
  protected InnovationStore store() {
    return storage.innovationStore();
  }

  @Override
  protected InnovationQuery query() {
    return storage.innovationStore();
  }

  @Override
  protected RulebookStore rulebookStore() {
    return storage.rulebookStore();
  }
}
