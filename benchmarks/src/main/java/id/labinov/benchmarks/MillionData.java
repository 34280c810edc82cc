package id.labinov.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 1,000,000-innovation data set of issue 21, grown from the national one: a fresh area that
 * labinov's migrator made, filled with the national innovations and then with copies of them under
 * new ids (each copy's state, themes, stage visits and drop events carry the new id, in the JSON
 * too), until it holds {@code target} innovations. Only what the reports read is copied (states,
 * themes, visits, the events of drops, programmes, rulebooks), never the rest of the histories, so
 * the copy is for read benchmarks only. Copying is allowed here, unlike for the national set,
 * because the issue asks for the national set to be written by the bulk path and for the million
 * only to be measured.
 */
public final class MillionData {
  private static final String[] PER_INNOVATION = {"lbv_innovation", "lbv_innovation_theme", "lbv_stage_visit"};
  private static final String[] ONCE = {"lbv_programme", "lbv_rulebook"};

  private MillionData() {}

  /**
   * Fills {@code area} (PostgreSQL schema, already migrated by labinov) from {@code national} up to
   * {@code target} innovations; nothing is done if it holds that many already.
   *
   * @param ds a pool on the area
   * @param national the national schema
   * @param target innovations wanted
   * @return the innovations held
   * @throws SQLException if the copy fails
   */
  public static long fill(javax.sql.DataSource ds, String national, long target) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      long have = count(s, "lbv_innovation");
      if (have >= target) {
        return have;
      }
      if (have > 0) {
        throw new IllegalStateException("the million area holds " + have + " innovations, fewer than " + target
            + ": drop its schema and run again");
      }
      long source = count(s, national + ".lbv_innovation");
      if (source == 0) {
        throw new IllegalStateException(national + " is empty: run NationalData first");
      }
      for (String t : ONCE) {
        s.execute("INSERT INTO " + t + " SELECT * FROM " + national + "." + t);
      }
      int round = 0;
      while (have < target) {
        long n = Math.min(source, target - have);
        String picked = "(SELECT id FROM " + national + ".lbv_innovation ORDER BY id LIMIT " + n + ")";
        for (String t : PER_INNOVATION) {
          String key = t.equals("lbv_innovation") ? "id" : "innovation_id";
          s.execute("INSERT INTO " + t + " (" + String.join(", ", columns(c, t)) + ") SELECT "
              + String.join(", ", expressions(c, t, round)) + " FROM " + national + "." + t + " x WHERE x." + key
              + " IN " + picked);
        }
        s.execute("INSERT INTO lbv_event (" + String.join(", ", columns(c, "lbv_event")) + ") SELECT "
            + String.join(", ", expressions(c, "lbv_event", round)) + " FROM " + national + ".lbv_event x"
            + " WHERE x.event_type = 'Dropped' AND x.innovation_id IN " + picked);
        have = count(s, "lbv_innovation");
        round++;
        System.out.printf(Locale.ROOT, "[million] round %d: %d innovations%n", round, have);
      }
      for (String t : new String[] {"lbv_innovation", "lbv_innovation_theme", "lbv_stage_visit", "lbv_event"}) {
        s.execute("ANALYZE " + t);
      }
      return have;
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, null)) {
      while (rs.next()) {
        out.add(rs.getString("COLUMN_NAME"));
      }
    }
    return out;
  }

  /** The select list: ids of copies made new (round 0 keeps them), the rest as it is. */
  private static List<String> expressions(Connection c, String table, int round) throws SQLException {
    List<String> out = new ArrayList<>();
    String innovation = table.equals("lbv_innovation") ? "x.id" : "x.innovation_id";
    for (String col : columns(c, table)) {
      out.add(switch (col) {
        case "id", "innovation_id" -> newId("x." + col, round);
        case "event_id" -> newId("x.event_id", round);
        case "state_json" -> round == 0 ? "x.state_json"
            : "CAST(replace(CAST(x.state_json AS TEXT), x.id, " + newId("x.id", round) + ") AS JSON)";
        case "payload" -> round == 0 ? "x.payload"
            : "convert_to(replace(replace(convert_from(x.payload, 'UTF8'), " + innovation + ", "
                + newId(innovation, round) + "), x.event_id, " + newId("x.event_id", round) + "), 'UTF8')";
        default -> "x." + col;
      });
    }
    return out;
  }

  /** A version 7 id for a copy: the time part kept, new random bits from md5. */
  private static String newId(String column, int round) {
    if (round == 0) {
      return column;
    }
    String h = "md5(" + column + " || '" + round + "')";
    return "(substr(" + column + ", 1, 19) || '8' || substr(" + h + ", 1, 3) || '-' || substr(" + h + ", 4, 12))";
  }
}
