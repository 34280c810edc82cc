package id.labinov.reporting.architecture.planted;

/** Breaks "no JDBC". */
public class UsesJdbc {
  public int count(java.sql.Connection c) throws java.sql.SQLException {
    return c.getTransactionIsolation();
  }
}
