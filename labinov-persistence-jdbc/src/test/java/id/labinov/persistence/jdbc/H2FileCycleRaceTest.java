package id.labinov.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Races on the cycle's streams on H2 in a file: a fresh database file for every test. */
class H2FileCycleRaceTest extends CycleRaceContract {
  @TempDir
  Path dir;
  private TestDb db;
  private HikariDataSource pool;

  @Override
  JdbcCycleStore freshStore() {
    db = TestDb.file(dir);
    pool = TestDb.pool(db, 8);
    return JdbcStorage.builder().dataSource(pool).build().cycle();
  }

  @Override
  int rounds() {
    return 8;
  }

  @AfterEach
  void closeDatabase() {
    pool.close();
    db.close();
  }
}
