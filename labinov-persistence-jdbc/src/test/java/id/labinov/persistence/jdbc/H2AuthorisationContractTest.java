package id.labinov.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import id.labinov.core.spi.contract.AuthorisationContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs the authorisation contract on H2 in memory: a fresh database and schema for every test. */
class H2AuthorisationContractTest extends AuthorisationContract {
  private TestDb db;
  private HikariDataSource pool;
  private JdbcStorage storage;

  @BeforeEach
  void createSchema() {
    db = TestDb.memory();
    pool = TestDb.pool(db, 4);
    storage = JdbcStorage.builder().dataSource(pool).build();
  }

  @AfterEach
  void dropDatabase() {
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
