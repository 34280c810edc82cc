package id.labinov.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The databases of the persisted suites, by the name given as JMH parameter {@code db}:
 * {@code h2-mem}, {@code h2-file}, {@code postgresql} (127.0.0.1:5432, user postgres, db test) and
 * {@code mariadb} (127.0.0.1:3306, root, db test). Each benchmark area gets a clean space of its
 * own: an H2 database, a PostgreSQL schema, or on MariaDB a table prefix, so that nothing else in
 * the shared test databases is touched. Overrides: {@code -Dbench.pg.url}, {@code -Dbench.mariadb.url}.
 */
public final class Databases {
  /** Keeps LOB values up to 64 KiB in their rows (H2's default is 256). */
  private static final String H2_SETTINGS = ";MAX_LENGTH_INPLACE_LOB=65536";
  private static final Path H2_DIR = Paths.get(System.getProperty("java.io.tmpdir"), "labinov-bench-h2");

  private Databases() {}

  /**
   * Opens a pool on a clean space named {@code area} (lower case letters, digits, underscores).
   *
   * @param db the database name
   * @param area the space: dropped and created anew
   * @param poolSize the pool's maximum size
   * @return the pool
   */
  public static HikariDataSource open(String db, String area, int poolSize) {
    return open(db, area, poolSize, true);
  }

  /**
   * Opens a pool on the space named {@code area}, cleaning it first or keeping what it holds
   * (the scale suites reuse their large data sets between forks). H2 in memory is always new.
   *
   * @param db the database name
   * @param area the space
   * @param poolSize the pool's maximum size
   * @param clean whether to drop and create the space anew
   * @return the pool
   */
  public static HikariDataSource open(String db, String area, int poolSize, boolean clean) {
    HikariConfig c = new HikariConfig();
    c.setMaximumPoolSize(poolSize);
    c.setMinimumIdle(Math.min(poolSize, 2));
    c.setPoolName("bench-" + db + "-" + area);
    switch (db) {
      // H2 with the setting labinov's STATEMENTS.md recommends, for every peer alike
      case "h2-mem" -> c.setJdbcUrl("jdbc:h2:mem:" + area + ";DB_CLOSE_DELAY=-1" + H2_SETTINGS);
      case "h2-file" -> {
        if (clean) {
          deleteH2Files(area);
        }
        c.setJdbcUrl("jdbc:h2:file:" + H2_DIR.resolve(area).toAbsolutePath() + H2_SETTINGS);
      }
      case "postgresql" -> {
        String base = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        if (clean) {
          execute(base, "postgres", "", "DROP SCHEMA IF EXISTS " + area + " CASCADE", "CREATE SCHEMA " + area);
        } else {
          execute(base, "postgres", "", "CREATE SCHEMA IF NOT EXISTS " + area);
        }
        c.setJdbcUrl(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + area);
        c.setUsername("postgres");
        c.setPassword("");
      }
      case "mariadb" -> {
        // the configuration labinov-persistence-jdbc/STATEMENTS.md recommends for MariaDB, for every
        // peer alike: server-side statements cached per connection, connections handed out without
        // auto-commit and at READ COMMITTED (no round trips to switch them per transaction)
        String base = System.getProperty("bench.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
        c.setJdbcUrl(base + (base.contains("?") ? "&" : "?") + "useServerPrepStmts=true&cachePrepStmts=true");
        c.setAutoCommit(false);
        c.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        c.setUsername("root");
        c.setPassword("");
      }
      default -> throw new IllegalArgumentException("unknown db " + db + ": h2-mem, h2-file, postgresql or mariadb");
    }
    HikariDataSource ds = new HikariDataSource(c);
    if (db.equals("mariadb") && clean) {
      dropTablesWithPrefix(ds, area + "_");
    }
    if (db.equals("h2-mem") && clean) {
      try (Connection con = ds.getConnection(); Statement s = con.createStatement()) {
        s.execute("DROP ALL OBJECTS");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot clean H2 " + area, e);
      }
    }
    return ds;
  }

  /**
   * The table prefix to use in an area: on MariaDB the area itself (all areas share db test),
   * elsewhere the given default.
   *
   * @param db the database name
   * @param area the area
   * @param otherwise the prefix elsewhere
   * @return the prefix
   */
  public static String prefix(String db, String area, String otherwise) {
    return db.equals("mariadb") ? area + "_" : otherwise;
  }

  /**
   * Tells the database's version string, for the record.
   *
   * @param ds the pool
   * @return product name and version
   */
  public static String version(javax.sql.DataSource ds) {
    try (Connection c = ds.getConnection()) {
      return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static void execute(String url, String user, String password, String... sql) {
    try (Connection c = java.sql.DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare " + url + ": " + e.getMessage(), e);
    }
  }

  private static void dropTablesWithPrefix(HikariDataSource ds, String prefix) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      java.util.List<String> tables = new java.util.ArrayList<>();
      try (var rs = c.getMetaData().getTables(c.getCatalog(), null, prefix + "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            tables.add(name);
          }
        }
      }
      for (String t : tables) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
      s.execute("SET FOREIGN_KEY_CHECKS = 1");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot clean MariaDB tables " + prefix + "*", e);
    }
  }

  private static void deleteH2Files(String area) {
    if (!Files.isDirectory(H2_DIR)) {
      return;
    }
    try (Stream<Path> files = Files.list(H2_DIR)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith(area + ".")).sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
