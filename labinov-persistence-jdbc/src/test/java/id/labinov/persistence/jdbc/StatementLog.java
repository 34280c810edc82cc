package id.labinov.persistence.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A data source that writes down what each connection it hands out does: every statement run
 * (labelled by verb and table, e.g. {@code SELECT innovation FOR UPDATE}, {@code INSERT event
 * (batch)}), and the transaction calls that cost a round trip on some driver ({@code commit},
 * {@code rollback}, {@code savepoint}, {@code autocommit off}, {@code isolation 2}). One list per
 * connection checkout ("session"), in order. Thread-safe enough for one writer at a time.
 */
final class StatementLog implements DataSource {
  private static final Pattern TABLE = Pattern.compile("(?:FROM|INTO|UPDATE)\\s+(\\w+)");

  private final DataSource delegate;
  private final String prefix;
  private final List<List<String>> sessions = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger isolationReads = new java.util.concurrent.atomic.AtomicInteger();

  StatementLog(DataSource delegate, String prefix) {
    this.delegate = delegate;
    this.prefix = prefix;
  }

  /** Forgets what was written down so far. */
  synchronized void clear() {
    sessions.clear();
    isolationReads.set(0);
  }

  /**
   * Counts the calls to {@code getTransactionIsolation} since the last {@link #clear()}: a round trip
   * on PostgreSQL's driver, kept out of the sessions because which pooled connection a checkout gets
   * (and so whether its level is already known) is the pool's choice.
   */
  int isolationReads() {
    return isolationReads.get();
  }

  /** Returns the sessions since the last {@link #clear()}, each the list of what it did. */
  synchronized List<List<String>> sessions() {
    return sessions.stream().map(List::copyOf).toList();
  }

  private synchronized List<String> newSession() {
    List<String> s = java.util.Collections.synchronizedList(new ArrayList<>());
    sessions.add(s);
    return s;
  }

  /** Labels a statement by verb and table, without the table prefix. */
  String label(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ");
    int delta = s.toUpperCase(Locale.ROOT).indexOf("FINAL TABLE (");
    if (delta >= 0) {
      s = s.substring(delta + "FINAL TABLE (".length()); // H2's data change delta table: the UPDATE inside
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (upper.startsWith("WITH HEAD AS (UPDATE ") && upper.contains("FEED_HEAD") && upper.contains(" INSERT INTO ")) {
      return "UPDATE feed_head + INSERT feed"; // PostgreSQL: the reservation and the feed rows in one
    }
    String verb = upper.substring(0, upper.indexOf(' '));
    Matcher m = TABLE.matcher(s);
    String table = m.find() ? m.group(1) : "?";
    if (table.toLowerCase(Locale.ROOT).startsWith(prefix)) {
      table = table.substring(prefix.length());
    }
    return verb + " " + table.toLowerCase(Locale.ROOT) + (upper.endsWith(" FOR UPDATE") ? " FOR UPDATE" : "");
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = delegate.getConnection();
    List<String> log = newSession();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "commit", "setSavepoint", "releaseSavepoint" -> log.add(method.getName().equals("setSavepoint")
                ? "savepoint" : method.getName().equals("commit") ? "commit" : "release savepoint");
            case "rollback" -> log.add(args == null ? "rollback" : "rollback to savepoint");
            case "setAutoCommit" -> {
              if ((Boolean) args[0] != c.getAutoCommit()) {
                log.add((Boolean) args[0] ? "autocommit on" : "autocommit off");
              }
            }
            case "getTransactionIsolation" -> isolationReads.incrementAndGet();
            case "setTransactionIsolation" -> {
              if ((Integer) args[0] != c.getTransactionIsolation()) {
                log.add("isolation " + args[0]);
              }
            }
            default -> { }
          }
          Object result = invoke(method, c, args);
          if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
            return statement(ps, label((String) args[0]), log);
          }
          return result;
        });
  }

  private static PreparedStatement statement(PreparedStatement ps, String label, List<String> log) {
    return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          if ((args == null || args.length == 0) && method.getName().startsWith("execute")) {
            log.add(method.getName().equals("executeBatch") ? label + " (batch)" : label);
          }
          return invoke(method, ps, args);
        });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("not used by the tests");
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
