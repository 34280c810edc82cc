package id.labinov.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * One test class's tables on one database: H2 in memory, or the PostgreSQL / MariaDB servers on this
 * machine. On a server every test class gets its own random table prefix, so classes never see
 * each other's rows, and {@link #close()} drops the tables again. A server that is not reachable
 * skips the class with a message naming it, except under {@code CI=true}, where it fails.
 */
final class Backend implements AutoCloseable {
  /** The databases the tests run on. */
  enum Kind {
    H2(null, "sa"),
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test", "postgres"),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/test", "root");

    final String url;
    final String user;

    Kind(String url, String user) {
      this.url = url;
      this.user = user;
    }
  }

  private static final Map<Kind, String> UNREACHABLE = new ConcurrentHashMap<>();
  private static final Map<Kind, Boolean> CHECKED = new ConcurrentHashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  final Kind kind;
  private final String prefix;
  private final TestDb h2;
  private final HikariDataSource pool;
  private final JdbcStorage storage;

  private Backend(Kind kind, String prefix, TestDb h2, HikariDataSource pool, java.util.function.BiConsumer<DataSource,
      String> beforeBuild) {
    this.kind = kind;
    this.prefix = prefix;
    this.h2 = h2;
    this.pool = pool;
    try {
      beforeBuild.accept(pool, prefix);
      this.storage = JdbcStorage.builder().dataSource(pool).tablePrefix(prefix).build();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Opens fresh tables on a database, or skips the calling test (fails it under {@code CI=true}) if
   * the server is not reachable.
   *
   * @param kind the database
   * @param poolSize the connection pool's size
   * @param init extra settings for the pool, e.g. a session time zone
   */
  static Backend open(Kind kind, int poolSize, Consumer<HikariConfig> init) {
    return open(kind, poolSize, init, (pool, prefix) -> { });
  }

  /**
   * Opens fresh tables as {@link #open(Kind, int, Consumer)} does, but runs {@code beforeBuild} on
   * the pool and the table prefix before the storage is built (and migrates), e.g. to lay down an
   * older schema with rows in it.
   */
  static Backend open(Kind kind, int poolSize, Consumer<HikariConfig> init,
      java.util.function.BiConsumer<DataSource, String> beforeBuild) {
    assumeReachable(kind);
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(60_000);
    TestDb h2 = null;
    if (kind == Kind.H2) {
      h2 = TestDb.memory();
      config.setJdbcUrl(h2.url());
    } else {
      config.setJdbcUrl(kind.url);
    }
    config.setUsername(kind.user);
    config.setPassword("");
    init.accept(config);
    return new Backend(kind, kind == Kind.H2 ? Tables.DEFAULT_PREFIX : randomPrefix(), h2, new HikariDataSource(config),
        beforeBuild);
  }

  static Backend open(Kind kind, int poolSize) {
    return open(kind, poolSize, c -> { });
  }

  /** Skips (or, under {@code CI=true}, fails) unless the server of {@code kind} answers. */
  static void assumeReachable(Kind kind) {
    if (kind == Kind.H2) {
      return;
    }
    CHECKED.computeIfAbsent(kind, k -> {
      DriverManager.setLoginTimeout(5);
      try (Connection c = DriverManager.getConnection(k.url, k.user, "")) {
        c.isValid(5);
      } catch (SQLException e) {
        UNREACHABLE.put(k, e.getMessage());
      }
      return true;
    });
    String problem = UNREACHABLE.get(kind);
    if (problem != null) {
      unreachable(kind, problem, System.getenv("CI"));
    }
  }

  /**
   * Reports a server that did not answer: skips the test with a message naming it, or, when
   * {@code ci} is {@code true}, fails it, so CI never passes with its databases silently missing.
   */
  static void unreachable(Kind kind, String problem, String ci) {
    String message = kind + " is not reachable at " + kind.url + " as user " + kind.user + " (" + problem
        + "): start the server to run these tests.";
    if ("true".equalsIgnoreCase(ci)) {
      throw new IllegalStateException(message + " CI=true, so a missing database fails the build.");
    }
    Assumptions.abort(message + " Skipped.");
  }

  private static String randomPrefix() {
    StringBuilder b = new StringBuilder("t");
    String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 8; i++) {
      b.append(letters.charAt(RANDOM.nextInt(letters.length())));
    }
    return b.append('_').toString();
  }

  JdbcStorage storage() {
    return storage;
  }

  HikariDataSource pool() {
    return pool;
  }

  String prefix() {
    return prefix;
  }

  /** Builds another storage on the same tables, e.g. on a wrapped data source. */
  JdbcStorage storage(DataSource dataSource) {
    return storage(b -> b.dataSource(dataSource));
  }

  /** Builds another storage on the same tables (the pool unless the settings say otherwise), e.g. with another batch size. */
  JdbcStorage storage(java.util.function.UnaryOperator<JdbcStorage.Builder> settings) {
    return settings.apply(JdbcStorage.builder().dataSource(pool).tablePrefix(prefix).migrate(false)).build();
  }

  /** Lists this backend's tables, lower-case. */
  List<String> tables() {
    List<String> out = new ArrayList<>();
    String sql = switch (kind) {
      case H2 -> "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'";
      case POSTGRESQL -> "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
      case MARIADB -> "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
    };
    try (Connection c = pool.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String name = rs.getString(1).toLowerCase(Locale.ROOT);
        if (name.startsWith(prefix)) {
          out.add(name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the tables of " + prefix + " on " + kind, e);
    }
    return out;
  }

  /** Deletes every row but the schema history (the feeds start again at position 1). */
  void clear() {
    Tables t = new Tables(prefix);
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      for (String table : tables()) {
        if (!table.equals(t.history())) {
          st.executeUpdate("DELETE FROM " + table);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot clear the tables of " + prefix + " on " + kind, e);
    }
  }

  /** Runs an update on a pooled connection (auto-commit). */
  int update(String sql, Object... params) {
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs a query on a pooled connection and returns its rows as text, for failure messages. */
  List<String> rows(String sql) {
    List<String> out = new ArrayList<>();
    try (Connection c = pool.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? " | " : "").append(rs.getString(i));
        }
        out.add(b.toString());
      }
    } catch (SQLException e) {
      out.add("(cannot list: " + e.getMessage() + ")");
    }
    return out;
  }

  /** Runs a count query on a pooled connection. */
  long count(String sql, Object... params) {
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * Waits until at least one session of this backend waits for a lock held by another one (read
   * from the database's own lock views), or fails after a minute. Used to show that a writer
   * waits, without timing it.
   */
  void awaitALockWait() throws InterruptedException {
    String sql = switch (kind) {
      case H2 -> "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
      case POSTGRESQL -> "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?";
      // InnoDB's own view; after sessions were killed (ConnectionFaultContract) it sometimes lacks a
      // waiting transaction, so also: one of our statements still running after half a second (each
      // of them takes a millisecond unless it waits)
      case MARIADB -> "SELECT (SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'"
          + " AND trx_query LIKE ?) + (SELECT COUNT(*) FROM information_schema.processlist WHERE command = 'Query'"
          + " AND id <> CONNECTION_ID() AND info LIKE ? AND time_ms > 500)";
    };
    String like = "%" + prefix + "%";
    Object[] params = switch (kind) {
      case H2 -> new Object[0];
      case POSTGRESQL -> new Object[] {like};
      case MARIADB -> new Object[] {like, like};
    };
    for (int i = 0; i < 1200; i++) {
      if (count(sql, params) > 0) {
        return;
      }
      Thread.sleep(50);
    }
    String sessions = switch (kind) {
      case H2 -> "SELECT SESSION_ID, BLOCKER_ID, EXECUTING_STATEMENT FROM INFORMATION_SCHEMA.SESSIONS";
      case POSTGRESQL -> "SELECT pid, wait_event_type, state, query FROM pg_stat_activity WHERE datname = current_database()";
      case MARIADB -> "SELECT 'trx', trx_mysql_thread_id, trx_state, trx_query FROM information_schema.innodb_trx"
          + " UNION ALL SELECT 'process', id, state, info FROM information_schema.processlist WHERE db = DATABASE()";
    };
    throw new AssertionError("no session of " + prefix + " on " + kind + " waited for a lock within a minute; sessions: "
        + rows(sessions));
  }

  /** Returns the server's id of a connection's session (PostgreSQL backend pid, MariaDB connection id). */
  long sessionId(Connection c) throws SQLException {
    String sql = switch (kind) {
      case POSTGRESQL -> "SELECT pg_backend_pid()";
      case MARIADB -> "SELECT CONNECTION_ID()";
      case H2 -> "SELECT SESSION_ID()";
    };
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Kills a session from a connection of its own, outside the pool, and waits until it is gone. */
  void kill(long sessionId) {
    try (Connection c = DriverManager.getConnection(kind == Kind.H2 ? h2.url() : kind.url, kind.user, "");
        Statement st = c.createStatement()) {
      String alive = switch (kind) {
        case POSTGRESQL -> {
          st.execute("SELECT pg_terminate_backend(" + sessionId + ")");
          yield "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + sessionId;
        }
        case MARIADB -> {
          st.execute("KILL " + sessionId);
          yield "SELECT COUNT(*) FROM information_schema.processlist WHERE id = " + sessionId;
        }
        case H2 -> {
          st.execute("CALL ABORT_SESSION(" + sessionId + ")");
          yield "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = " + sessionId;
        }
      };
      for (int i = 0; i < 200; i++) {
        try (ResultSet rs = st.executeQuery(alive)) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(25);
      }
      throw new IllegalStateException("session " + sessionId + " on " + kind + " is still alive 5 s after the kill");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot kill session " + sessionId + " on " + kind, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while killing session " + sessionId, e);
    }
  }

  /** Drops this backend's tables (servers) or the whole database (H2), and closes the pool. */
  @Override
  public void close() {
    try {
      if (h2 == null && !pool.isClosed()) {
        List<String> tables = tables();
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
          for (String table : tables) {
            st.execute("DROP TABLE " + table);
          }
        } catch (SQLException e) {
          throw new IllegalStateException("cannot drop the tables of " + prefix + " on " + kind, e);
        }
      }
    } finally {
      pool.close();
      if (h2 != null) {
        h2.close();
      }
    }
  }
}
