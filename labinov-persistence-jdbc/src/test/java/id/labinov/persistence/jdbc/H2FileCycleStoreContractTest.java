package id.labinov.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import id.labinov.core.spi.CycleStore;
import id.labinov.core.spi.contract.CycleStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The cycle store contract on H2 in a file: a fresh database file and schema for every test. */
class H2FileCycleStoreContractTest extends CycleStoreContract {
  @TempDir
  Path dir;
  private TestDb db;
  private HikariDataSource pool;
  private JdbcCycleStore store;

  @BeforeEach
  void createSchema() {
    db = TestDb.file(dir);
    pool = TestDb.pool(db, 4);
    store = JdbcStorage.builder().dataSource(pool).build().cycle();
  }

  @AfterEach
  void closeDatabase() {
    pool.close();
    db.close();
  }

  @Override
  protected CycleStore store() {
    return store;
  }
}
