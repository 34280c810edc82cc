package id.labinov.oracle.world;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * One test class's tables on H2 (a fresh in-memory database) or on a server (under a random table
 * prefix of its own, dropped again on {@link #close()}). An unreachable server skips the test with a
 * message naming it, except under {@code CI=true}, where it fails.
 */
public final class OracleDatabase implements AutoCloseable {
  private static final AtomicInteger H2_DATABASES = new AtomicInteger();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final StoreKind kind;
  private final String url;
  private final String prefix;
  private final HikariDataSource pool;

  private OracleDatabase(StoreKind kind, String url, String prefix, int poolSize) {
    this.kind = kind;
    this.url = url;
    this.prefix = prefix;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(kind.user);
    config.setPassword("");
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(60_000);
    config.setPoolName("oracle-" + kind.name().toLowerCase(Locale.ROOT) + "-" + prefix);
    this.pool = new HikariDataSource(config);
  }

  /**
   * Opens fresh tables (creating them through {@link JdbcStorage}), or skips / fails when the server
   * does not answer.
   *
   * @param kind H2, PostgreSQL or MariaDB
   * @param prefixStart the first letters of the table prefix, e.g. {@code orc}
   * @return the database
   */
  public static OracleDatabase open(StoreKind kind, String prefixStart) {
    OracleDatabase db = reserve(kind, prefixStart);
    try {
      JdbcStorage.builder().dataSource(db.pool).tablePrefix(db.prefix).build();
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * Reserves a database and a table prefix without creating tables (for a program that creates them
   * itself, such as the Lebak year), or skips / fails when the server does not answer.
   *
   * @param kind H2, PostgreSQL or MariaDB
   * @param prefixStart the first letters of the table prefix
   * @return the database
   */
  public static OracleDatabase reserve(StoreKind kind, String prefixStart) {
    if (!kind.server() && kind != StoreKind.H2) {
      throw new IllegalArgumentException(kind + " is not a database");
    }
    assumeReachable(kind);
    String url = kind == StoreKind.H2
        ? "jdbc:h2:mem:oracle" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;MAX_LENGTH_INPLACE_LOB=65536"
        : kind.url;
    String prefix = kind == StoreKind.H2 ? prefixStart + "_" : randomPrefix(prefixStart);
    return new OracleDatabase(kind, url, prefix, 4);
  }

  /**
   * Skips the calling test when the server of {@code kind} does not answer, naming it; under
   * {@code CI=true} fails it instead, so CI never passes with a database missing.
   */
  public static void assumeReachable(StoreKind kind) {
    if (!kind.server()) {
      return;
    }
    DriverManager.setLoginTimeout(5);
    try (Connection c = DriverManager.getConnection(kind.url, kind.user, "")) {
      c.isValid(5);
    } catch (SQLException e) {
      String message = kind + " is not reachable at " + kind.url + " as user " + kind.user + " (" + e.getMessage()
          + "): start the server to run the oracle on it.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + " CI=true, so a missing database fails the build.", e);
      }
      Assumptions.abort(message + " Skipped.");
    }
  }

  private static String randomPrefix(String start) {
    StringBuilder b = new StringBuilder(start);
    String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    while (b.length() < 12) {
      b.append(letters.charAt(RANDOM.nextInt(letters.length())));
    }
    return b.append('_').toString();
  }

  /** Returns the database kind. */
  public StoreKind kind() {
    return kind;
  }

  /** Returns the user the database is reached as. */
  public String user() {
    return kind.user;
  }

  /** Returns the JDBC URL. */
  public String url() {
    return url;
  }

  /** Returns the table prefix. */
  public String prefix() {
    return prefix;
  }

  /** Returns a storage on the tables (already created). */
  public JdbcStorage storage() {
    return JdbcStorage.builder().dataSource(pool).tablePrefix(prefix).migrate(false).build();
  }

  /** Deletes every row of the tables but the schema history, so the next data set starts empty. */
  public void clear() {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      for (String table : tables(c)) {
        if (!table.equals(prefix + "schema_history")) {
          st.executeUpdate("DELETE FROM " + table);
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot clear the tables " + prefix + "* on " + kind, e);
    }
  }

  private List<String> tables(Connection c) throws SQLException {
    String sql = switch (kind) {
      case H2 -> "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'";
      case POSTGRESQL -> "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
      case MARIADB -> "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
      case MEMORY -> throw new IllegalStateException("no tables in memory");
    };
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String name = rs.getString(1).toLowerCase(Locale.ROOT);
        if (name.startsWith(prefix)) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /** Drops the tables (servers) or the database (H2) and closes the pool. */
  @Override
  public void close() {
    try {
      if (kind == StoreKind.H2) {
        shutDownH2();
      } else {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
          for (String table : tables(c)) {
            st.execute("DROP TABLE " + table);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop the tables " + prefix + "* on " + kind, e);
    } finally {
      pool.close();
    }
  }

  /** Shuts the in-memory database down; the pooled connection is closed by then, which H2 reports on its return. */
  private void shutDownH2() throws SQLException {
    Connection c = pool.getConnection();
    try (Statement st = c.createStatement()) {
      st.execute("SHUTDOWN");
    }
    try {
      c.close();
    } catch (SQLException alreadyClosed) {
      // the database closed the session with the shutdown
    }
  }
}
