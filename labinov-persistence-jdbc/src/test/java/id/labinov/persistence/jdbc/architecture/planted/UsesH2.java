package id.labinov.persistence.jdbc.architecture.planted;

import org.h2.jdbcx.JdbcDataSource;

/** Deliberately bad: brings a driver into main code. */
public final class UsesH2 {
  private UsesH2() {}

  static Object dataSource() {
    return new JdbcDataSource();
  }
}
