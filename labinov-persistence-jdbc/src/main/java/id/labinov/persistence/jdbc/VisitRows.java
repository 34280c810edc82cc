package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.rules.HoldPeriod;
import id.labinov.core.spi.Append;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage visit rows ({@code lbv_stage_visit}, schema version 6): one row per stay of an
 * innovation in a stage, as the state's visit list holds it, plus how the stay ended, which only
 * the events tell (the event that opened the next stay: an advance or a return), and for the
 * current stay the instant from which SQL counts its days ({@code days_exact_from}, version 7, see
 * {@link StayDays}). Written in the
 * transaction of each append (the open row updated, new stays inserted) and rewritten whole for an
 * innovation whose rows are missing (the fill of histories written before version 6). Not API.
 */
final class VisitRows {
  /** How a stay ended. */
  enum Outcome {
    /** {@code StageAdvanced} or {@code StageAdvancedConditionally} opened the next stay. */
    ADVANCED,
    /** {@code ReturnedForRework} opened the next stay. */
    RETURNED,
    /** The current stay of a dropped innovation (it has no end, as in the state). */
    DROPPED,
    /** The current stay otherwise. */
    OPEN
  }

  /** The event types that close a stay and open the next one, as the state's fold reads them. */
  static final List<String> ENTERING_TYPES = List.of("StageAdvanced", "StageAdvancedConditionally", "ReturnedForRework");

  private final String insert;
  private final String update;
  private final String delete;
  private final String selectEntering;
  private final String select;

  VisitRows(Tables t) {
    String columns = "stage = ?, entered_at = ?, left_at = ?, outcome = ?, days = ?, held_days = ?, held_since = ?,"
        + " pauses = ?, days_exact_from = ?";
    this.insert = "INSERT INTO " + t.stageVisit() + " (stage, entered_at, left_at, outcome, days, held_days,"
        + " held_since, pauses, days_exact_from, region, innovation_id, visit_no) VALUES (" + Sql.placeholders(12) + ")";
    this.update = "UPDATE " + t.stageVisit() + " SET " + columns + " WHERE region = ? AND innovation_id = ?"
        + " AND visit_no = ?";
    this.delete = "DELETE FROM " + t.stageVisit() + " WHERE region = ? AND innovation_id = ?";
    this.selectEntering = "SELECT event_type FROM " + t.event() + " WHERE region = ? AND innovation_id = ?"
        + " AND event_type IN (" + Sql.placeholders(ENTERING_TYPES.size()) + ") ORDER BY seq_no";
    this.select = "SELECT visit_no, stage, entered_at, left_at, outcome, days, held_days, held_since, pauses,"
        + " days_exact_from FROM "
        + t.stageVisit() + " WHERE region = ? AND innovation_id = ? ORDER BY visit_no";
  }

  /** The outcome an event type gives the stay it closes, or {@code null} if it closes none. */
  static Outcome closing(String eventType) {
    return switch (eventType) {
      case "StageAdvanced", "StageAdvancedConditionally" -> Outcome.ADVANCED;
      case "ReturnedForRework" -> Outcome.RETURNED;
      default -> null;
    };
  }

  /**
   * What an append changes in an innovation's rows.
   *
   * @param proposal whether the append creates the innovation (all its rows are new)
   * @param first the stay that was open before the append (updated unless a proposal), or -1 when the
   *     rows must be rewritten from the stored events (the state lists fewer stays than the events close)
   * @param closed the outcomes of the stays the append's events closed, in order
   */
  record Change(boolean proposal, int first, List<Outcome> closed) {
    /** Tells whether the rows must be rewritten whole instead. */
    boolean rewrite() {
      return first < 0;
    }
  }

  /**
   * Returns what an append changes: {@code null} unless it proposes, moves, holds, resumes, drops or
   * reopens; else the open stay to update and the stays to insert, or a rewrite.
   */
  static Change change(Append a) {
    boolean proposal = a.expectedVersion() == 0;
    boolean touched = proposal;
    List<Outcome> closed = new ArrayList<>();
    for (InnovationEvent e : a.events()) {
      Outcome o = closing(e.type());
      if (o != null) {
        closed.add(o);
        touched = true;
      } else if (e instanceof PutOnHold || e instanceof Resumed || e instanceof Dropped || e instanceof Reopened) {
        touched = true;
      }
    }
    if (!touched) {
      return null;
    }
    int first = a.state().visits().size() - 1 - closed.size();
    return new Change(proposal, first < 0 || proposal && first != 0 ? -1 : first, closed);
  }

  /**
   * Writes the rows an append changes, after its events and state row: nothing unless it proposes,
   * moves, holds, resumes, drops or reopens; else the stay that was open is updated and the stays
   * it opened are inserted. If the open stay has no row (a history not filled yet), all of the
   * innovation's rows are rewritten from the state and its stored events.
   */
  void write(Connection c, Append a) throws SQLException {
    Change change = change(a);
    if (change == null) {
      return;
    }
    if (change.rewrite()) {
      rewrite(c, a.state());
      return;
    }
    if (!change.proposal()) {
      try (PreparedStatement ps = c.prepareStatement(update)) {
        bindUpdate(ps, a.state(), change);
        if (ps.executeUpdate() != 1) {
          rewrite(c, a.state());
          return;
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      if (bindInserts(ps, a.state(), change)) {
        ps.executeBatch();
      }
    }
  }

  /** Binds the update of the stay that was open ({@link #updateSql}) for a change that is not a proposal or rewrite. */
  static void bindUpdate(PreparedStatement ps, InnovationState s, Change change) throws SQLException {
    bind(ps, s, change.first(), outcome(s, change.first(), change.first(), change.closed()));
  }

  /** Adds the stays a change opened to the batch of {@code ps} ({@link #insertSql}); tells whether there were any. */
  static boolean bindInserts(PreparedStatement ps, InnovationState s, Change change) throws SQLException {
    int n = s.visits().size();
    int from = change.proposal() ? 0 : change.first() + 1;
    for (int i = from; i < n; i++) {
      bind(ps, s, i, outcome(s, i, change.first(), change.closed()));
      ps.addBatch();
    }
    return from < n;
  }

  String updateSql() {
    return update;
  }

  /**
   * Adds the rows of a new innovation to the batch of {@code ps} (prepared with {@link #insertSql}).
   */
  void bindNew(PreparedStatement ps, Append a) throws SQLException {
    List<Outcome> closed = new ArrayList<>();
    for (InnovationEvent e : a.events()) {
      Outcome o = closing(e.type());
      if (o != null) {
        closed.add(o);
      }
    }
    bindAll(ps, a.state(), closed);
  }

  String insertSql() {
    return insert;
  }

  /** Deletes and writes again all rows of the state's innovation, the outcomes read from its stored events. */
  void rewrite(Connection c, InnovationState s) throws SQLException {
    List<Outcome> closed = closedByStoredEvents(c, s.ref());
    Sql.update(c, delete, s.region().value(), s.id().toString());
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      bindAll(ps, s, closed);
      ps.executeBatch();
    }
  }

  /**
   * Adds all rows of a state to the batch of {@code ps} ({@link #insertSql}), with the outcomes of
   * its closed stays in order; refuses outcomes that do not match the visits.
   */
  static void bindAll(PreparedStatement ps, InnovationState s, List<Outcome> closed) throws SQLException {
    if (closed.size() != s.visits().size() - 1) {
      throw new SQLException("the history of " + s.ref() + " closes " + closed.size() + " stays but its state lists "
          + (s.visits().size() - 1) + " closed ones");
    }
    for (int i = 0; i < s.visits().size(); i++) {
      bind(ps, s, i, outcome(s, i, 0, closed));
      ps.addBatch();
    }
  }

  /** Reads the outcomes of an innovation's closed stays from the types of its stored events. */
  List<Outcome> closedByStoredEvents(Connection c, InnovationRef ref) throws SQLException {
    List<Object> params = new ArrayList<>(List.of(ref.region().value(), ref.id().toString()));
    params.addAll(ENTERING_TYPES);
    List<Outcome> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, selectEntering, params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(closing(rs.getString(1)));
      }
    }
    return out;
  }

  /**
   * The outcome of stay {@code i} of a state whose stays from {@code first + 1} on were opened by
   * the events that gave {@code closed} (stay {@code first + j} closed with {@code closed[j]}).
   */
  private static Outcome outcome(InnovationState s, int i, int first, List<Outcome> closed) {
    if (i == s.visits().size() - 1) {
      return s.status() == InnovationStatus.DROPPED ? Outcome.DROPPED : Outcome.OPEN;
    }
    return closed.get(i - first);
  }

  /** Binds row {@code i} of a state for {@link #insert} or {@link #update} (same parameter order). */
  private static void bind(PreparedStatement ps, InnovationState s, int i, Outcome outcome) throws SQLException {
    StageVisit v = s.visits().get(i);
    ZoneId zone = s.region().defaultTimeZone().zoneId();
    long held = 0;
    Instant heldSince = null;
    for (HoldPeriod p : v.pauses()) {
      if (p.end() == null) {
        heldSince = heldSince == null ? p.start() : heldSince;
      } else {
        held += new StageVisit(v.stage(), p.start(), p.end(), List.of()).days(zone, p.end());
      }
    }
    Object[] values = {v.stage(), v.enteredAt(), v.leftAt(), outcome.name(),
        v.leftAt() == null ? null : Math.toIntExact(v.days(zone, v.leftAt())), Math.toIntExact(held), heldSince,
        encodePauses(v.pauses()), StayDays.exactFrom(v), s.region().value(), s.id().toString(), i};
    for (int k = 0; k < values.length; k++) {
      if (values[k] == null) {
        // Typed nulls: PostgreSQL refuses a text null in a timestamp or integer column.
        ps.setNull(k + 1, k == 4 ? Types.INTEGER : k == 7 ? Types.VARCHAR : Types.TIMESTAMP);
      } else {
        Sql.set(ps, k + 1, values[k]);
      }
    }
  }

  /** The longest text {@link #visitedStages} writes (the column of schema version 7). */
  static final int VISITED_MAX = 4000;

  /**
   * The codes of the stages of a visit list, distinct, sorted and joined by commas (the state row's
   * {@code visited_stages}, schema version 7), or {@code null} if that is longer than
   * {@link #VISITED_MAX} (readers then take the visit rows).
   */
  static String visitedStages(List<StageVisit> visits) {
    java.util.TreeSet<String> codes = new java.util.TreeSet<>();
    visits.forEach(v -> codes.add(v.stage()));
    String text = String.join(",", codes);
    return text.length() > VISITED_MAX ? null : text;
  }

  /** Pauses as text: {@code start/end} per pause ({@code end} empty while open), joined by {@code ;}; {@code null} if none. */
  static String encodePauses(List<HoldPeriod> pauses) {
    if (pauses.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (HoldPeriod p : pauses) {
      if (out.length() > 0) {
        out.append(';');
      }
      out.append(p.start()).append('/').append(p.end() == null ? "" : p.end().toString());
    }
    return out.toString();
  }

  /** Reads {@link #encodePauses}'s text back. */
  static List<HoldPeriod> decodePauses(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<HoldPeriod> out = new ArrayList<>();
    for (String part : text.split(";")) {
      int slash = part.indexOf('/');
      String end = part.substring(slash + 1);
      out.add(new HoldPeriod(Instant.parse(part.substring(0, slash)), end.isEmpty() ? null : Instant.parse(end)));
    }
    return out;
  }

  /**
   * One stored row.
   *
   * @param visitNo the stay's number, 0 for the stage of the proposal
   * @param visit the stay as the state lists it
   * @param outcome how it ended
   * @param days the days in stage of a closed stay, else {@code null}
   * @param heldDays the days of its ended pauses
   * @param heldSince the start of its open pause, or {@code null}
   * @param daysExactFrom for the current stay, the instant from which SQL counts its days (schema 7)
   */
  record Row(int visitNo, StageVisit visit, Outcome outcome, Integer days, int heldDays, Instant heldSince,
      Instant daysExactFrom) { }

  /** Reads an innovation's rows in order (for tests and checks). */
  List<Row> read(Connection c, InnovationRef ref) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, select, List.of(ref.region().value(), ref.id().toString()));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int days = rs.getInt("days");
        Integer boxed = rs.wasNull() ? null : days;
        out.add(new Row(rs.getInt("visit_no"), new StageVisit(rs.getString("stage"), Sql.instant(rs, "entered_at"),
            Sql.instant(rs, "left_at"), decodePauses(rs.getString("pauses"))), Outcome.valueOf(rs.getString("outcome")),
            boxed, rs.getInt("held_days"), Sql.instant(rs, "held_since"), Sql.instant(rs, "days_exact_from")));
      }
    }
    return out;
  }
}
