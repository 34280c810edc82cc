package id.labinov.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for a tool that runs one command at a time: it opens one physical connection
 * through {@link DriverManager} and lends it out again and again (the store opens a connection per
 * operation; a new TCP connection and login per operation would make a 10,000-row import against
 * PostgreSQL crawl). Closing a lent connection rolls back anything uncommitted, restores auto-commit
 * and gives it back. A second connection asked for while the first is lent is a fresh one, closed
 * for real. {@link #shutdown()} closes the physical connection. Thread-safe, but meant for one thread.
 */
final class SimpleDataSource implements DataSource {
  private final String url;
  private final String user;
  private final String password;
  private Connection idle;
  private boolean lent;

  SimpleDataSource(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  private Connection open() throws SQLException {
    return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
  }

  @Override
  public synchronized Connection getConnection() throws SQLException {
    if (lent) {
      return open();
    }
    if (idle == null || idle.isClosed()) {
      idle = open();
    }
    lent = true;
    Connection physical = idle;
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new Lent(physical));
  }

  private synchronized void giveBack(Connection physical) {
    try {
      if (!physical.getAutoCommit()) {
        physical.rollback();
        physical.setAutoCommit(true);
      }
      if (physical.isReadOnly()) {
        physical.setReadOnly(false);
      }
    } catch (SQLException e) {
      closeQuietly(physical);
      idle = null;
    }
    lent = false;
  }

  /** Closes the physical connection; the data source may still be used afterwards. */
  synchronized void shutdown() {
    if (idle != null) {
      closeQuietly(idle);
      idle = null;
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // nothing left to protect: the work on it is over
    }
  }

  /** The lent view of the physical connection. */
  private final class Lent implements java.lang.reflect.InvocationHandler {
    private final Connection physical;
    private boolean closed;

    Lent(Connection physical) {
      this.physical = physical;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "close":
          if (!closed) {
            closed = true;
            giveBack(physical);
          }
          return null;
        case "isClosed":
          return closed || physical.isClosed();
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "lent " + physical;
        default:
          if (closed) {
            throw new SQLException("connection already closed", "08003");
          }
          try {
            return method.invoke(physical, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
      }
    }
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return DriverManager.getConnection(url, username, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no logging: the tool reports failures itself
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
