package id.labinov.persistence.jdbc;

import id.labinov.core.engine.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The built-in migrator: applies the versioned scripts {@code schema/vN/<database>.sql} in order,
 * each recording its version in the prefix's own history table ({@code lbv_schema_history}), so a
 * host's Flyway or Liquibase never clashes with it. The scripts record their version themselves, so
 * a DBA who applies them by hand leaves the same trace. From version 6 on, it also fills the stage
 * visit rows of histories written before ({@link #fillVisits}), in Java, since the outcome of a
 * stay needs the types of the stored events and the rest the state document. Not API.
 */
final class Migrator {
  /** The newest schema version this library knows. */
  static final int LATEST = 10;
  /** The version that adds the stage visit rows, filled by {@link #fillVisits}. */
  static final int VISITS = 6;
  /** The version that adds the date columns and {@code days_exact_from}, filled by {@link #fillAggregateColumns}. */
  static final int AGGREGATES = 7;
  /** The name of {@link #fillAggregateColumns}'s row in the backfill table. */
  static final String AGGREGATES_FILL = "v7";
  /** Innovations per committed page of {@link #fillVisits}. */
  static final int FILL_PAGE = 500;
  private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Tables tables;

  Migrator(DataSource dataSource, Dialect dialect, Tables tables) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.tables = tables;
  }

  /** Returns the resource path of a script. */
  static String resource(Dialect dialect, int version) {
    return "/id/labinov/persistence/jdbc/schema/v" + version + "/" + dialect.scriptName() + ".sql";
  }

  /** Reads a published script as written (with the default prefix). */
  static String script(Dialect dialect, int version) {
    try (InputStream in = Migrator.class.getResourceAsStream(resource(dialect, version))) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource(dialect, version));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Brings the schema to {@link #LATEST}, or only checks it when {@code migrate} is off.
   *
   * @return the version the database holds afterwards
   * @throws SchemaTooNewException if the database holds a newer version
   * @throws SchemaNotAppliedException if {@code migrate} is off and the version is older
   * @throws StorageException if a script fails
   */
  int run(boolean migrate) {
    int current = currentVersion();
    if (current > LATEST) {
      throw new SchemaTooNewException(current, LATEST, tables.prefix());
    }
    if (!migrate) {
      if (current < LATEST) {
        throw new SchemaNotAppliedException(current, LATEST, tables.prefix());
      }
      fillVisits();
      fillAggregateColumns();
      return current;
    }
    for (int v = current + 1; v <= LATEST; v++) {
      apply(v);
    }
    fillVisits();
    fillAggregateColumns();
    return currentVersion();
  }

  /**
   * Writes the stage visit rows of every innovation that has none (its history was written before
   * version 6, or an earlier fill stopped before it), in pages of {@link #FILL_PAGE} innovations in
   * id order, each page committed: the state document gives the stays, the types of the stored
   * events how each closed stay ended. Idempotent and resumable: an innovation with rows is never
   * read again, so a start after the fill costs one query that finds nothing. Runs when the storage
   * is built, before this process appends; an append of an innovation without rows rewrites them
   * itself (see {@link VisitRows#write}).
   *
   * @return how many innovations were filled
   * @throws StorageException if a page cannot be written, e.g. a history whose events do not match its state
   */
  long fillVisits() {
    VisitRows rows = new VisitRows(tables);
    String page = "SELECT i.region, i.id, i.state_json FROM " + tables.innovation() + " i WHERE i.id > ?"
        + " AND NOT EXISTS (SELECT 1 FROM " + tables.stageVisit() + " v WHERE v.region = i.region"
        + " AND v.innovation_id = i.id) ORDER BY i.id" + dialect.limitClause();
    long filled = 0;
    String after = "";
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        while (true) {
          List<id.labinov.core.engine.InnovationState> states = new ArrayList<>();
          try (PreparedStatement ps = Sql.prepare(c, page, List.of(after, FILL_PAGE)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              states.add(StoredState.read(rs.getString(3), rs.getString(1) + "/" + rs.getString(2)));
              after = rs.getString(2);
            }
          }
          if (states.isEmpty()) {
            c.commit();
            break;
          }
          try (PreparedStatement ps = c.prepareStatement(rows.insertSql())) {
            for (var s : states) {
              VisitRows.bindAll(ps, s, rows.closedByStoredEvents(c, s.ref()));
            }
            ps.executeBatch();
          }
          c.commit();
          filled += states.size();
          if (states.size() < FILL_PAGE) {
            break;
          }
        }
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException x) {
          e.addSuppressed(x);
        }
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Connections.storage("fill the stage visit rows of " + tables.stageVisit() + " after " + filled
          + " innovations", e);
    }
    if (filled > 0) {
      LOG.log(System.Logger.Level.INFO, "labinov: filled the stage visit rows of {0} innovations (prefix {1})", filled,
          tables.prefix());
    }
    return filled;
  }

  /**
   * Fills the columns of schema version 7 for rows written before it: the dates and visited stages
   * of each state row and {@code days_exact_from} of each current stay, from the state documents, in pages
   * of {@link #FILL_PAGE} innovations in id order. The backfill table's row keeps the last id done,
   * in each page's transaction, and the end, so an interrupted fill resumes where it stopped and a
   * start after it reads one row. Rows written meanwhile by this version are left as they are: a
   * state row is updated only at the version read, a current stay only while it is current and not
   * yet filled (this version's writers fill both).
   *
   * @return how many innovations were read
   * @throws StorageException if a page cannot be written
   */
  long fillAggregateColumns() {
    String state = "SELECT after_id, done_at FROM " + tables.backfill() + " WHERE name = ?";
    String page = "SELECT region, id, version, state_json FROM " + tables.innovation() + " WHERE id > ? ORDER BY id"
        + dialect.limitClause();
    String dates = "UPDATE " + tables.innovation() + " SET implementation_start_day = ?, trial_start_day = ?,"
        + " visited_stages = ? WHERE region = ? AND id = ? AND version = ?";
    String exact = "UPDATE " + tables.stageVisit() + " SET days_exact_from = ? WHERE region = ? AND innovation_id = ?"
        + " AND visit_no = ? AND left_at IS NULL AND days_exact_from IS NULL";
    String progress = "UPDATE " + tables.backfill() + " SET after_id = ? WHERE name = ?";
    String finished = "UPDATE " + tables.backfill() + " SET after_id = ?, done_at = CURRENT_TIMESTAMP WHERE name = ?";
    long read = 0;
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        String after;
        try (PreparedStatement ps = Sql.prepare(c, state, List.of(AGGREGATES_FILL)); ResultSet rs = ps.executeQuery()) {
          if (!rs.next() || rs.getObject(2) != null) {
            c.commit();
            return 0; // filled already (or the row was removed by hand: nothing to resume)
          }
          after = rs.getString(1);
        }
        while (true) {
          List<Object[]> rows = new ArrayList<>();
          try (PreparedStatement ps = Sql.prepare(c, page, List.of(after, FILL_PAGE)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)});
            }
          }
          try (PreparedStatement d = c.prepareStatement(dates); PreparedStatement e = c.prepareStatement(exact)) {
            for (Object[] r : rows) {
              var s = StoredState.read((String) r[3], r[0] + "/" + r[1]);
              var details = s.details();
              Long implementation = StayDays.epochDay(
                  details.date(id.labinov.core.model.InnovationDetails.IMPLEMENTATION_START_DATE).orElse(null));
              Long trial = StayDays.epochDay(
                  details.date(id.labinov.core.model.InnovationDetails.TRIAL_START_DATE).orElse(null));
              setDay(d, 1, implementation);
              setDay(d, 2, trial);
              Sql.set(d, 3, VisitRows.visitedStages(s.visits()));
              d.setString(4, (String) r[0]);
              d.setString(5, (String) r[1]);
              d.setLong(6, (Long) r[2]);
              d.addBatch();
              int last = s.visits().size() - 1;
              java.time.Instant from = last < 0 ? null : StayDays.exactFrom(s.visits().get(last));
              if (from != null) {
                Sql.set(e, 1, from);
                e.setString(2, (String) r[0]);
                e.setString(3, (String) r[1]);
                e.setInt(4, last);
                e.addBatch();
              }
            }
            d.executeBatch();
            e.executeBatch();
          }
          boolean done = rows.size() < FILL_PAGE;
          if (!rows.isEmpty()) {
            after = (String) rows.get(rows.size() - 1)[1];
          }
          Sql.update(c, done ? finished : progress, after, AGGREGATES_FILL);
          c.commit();
          read += rows.size();
          if (done) {
            break;
          }
        }
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException x) {
          e.addSuppressed(x);
        }
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Connections.storage("fill the columns of schema version 7 after " + read + " innovations", e);
    }
    if (read > 0) {
      LOG.log(System.Logger.Level.INFO, "labinov: filled the report columns of {0} innovations (prefix {1})", read,
          tables.prefix());
    }
    return read;
  }

  private static void setDay(PreparedStatement ps, int index, Long day) throws SQLException {
    if (day == null) {
      ps.setNull(index, java.sql.Types.BIGINT);
    } else {
      ps.setLong(index, day);
    }
  }

  /** Returns the newest version in the history table, 0 if there is none. */
  int currentVersion() {
    try (Connection c = dataSource.getConnection()) {
      if (!tableExists(c, tables.history())) {
        return 0;
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM " + tables.history());
          ResultSet rs = ps.executeQuery()) {
        int v = rs.next() ? rs.getInt(1) : 0;
        if (!c.getAutoCommit()) {
          c.commit();
        }
        return v;
      }
    } catch (SQLException e) {
      throw Connections.storage("read the schema version from " + tables.history(), e);
    }
  }

  private static boolean tableExists(Connection c, String name) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String stored = meta.storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT)
        : meta.storesLowerCaseIdentifiers() ? name.toLowerCase(java.util.Locale.ROOT) : name;
    String escape = meta.getSearchStringEscape();
    String pattern = escape == null ? stored : stored.replace("_", escape + "_");
    try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), pattern, new String[] {"TABLE"})) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private void apply(int version) {
    List<String> statements = statements(tables.apply(script(dialect, version)));
    LOG.log(System.Logger.Level.INFO, "labinov: applying schema version {0} ({1} statements, prefix {2})", version,
        statements.size(), tables.prefix());
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        for (String sql : statements) {
          st.execute(sql);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException x) {
          e.addSuppressed(x);
        }
        // a pool may close a connection after certain errors: the statement's own error is what
        // the caller needs, so failing to restore auto-commit must not hide it
        try {
          c.setAutoCommit(autoCommit);
        } catch (SQLException x) {
          e.addSuppressed(x);
        }
        throw e;
      }
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      // Another server may have applied the same version at the same moment.
      if (currentVersion() >= version) {
        return;
      }
      throw Connections.storage("apply schema version " + version + " (" + resource(dialect, version) + ")", e);
    }
  }

  /** Splits a script into statements: each ends with {@code ;} at the end of a line; {@code --} lines are comments. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        out.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
