package id.labinov.persistence.jdbc;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything that differs between the databases this module supports, in one place: how a product
 * is recognised, which script it runs, how a unique-key violation and a lost lock race are reported,
 * and how a result is limited. Not API.
 */
enum Dialect {
  /** H2 2.x, embedded (file or in-memory). */
  H2("h2", "23505", null, "90131", "40001") {
    @Override
    boolean matches(String product) {
      return product.equals("h2");
    }
  },
  /** PostgreSQL 12 and later. */
  POSTGRESQL("postgresql", "23505", null, "40001", "40P01") {
    @Override
    boolean matches(String product) {
      return product.startsWith("postgresql");
    }
  },
  /** MariaDB 10.6 and later, and MySQL 8 through either driver. */
  MARIADB("mariadb", "23000", 1062, "40001", "40001") {
    @Override
    boolean matches(String product) {
      return product.startsWith("mariadb") || product.startsWith("mysql");
    }
  };

  private final String scriptName;
  private final String uniqueState;
  private final Integer uniqueVendorCode;
  private final String raceState;
  private final String deadlockState;

  Dialect(String scriptName, String uniqueState, Integer uniqueVendorCode, String raceState, String deadlockState) {
    this.scriptName = scriptName;
    this.uniqueState = uniqueState;
    this.uniqueVendorCode = uniqueVendorCode;
    this.raceState = raceState;
    this.deadlockState = deadlockState;
  }

  /** Tells whether a lower-case product name from {@code DatabaseMetaData} is this database. */
  abstract boolean matches(String product);

  /** Returns the name of this database's scripts, e.g. {@code h2} for {@code schema/v1/h2.sql}. */
  String scriptName() {
    return scriptName;
  }

  /**
   * Finds the dialect for a product name.
   *
   * @param productName {@code DatabaseMetaData.getDatabaseProductName()}
   * @return the dialect, or empty if the database is not supported
   */
  static Optional<Dialect> of(String productName) {
    String p = productName == null ? "" : productName.strip().toLowerCase(Locale.ROOT);
    for (Dialect d : values()) {
      if (d.matches(p)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the dialect whose scripts have a name.
   *
   * @param scriptName e.g. {@code postgresql}
   * @return the dialect, or empty
   */
  static Optional<Dialect> ofScriptName(String scriptName) {
    for (Dialect d : values()) {
      if (d.scriptName.equals(scriptName)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Tells whether an error (or one it chains) is a unique-key or primary-key violation. */
  boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (uniqueState.equals(x.getSQLState()) && (uniqueVendorCode == null || uniqueVendorCode == x.getErrorCode())) {
        return true;
      }
      if (x.getCause() instanceof SQLException c && c != x && isUniqueViolation(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether an error means another transaction won a race for the same rows (a concurrent
   * update, a serialisation failure or a deadlock): the writer lost, nothing was written.
   */
  boolean isLostRace(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (raceState.equals(x.getSQLState()) || deadlockState.equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the placeholder for a JSON document bound as text: PostgreSQL's {@code json} column
   * needs a cast (it keeps the text as given, unlike {@code jsonb}); the others take the text.
   */
  String jsonParameter() {
    return this == POSTGRESQL ? "CAST(? AS json)" : "?";
  }

  /** Returns the clause that limits a query to its first {@code n} rows (n is bound, not inlined). */
  String limitClause() {
    return " LIMIT ?";
  }
}
