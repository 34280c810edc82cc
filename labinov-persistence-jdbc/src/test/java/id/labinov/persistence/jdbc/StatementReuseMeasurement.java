package id.labinov.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Not a test: the loop that chose how statements are reused (STATEMENTS.md). Run from the module
 * directory after {@code test-compile}:
 * {@code java -cp target/classes:target/test-classes:<drivers, HikariCP, core> id.labinov.persistence.jdbc.StatementReuseMeasurement [h2|postgresql|mariadb ...]}.
 *
 * <p>Part 1 (facade): one thread, a pool of two connections (one in use but for the first rulebook save), the facade running lifecycles of ten
 * commands (a proposal and nine evidence uploads), with each driver's statement cache off, at its
 * default and switched on; commands per second, median of 10 rounds after 10 warm-up rounds, the
 * settings' rounds interleaved so that JIT warm-up and machine load fall on all alike. Part 2 (raw): the five statements of a command on small tables, prepared on every use
 * (what the store does: the driver's cache answers) against prepared once per connection and reused
 * (the best a cache of our own could do). Speed is measured here, never asserted in a test.
 */
final class StatementReuseMeasurement {
  private static final int WARMUP_ROUNDS = 10;
  private static final int ROUNDS = 10;

  private StatementReuseMeasurement() {}

  public static void main(String[] args) throws Exception {
    List<String> which = args.length == 0 ? List.of("h2", "postgresql", "mariadb") : List.of(args);
    System.out.printf("load average at start %.2f, %d cores, Java %s%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    for (String db : which) {
      List<String> names = new ArrayList<>(settings(db).keySet());
      List<AutoCloseable> open = new ArrayList<>();
      List<Runnable> facades = new ArrayList<>();
      List<Runnable> raws = new ArrayList<>();
      int lifecycles = db.equals("h2") ? 300 : 30;
      int rawCommands = db.equals("h2") ? 5000 : 500;
      for (Consumer<HikariConfig> setting : settings(db).values()) {
        facades.add(facade(db, setting, lifecycles, open));
        raws.add(raw(db, setting, false, rawCommands, open));
        raws.add(raw(db, setting, true, rawCommands, open));
      }
      double[] facade = interleaved(facades, lifecycles * 10);
      for (int i = 0; i < names.size(); i++) {
        System.out.printf("%-10s %-58s facade %8.0f commands/s%n", db, names.get(i), facade[i]);
      }
      double[] raw = interleaved(raws, rawCommands);
      for (int i = 0; i < names.size(); i++) {
        System.out.printf("%-10s %-58s raw: prepare each use %8.0f, reuse %8.0f commands/s (%+.1f %%)%n", db,
            names.get(i), raw[2 * i], raw[2 * i + 1], 100 * (raw[2 * i + 1] / raw[2 * i] - 1));
      }
      for (AutoCloseable c : open) {
        c.close();
      }
    }
    System.out.printf("load average at end %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** The driver settings compared per database: cache off, the default, cache on (and pool settings). */
  private static Map<String, Consumer<HikariConfig>> settings(String db) {
    Map<String, Consumer<HikariConfig>> out = new java.util.LinkedHashMap<>();
    switch (db) {
      case "h2" -> {
        out.put("QUERY_CACHE_SIZE=0 (no parsed-statement cache)", c -> c.setJdbcUrl(h2Url(0)));
        out.put("QUERY_CACHE_SIZE=8 (default)", c -> c.setJdbcUrl(h2Url(8)));
        out.put("QUERY_CACHE_SIZE=64", c -> c.setJdbcUrl(h2Url(64)));
      }
      case "postgresql" -> {
        String url = Backend.Kind.POSTGRESQL.url;
        out.put("prepareThreshold=0 (never server-prepared)", c -> c.setJdbcUrl(url + "?prepareThreshold=0"));
        out.put("prepareThreshold=5 (default)", c -> c.setJdbcUrl(url));
        out.put("prepareThreshold=1", c -> c.setJdbcUrl(url + "?prepareThreshold=1"));
      }
      case "mariadb" -> {
        String url = Backend.Kind.MARIADB.url;
        out.put("useServerPrepStmts=true&cachePrepStmts=false", c -> c.setJdbcUrl(url
            + "?useServerPrepStmts=true&cachePrepStmts=false"));
        out.put("useServerPrepStmts=false (default, text protocol)", c -> c.setJdbcUrl(url));
        out.put("useServerPrepStmts=true&cachePrepStmts=true", c -> c.setJdbcUrl(url
            + "?useServerPrepStmts=true&cachePrepStmts=true"));
        out.put("default + pool autoCommit=false, READ_COMMITTED", c -> {
          c.setJdbcUrl(url);
          c.setAutoCommit(false);
          c.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        });
        out.put("server prep cached + pool autoCommit=false, READ_COMMITTED", c -> {
          c.setJdbcUrl(url + "?useServerPrepStmts=true&cachePrepStmts=true");
          c.setAutoCommit(false);
          c.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        });
      }
      default -> throw new IllegalArgumentException("h2, postgresql or mariadb, not " + db);
    }
    return out;
  }

  private static int counter;

  private static String h2Url(int cache) {
    return "jdbc:h2:mem:measure" + (++counter) + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=" + cache;
  }

  private static HikariDataSource pool(String db, Consumer<HikariConfig> setting) {
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(2); // the facade saves a region's first rulebook on a second connection
    config.setUsername(db.equals("h2") ? "sa" : db.equals("postgresql") ? "postgres" : "root");
    config.setPassword("");
    setting.accept(config);
    return new HikariDataSource(config);
  }

  /** Prepares facade lifecycles of ten commands on fresh tables; each run is one round. */
  private static Runnable facade(String db, Consumer<HikariConfig> setting, int lifecycles, List<AutoCloseable> open) {
    String prefix = "m" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "_";
    HikariDataSource pool = pool(db, setting);
    open.add(() -> {
      dropTables(pool, prefix);
      pool.close();
    });
    JdbcStorage storage = JdbcStorage.builder().dataSource(pool).tablePrefix(prefix).build();
    Labinov lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(),
        new Fixtures.TickingClock(Fixtures.START), 1);
    long[] n = {0};
    return () -> {
      for (int i = 0; i < lifecycles; i++) {
        InnovationRef ref = lab.innovations().propose(Fixtures.LEBAK, Fixtures.INNOVATOR, Fixtures.details("Ukur " + i)).orThrow().ref();
        for (int k = 0; k < 9; k++) {
          lab.innovations().attachEvidence(ref, Fixtures.INNOVATOR, Fixtures.evidence("PHOTO", n[0]++), Options.none()).orThrow();
        }
      }
    };
  }

  /** Prepares the five statements of a command on small tables, prepared on every use or reused; each run is one round. */
  private static Runnable raw(String db, Consumer<HikariConfig> setting, boolean reuse, int commands,
      List<AutoCloseable> open)
      throws SQLException {
    String prefix = "r" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "_";
    Dialect dialect = Dialect.ofScriptName(db).orElseThrow();
    HikariDataSource pool = pool(db, setting);
    Connection c = pool.getConnection();
    Map<String, PreparedStatement> reused = reuse ? new HashMap<>() : null;
    open.add(() -> {
      if (reused != null) {
        for (PreparedStatement ps : reused.values()) {
          ps.close();
        }
      }
      c.commit();
      c.close();
      dropTables(pool, prefix);
      pool.close();
    });
    String engine = db.equals("mariadb") ? " ENGINE=InnoDB" : "";
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE " + prefix + "state (id BIGINT PRIMARY KEY, version BIGINT NOT NULL, doc VARCHAR(400))"
          + engine);
      st.execute("CREATE TABLE " + prefix + "log (id BIGINT, seq BIGINT, payload VARCHAR(400), PRIMARY KEY (id, seq))"
          + engine);
      st.execute("CREATE TABLE " + prefix + "feed_head (region VARCHAR(13) PRIMARY KEY, last_position BIGINT NOT NULL)"
          + engine);
      st.execute("CREATE TABLE " + prefix + "feed (region VARCHAR(13), pos BIGINT, id BIGINT, PRIMARY KEY (region, pos))"
          + engine);
      st.execute("INSERT INTO " + prefix + "feed_head VALUES ('36.02', 0)");
      st.execute("INSERT INTO " + prefix + "state VALUES (1, 0, 'x')");
    }
    if (c.getAutoCommit()) {
      c.setAutoCommit(false);
    }
    String[] sql = {"SELECT version, doc FROM " + prefix + "state WHERE id = ? FOR UPDATE",
        "INSERT INTO " + prefix + "log (id, seq, payload) VALUES (?, ?, ?)",
        "UPDATE " + prefix + "state SET version = ?, doc = ? WHERE id = ? AND version = ?",
        dialect.reserveFeedPositionsSql(prefix + "feed_head"),
        "INSERT INTO " + prefix + "feed (region, pos, id) VALUES (?, ?, ?)"};
    long[] version = {0};
    return () -> rawCommands(c, sql, version, dialect, reused, commands);
  }

  private static void rawCommands(Connection c, String[] sql, long[] version, Dialect dialect,
      Map<String, PreparedStatement> reused, int commands) {
    try {
      for (int i = 0; i < commands; i++) {
        long v = version[0];
        PreparedStatement lock = statement(c, sql[0], reused, false);
        lock.setLong(1, 1);
        try (ResultSet rs = lock.executeQuery()) {
          rs.next();
        }
        PreparedStatement log = statement(c, sql[1], reused, false);
        log.setLong(1, 1);
        log.setLong(2, v + 1);
        log.setString(3, "{\"type\":\"EvidenceAttached\",\"n\":" + v + "}");
        log.addBatch();
        log.executeBatch();
        PreparedStatement update = statement(c, sql[2], reused, false);
        update.setLong(1, v + 1);
        update.setString(2, "state " + v);
        update.setLong(3, 1);
        update.setLong(4, v);
        update.executeUpdate();
        PreparedStatement reserve = statement(c, sql[3], reused, !dialect.reserveReturnsRows());
        reserve.setLong(1, 1);
        reserve.setString(2, "36.02");
        long position;
        if (dialect.reserveReturnsRows()) {
          try (ResultSet rs = reserve.executeQuery()) {
            rs.next();
            position = rs.getLong(1);
          }
        } else {
          reserve.executeUpdate();
          try (ResultSet rs = reserve.getGeneratedKeys()) {
            rs.next();
            position = rs.getLong(1);
          }
        }
        PreparedStatement feed = statement(c, sql[4], reused, false);
        feed.setString(1, "36.02");
        feed.setLong(2, position);
        feed.setLong(3, 1);
        feed.addBatch();
        feed.executeBatch();
        c.commit();
        if (reused == null) {
          for (PreparedStatement ps : List.of(lock, log, update, reserve, feed)) {
            ps.close();
          }
        }
        version[0] = v + 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement statement(Connection c, String sql, Map<String, PreparedStatement> reused,
      boolean keys) throws SQLException {
    if (reused == null) {
      return keys ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(sql);
    }
    PreparedStatement ps = reused.get(sql);
    if (ps == null) {
      ps = keys ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(sql);
      reused.put(sql, ps);
    }
    return ps;
  }

  /**
   * Runs the peers' rounds in turn (peer 1, 2, 3, 1, 2, 3 …), so that JIT warm-up and machine load
   * fall on all of them alike: warm-up rounds first, then measured ones. Prints each peer's rounds
   * and returns each peer's median operations per second.
   */
  private static double[] interleaved(List<Runnable> peers, int operations) {
    List<List<Double>> rates = new ArrayList<>();
    peers.forEach(p -> rates.add(new ArrayList<>()));
    for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (int p = 0; p < peers.size(); p++) {
        long start = System.nanoTime();
        peers.get(p).run();
        rates.get(p).add(operations / ((System.nanoTime() - start) / 1e9));
      }
    }
    double[] out = new double[peers.size()];
    for (int p = 0; p < peers.size(); p++) {
      List<Double> all = rates.get(p);
      StringBuilder trace = new StringBuilder("    peer " + (p + 1) + " rounds:");
      for (int i = 0; i < all.size(); i++) {
        trace.append(String.format(" %s%.0f", i == WARMUP_ROUNDS ? "| " : "", all.get(i)));
      }
      System.out.println(trace);
      List<Double> measured = new ArrayList<>(all.subList(WARMUP_ROUNDS, all.size()));
      measured.sort(Double::compare);
      out[p] = measured.get(measured.size() / 2);
    }
    return out;
  }

  private static void dropTables(HikariDataSource pool, String prefix) throws SQLException {
    if (pool.isClosed()) {
      return;
    }
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
        while (rs.next()) {
          if (rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
            names.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      for (String name : names) {
        st.execute("DROP TABLE " + name);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }
}
