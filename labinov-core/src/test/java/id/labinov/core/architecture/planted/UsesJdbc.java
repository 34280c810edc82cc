package id.labinov.core.architecture.planted;

import java.sql.Connection;
import java.sql.SQLException;

/** Bad: core code talking to a database. */
public class UsesJdbc {
  /** Reads the catalog. */
  public String catalog(Connection connection) throws SQLException {
    return connection.getCatalog();
  }
}
