package id.labinov.persistence.jdbc;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh H2 database for one test (in memory or in a file), with raw SQL helpers for tampering and
 * inspection. Closing it shuts the database down.
 */
final class TestDb implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private final JdbcDataSource dataSource = new JdbcDataSource();
  private final String url;

  private TestDb(String url) {
    this.url = url;
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
  }

  /** A new, empty in-memory database. */
  static TestDb memory() {
    return new TestDb("jdbc:h2:mem:labinov" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
  }

  /** A database in a file under {@code dir} (reopening the same dir gives the same data). */
  static TestDb file(Path dir) {
    return new TestDb("jdbc:h2:file:" + dir.resolve("labinov").toAbsolutePath() + ";LOCK_TIMEOUT=20000");
  }

  /** A HikariCP pool on a test database. */
  static com.zaxxer.hikari.HikariDataSource pool(TestDb db, int size) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setJdbcUrl(db.url());
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return new com.zaxxer.hikari.HikariDataSource(config);
  }

  String url() {
    return url;
  }

  DataSource dataSource() {
    return dataSource;
  }

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  int update(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs a query and returns each row as a list of column values. */
  List<List<Object>> query(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            Object v = rs.getObject(i);
            if (v instanceof java.sql.Blob b) {
              v = b.getBytes(1, (int) b.length());
            } else if (v instanceof java.sql.Clob c2) {
              v = c2.getSubString(1, (int) c2.length());
            }
            row.add(v);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long count(String sql, Object... params) {
    return ((Number) query(sql, params).get(0).get(0)).longValue();
  }

  /** Lists the tables, upper-case as H2 stores them. */
  List<String> tables() {
    List<String> out = new ArrayList<>();
    for (List<Object> row : query("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
        + " ORDER BY TABLE_NAME")) {
      out.add((String) row.get(0));
    }
    return out;
  }

  @Override
  public void close() {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("SHUTDOWN");
    } catch (SQLException e) {
      // already shut down
    }
  }

  /** A data source that counts the connections it handed out and that are not closed yet. */
  static final class Counting implements DataSource {
    private final DataSource delegate;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();

    Counting(DataSource delegate) {
      this.delegate = delegate;
    }

    int open() {
      return open.get();
    }

    int opened() {
      return opened.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
      return track(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return track(delegate.getConnection(user, password));
    }

    private Connection track(Connection c) {
      open.incrementAndGet();
      opened.incrementAndGet();
      boolean[] closed = {false};
      return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("close") && !closed[0]) {
              closed[0] = true;
              open.decrementAndGet();
            }
            try {
              return method.invoke(c, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return delegate.isWrapperFor(iface);
    }
  }
}
