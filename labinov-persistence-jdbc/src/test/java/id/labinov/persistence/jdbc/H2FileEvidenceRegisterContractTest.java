package id.labinov.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import id.labinov.core.spi.EvidenceRegisterStore;
import id.labinov.core.spi.contract.EvidenceRegisterContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The evidence register contract on H2 in a file: a fresh database file and schema for every test. */
class H2FileEvidenceRegisterContractTest extends EvidenceRegisterContract {
  @TempDir
  Path dir;
  private TestDb db;
  private HikariDataSource pool;
  private JdbcEvidenceRegister store;

  @BeforeEach
  void createSchema() {
    db = TestDb.file(dir);
    pool = TestDb.pool(db, 4);
    store = JdbcStorage.builder().dataSource(pool).build().evidenceRegister();
  }

  @AfterEach
  void closeDatabase() {
    pool.close();
    db.close();
  }

  @Override
  protected EvidenceRegisterStore store() {
    return store;
  }
}
