package id.labinov.portal.app;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The portal's own table, {@code portal_activity}: one row per command a person sent through the
 * portal (when, who by person id, what, on which innovation, accepted or refused). It stands for the
 * host application's own data that must commit or roll back with labinov's events. It holds no name
 * or NIP: the person id is the directory's key, and names stay in labinov's directory, which can
 * erase them.
 */
@Repository
public class ActivityLog {
  /** How a command ended. */
  public enum Outcome {
    /** Accepted: labinov appended its events. */
    ACCEPTED,
    /** Refused: a value, nothing appended. */
    REFUSED
  }

  /**
   * One row.
   *
   * @param at when
   * @param personId who (labinov's person id)
   * @param action what
   * @param innovationId on which innovation, or {@code null}
   * @param outcome accepted or refused
   */
  public record Entry(Instant at, String personId, String action, String innovationId, Outcome outcome) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  /**
   * Creates the repository.
   *
   * @param jdbc Spring's JDBC template on the application's data source
   */
  public ActivityLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.clock = Clock.systemUTC();
  }

  /**
   * Adds a row (in the caller's transaction, when there is one).
   *
   * @param personId who
   * @param action what
   * @param innovationId on which innovation, or {@code null}
   * @param outcome how it ended
   */
  public void record(String personId, String action, String innovationId, Outcome outcome) {
    jdbc.update("INSERT INTO portal_activity (at_utc, person_id, action, innovation_id, outcome) VALUES (?, ?, ?, ?, ?)",
        Timestamp.from(clock.instant()), personId, action, innovationId, outcome.name());
  }

  /**
   * The latest rows, newest first.
   *
   * @param limit at most this many
   * @return the rows
   */
  public List<Entry> latest(int limit) {
    return jdbc.query("SELECT at_utc, person_id, action, innovation_id, outcome FROM portal_activity ORDER BY at_utc DESC"
        + " OFFSET 0 ROWS FETCH FIRST ? ROWS ONLY", (rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
            rs.getString(3), rs.getString(4), Outcome.valueOf(rs.getString(5))), limit);
  }

  /** {@return how many rows the table holds} */
  public long count() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM portal_activity", Long.class);
    return n == null ? 0 : n;
  }
}
