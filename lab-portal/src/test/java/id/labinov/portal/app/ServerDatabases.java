package id.labinov.portal.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The database servers of this machine kind (PostgreSQL on 5432, MariaDB on 3306). On a laptop
 * without them the server tests skip with a message; in CI ({@code CI=true}) a missing server fails.
 */
final class ServerDatabases {
  static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/test";
  /** A table prefix of this run's own, so runs never meet in the servers' shared database. */
  static final String PREFIX = "ptx" + Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36) + "_";

  private ServerDatabases() {}

  static void require(String url, String user) {
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      c.isValid(2);
    } catch (SQLException e) {
      String message = "no database server at " + url + " (" + e.getMessage() + "); start it as .ci/run does";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail("CI=true: " + message);
      }
      Assumptions.abort(message);
    }
  }
}
