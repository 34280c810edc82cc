package id.labinov.benchmarks;

import id.labinov.core.model.RegionCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The national generator's progress table ({@code national_done}: one row per region whose year is
 * played) and the area's totals for the record. Kept apart from {@link NationalData}, which only
 * plays the years.
 */
final class NationalProgress {
  private NationalProgress() {}

  /** Creates the progress table if needed; tells whether it was there already. */
  static boolean markTable(javax.sql.DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      boolean existed;
      try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "national_done", null)) {
        existed = rs.next();
      }
      s.execute("CREATE TABLE IF NOT EXISTS national_done (region VARCHAR(13) PRIMARY KEY, commands BIGINT NOT NULL,"
          + " seconds DOUBLE PRECISION NOT NULL, done_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
      return existed;
    }
  }

  static boolean done(javax.sql.DataSource ds, RegionCode region) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT 1 FROM national_done WHERE region = ?")) {
      ps.setString(1, region.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static void markDone(javax.sql.DataSource ds, RegionCode region, double seconds, long commands)
      throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO national_done (region, commands, seconds) VALUES (?, ?, ?)")) {
      ps.setString(1, region.value());
      ps.setLong(2, commands);
      ps.setDouble(3, seconds);
      ps.executeUpdate();
    }
  }

  /** Rows and sizes of the national area, for the record. */
  static String totals(javax.sql.DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM national_done), (SELECT SUM(seconds) FROM national_done),"
            + " (SELECT COUNT(*) FROM lbv_innovation), (SELECT COUNT(*) FROM lbv_event),"
            + " (SELECT COUNT(*) FROM lbv_stage_visit), (SELECT pg_size_pretty(SUM(pg_total_relation_size(c.oid)))"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
            + " AND c.relkind = 'r'), (SELECT pg_size_pretty(SUM(pg_total_relation_size(c.oid))) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"
            + " AND (c.relname = 'lbv_event' OR c.relname LIKE 'lbv!_event!_p%' ESCAPE '!'))")) {
      rs.next();
      return String.format(Locale.ROOT, "%d regions done in %.1f min of generator time; %d innovations, %d events,"
          + " %d stage visits; tables and indexes %s (events %s)", rs.getLong(1), rs.getDouble(2) / 60, rs.getLong(3),
          rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7));
    }
  }
}
