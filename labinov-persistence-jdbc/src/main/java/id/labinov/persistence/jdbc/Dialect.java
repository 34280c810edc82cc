package id.labinov.persistence.jdbc;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything that differs between the databases this module supports, in one place: how a product
 * is recognised, which script it runs, how a unique-key violation and a lost lock race are reported,
 * how a result is limited, and the date arithmetic and text aggregation of the report aggregates.
 * Not API.
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

  /**
   * Returns the local date of a UTC timestamp in a zone {@code hours} ahead of UTC (both SQL
   * expressions; the zones are fixed offsets): {@code CAST(ts + hours AS DATE)}.
   */
  String localDate(String timestamp, String hours) {
    return switch (this) {
      case POSTGRESQL -> "CAST(" + timestamp + " + " + hours + " * INTERVAL '1 hour' AS DATE)";
      case H2 -> "CAST(DATEADD(HOUR, " + hours + ", " + timestamp + ") AS DATE)";
      case MARIADB -> "CAST(DATE_ADD(" + timestamp + ", INTERVAL " + hours + " HOUR) AS DATE)";
    };
  }

  /** Returns the number of days from one date to another ({@code to - from}, both SQL expressions). */
  String daysBetween(String from, String to) {
    return switch (this) {
      case POSTGRESQL -> "(" + to + " - " + from + ")";
      case H2 -> "DATEDIFF(DAY, " + from + ", " + to + ")";
      case MARIADB -> "DATEDIFF(" + to + ", " + from + ")";
    };
  }

  /**
   * Returns the aggregate that joins the distinct values of a text column of a group with commas,
   * sorted, so that equal sets give equal texts (an empty group gives {@code NULL}).
   */
  String distinctList(String column) {
    return switch (this) {
      case POSTGRESQL -> "string_agg(DISTINCT " + column + ", ',' ORDER BY " + column + ")";
      case H2 -> "LISTAGG(DISTINCT " + column + ", ',') WITHIN GROUP (ORDER BY " + column + ")";
      case MARIADB -> "GROUP_CONCAT(DISTINCT " + column + " ORDER BY " + column + " SEPARATOR ',')";
    };
  }

  /**
   * Returns the statement that adds {@code n} (parameter 1) to a region's (parameter 2) last feed
   * position and hands the new value back in the same round trip: {@code UPDATE … RETURNING} on
   * PostgreSQL, a data change delta table on H2, and {@code LAST_INSERT_ID(expr)} on MariaDB/MySQL,
   * whose value comes back as the statement's generated key (see {@link #reserveReturnsRows()}).
   * The row stays locked until commit.
   */
  String reserveFeedPositionsSql(String headTable) {
    String update = "UPDATE " + headTable + " SET last_position = ";
    return switch (this) {
      case POSTGRESQL -> update + "last_position + ? WHERE region = ? RETURNING last_position";
      case H2 -> "SELECT last_position FROM FINAL TABLE (" + update + "last_position + ? WHERE region = ?)";
      case MARIADB -> update + "LAST_INSERT_ID(last_position + ?) WHERE region = ?";
    };
  }

  /**
   * Returns one statement that reserves a region's feed positions and writes its feed rows, where
   * the database has one (PostgreSQL: an {@code UPDATE … RETURNING} in a {@code WITH} feeding the
   * {@code INSERT}), or {@code null}. Parameters: the number of rows, the region, the region again,
   * the number of rows again, the innovation ids, the sequence numbers and the event types (three
   * arrays of that length). It writes no row when the region has no head yet.
   */
  String reserveAndWriteFeedSql(String headTable, String feedTable) {
    if (this != POSTGRESQL) {
      return null;
    }
    return "WITH head AS (UPDATE " + headTable + " SET last_position = last_position + ? WHERE region = ?"
        + " RETURNING last_position) INSERT INTO " + feedTable
        + " (region, feed_position, innovation_id, seq_no, event_type)"
        + " SELECT ?, head.last_position - ? + r.n, r.innovation_id, r.seq_no, r.event_type FROM head,"
        + " unnest(?::text[], ?::bigint[], ?::text[]) WITH ORDINALITY AS r(innovation_id, seq_no, event_type, n)";
  }

  /**
   * Tells whether {@link #reserveFeedPositionsSql} is a query ({@code true}) or an update whose new
   * value is read from {@code getGeneratedKeys()} ({@code false}).
   */
  boolean reserveReturnsRows() {
    return this != MARIADB;
  }

  /**
   * Returns the statement that creates a region's feed head (parameter 1) at position 0 unless it
   * exists. PostgreSQL and MariaDB skip an existing row without an error (an error would abort a
   * PostgreSQL transaction); on H2 a concurrent insert of the same region is a unique violation the
   * caller ignores, as H2 undoes only the failed statement.
   */
  String insertFeedHeadSql(String headTable) {
    String insert = "INSERT INTO " + headTable + " (region, last_position) VALUES (?, 0)";
    return switch (this) {
      case POSTGRESQL -> insert + " ON CONFLICT (region) DO NOTHING";
      case H2 -> insert;
      case MARIADB -> insert + " ON DUPLICATE KEY UPDATE last_position = last_position";
    };
  }
}
