package id.labinov.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Races on the verification stream on H2 in a file: a fresh database file for every test. */
class H2FileClaimVerificationRaceTest extends ClaimVerificationRaceContract {
  @TempDir
  Path dir;
  private TestDb db;
  private HikariDataSource pool;

  @Override
  JdbcClaimVerificationStore freshStore() {
    db = TestDb.file(dir);
    pool = TestDb.pool(db, 8);
    return JdbcStorage.builder().dataSource(pool).build().claimVerifications();
  }

  @AfterEach
  void closeDatabase() {
    pool.close();
    db.close();
  }
}
