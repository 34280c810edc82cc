package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.ReachRow;
import id.labinov.core.query.RulebookStage;
import id.labinov.core.query.RulebookUse;
import id.labinov.core.query.StageDays;
import id.labinov.core.query.StalledStay;
import id.labinov.core.query.StalledStays;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report aggregates of the query port in SQL (rulebooks in use, days in stage, how far
 * innovations came, stalled stays), each one or two statements whose rows are groups, not
 * innovations; the answers equal the paging definitions of {@code InnovationQuery}. Days of current
 * stays are counted as {@link StayDays} describes; the few stays SQL cannot count to the instant
 * asked for are read and counted in Java. Not API.
 */
final class Aggregates {
  private final Tables t;
  private final Dialect dialect;
  private final Queries queries;

  Aggregates(Tables tables, Dialect dialect, Queries queries) {
    this.t = tables;
    this.dialect = dialect;
    this.queries = queries;
  }

  /** The stays of the matching innovations: {@code FROM} and {@code WHERE} on aliases {@code i} and {@code v}. */
  private String stays(Sql.Where w) {
    return " FROM " + t.innovation() + " i JOIN " + t.stageVisit() + " v ON v.region = i.region"
        + " AND v.innovation_id = i.id" + w.sql();
  }

  List<RulebookUse> rulebooks(Connection c, Scope scope, InnovationFilter filter) throws SQLException {
    Sql.Where w = queries.where(scope, filter);
    List<RulebookUse> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT i.region, i.rulebook_id, i.rulebook_version, MIN(i.id),"
        + " COUNT(*) FROM " + t.innovation() + " i" + w.sql() + " GROUP BY i.region, i.rulebook_id,"
        + " i.rulebook_version", w.params()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        RegionCode region = RegionCode.parse(rs.getString(1));
        out.add(new RulebookUse(region, rs.getString(2), rs.getInt(3),
            new InnovationRef(region, InnovationId.parse(rs.getString(4))), rs.getLong(5)));
      }
    }
    out.sort(RulebookUse.ORDER);
    return out;
  }

  /**
   * The histogram of days per stage: one grouped statement over the stays SQL counts exactly, then
   * the others one by one.
   */
  List<StageDays> stageDays(Connection c, Scope scope, InnovationFilter filter, Instant asOf) throws SQLException {
    List<Object> params = new ArrayList<>();
    String days = StayDays.days(dialect, "v", "i.region", asOf, params);
    Sql.Where w = exact(queries.where(scope, filter), asOf);
    params.addAll(w.params());
    Map<String, Map<Long, long[]>> bars = new HashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT x.stage, x.d, COUNT(*), SUM(x.ongoing) FROM (SELECT v.stage AS"
        + " stage, " + days + " AS d, CASE WHEN v.left_at IS NULL AND i.status <> 'DROPPED' THEN 1 ELSE 0 END"
        + " AS ongoing" + stays(w) + ") x GROUP BY x.stage, x.d", params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long[] bar = bars.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).computeIfAbsent(rs.getLong(2),
            k -> new long[2]);
        bar[0] += rs.getLong(3);
        bar[1] += rs.getLong(4);
      }
    }
    for (StalledStay r : recounted(c, scope, filter, asOf)) {
      long[] bar = bars.computeIfAbsent(r.stage(), k -> new HashMap<>()).computeIfAbsent(r.days(), k -> new long[2]);
      bar[0]++;
      bar[1] += r.status() == InnovationStatus.DROPPED ? 0 : 1;
    }
    List<StageDays> out = new ArrayList<>();
    bars.forEach((stage, byDays) -> byDays.forEach((d, bar) -> out.add(new StageDays(stage, d, bar[0], bar[1]))));
    out.sort(StageDays.ORDER);
    return out;
  }

  /**
   * Keeps the stays whose days SQL counts exactly to {@code asOf}: closed ones, and current ones
   * exact from then on; the rest ({@link #recounted}) is exactly its complement.
   */
  private static Sql.Where exact(Sql.Where w, Instant asOf) {
    return w.and("(v.left_at IS NOT NULL OR v.days_exact_from IS NULL OR v.days_exact_from <= ?)", asOf);
  }

  /**
   * Reads the current stays of the matching innovations whose {@code days_exact_from} is after
   * {@code asOf} (few, but for instants before recent changes) and counts their days with
   * {@link StageVisit#days}, with what a stalled list shows of them.
   */
  private List<StalledStay> recounted(Connection c, Scope scope, InnovationFilter filter, Instant asOf)
      throws SQLException {
    Sql.Where w = queries.where(scope, filter);
    w.and("v.left_at IS NULL AND v.days_exact_from > ?", asOf);
    List<StalledStay> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT i.region, i.id, i.title, i.opd, i.status, i.rulebook_id,"
        + " i.rulebook_version, v.stage, v.entered_at, v.pauses" + stays(w), w.params());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        RegionCode region = RegionCode.parse(rs.getString(1));
        StageVisit visit = new StageVisit(rs.getString(8), Sql.instant(rs, "entered_at"), null,
            VisitRows.decodePauses(rs.getString(10)));
        String opd = rs.getString(4);
        out.add(new StalledStay(new InnovationRef(region, InnovationId.parse(rs.getString(2))), rs.getString(3),
            opd == null ? null : OpdCode.of(opd), InnovationStatus.valueOf(rs.getString(5)), rs.getString(6),
            rs.getInt(7), visit.stage(), visit.enteredAt(), visit.days(region.defaultTimeZone().zoneId(), asOf)));
      }
    }
    return out;
  }

  /**
   * Groups the matching innovations by how far they came, in one statement over the state rows:
   * their visited stages are a column ({@code visited_stages}), their dates epoch days compared
   * with each region's today. Innovations whose column is missing (stages too many for it) take
   * their stages from the visit rows, in a second branch of the same statement, which finds no row
   * otherwise. (A correlated subquery in place of that branch made PostgreSQL expect it to run for
   * every row, and compile the query with JIT: a second per 100,000 innovations, measured.)
   */
  List<ReachRow> reach(Connection c, Scope scope, InnovationFilter filter, Instant asOf) throws SQLException {
    List<Object> params = new ArrayList<>();
    Sql.Where present = queries.where(scope, filter).and("i.visited_stages IS NOT NULL");
    String fromColumn = "SELECT i.rulebook_id, i.rulebook_version, i.opd, i.status, i.stage, i.visited_stages AS visited, "
        + started("i.implementation_start_day", asOf, params) + " AS impl, "
        + started("i.trial_start_day", asOf, params) + " AS trial FROM " + t.innovation() + " i" + present.sql();
    params.addAll(present.params());
    Sql.Where missing = queries.where(scope, filter).and("i.visited_stages IS NULL");
    String fromRows = "SELECT i.rulebook_id, i.rulebook_version, i.opd, i.status, i.stage, "
        + dialect.distinctList("v.stage") + " AS visited, MAX(" + started("i.implementation_start_day", asOf, params)
        + ") AS impl, MAX(" + started("i.trial_start_day", asOf, params) + ") AS trial FROM " + t.innovation()
        + " i LEFT JOIN " + t.stageVisit() + " v ON v.region = i.region AND v.innovation_id = i.id" + missing.sql()
        + " GROUP BY i.region, i.id, i.rulebook_id, i.rulebook_version, i.opd, i.status, i.stage";
    params.addAll(missing.params());
    List<ReachRow> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT x.rulebook_id, x.rulebook_version, x.opd, x.status, x.stage,"
        + " x.visited, x.impl, x.trial, COUNT(*) FROM (" + fromColumn + " UNION ALL " + fromRows + ") x GROUP BY"
        + " x.rulebook_id, x.rulebook_version, x.opd, x.status, x.stage, x.visited, x.impl, x.trial", params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String opd = rs.getString(3);
        String codes = rs.getString(6);
        out.add(new ReachRow(rs.getString(1), rs.getInt(2), opd == null ? null : OpdCode.of(opd),
            InnovationStatus.valueOf(rs.getString(4)), rs.getString(5),
            codes == null || codes.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(codes.split(","))),
            rs.getInt(7) == 1, rs.getInt(8) == 1, rs.getLong(9)));
      }
    }
    out.sort(ReachRow.ORDER);
    return out;
  }

  /** 1 if the date in an epoch-day column is on or before the day of {@code asOf} in the row's region, else 0. */
  private static String started(String column, Instant asOf, List<Object> params) {
    return "CASE WHEN " + column + " <= " + StayDays.epochDayOf(asOf, "i.region", params) + " THEN 1 ELSE 0 END";
  }

  /**
   * The stalled stays: one statement counts those SQL counts exactly and lists the longest of them
   * (a window count beside the ordered, limited rows), then the others are counted in Java and
   * merged in.
   */
  StalledStays stalled(Connection c, Scope scope, InnovationFilter filter, Instant asOf, long moreThanDays,
      Set<RulebookStage> arrived, int limit) throws SQLException {
    List<Object> params = new ArrayList<>();
    String days = StayDays.days(dialect, "v", "i.region", asOf, params);
    Sql.Where w = exact(queries.where(scope, filter), asOf);
    w.and("v.left_at IS NULL AND i.status <> 'DROPPED'");
    for (RulebookStage a : arrived) {
      w.and("NOT (i.rulebook_id = ? AND i.rulebook_version = ? AND v.stage = ?)", a.rulebookId(), a.rulebookVersion(),
          a.stage());
    }
    params.addAll(w.params());
    params.add(moreThanDays);
    params.add(Math.max(1, limit));
    List<StalledStay> longest = new ArrayList<>();
    long total = 0;
    try (PreparedStatement ps = Sql.prepare(c, "SELECT x.*, COUNT(*) OVER () AS total FROM (SELECT i.region, i.id,"
        + " i.title, i.opd, i.status, i.rulebook_id, i.rulebook_version, v.stage, v.entered_at, " + days + " AS d"
        + stays(w) + ") x WHERE x.d > ? ORDER BY x.d DESC, x.entered_at, x.id" + dialect.limitClause(), params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        total = rs.getLong("total");
        RegionCode region = RegionCode.parse(rs.getString("region"));
        String opd = rs.getString("opd");
        longest.add(new StalledStay(new InnovationRef(region, InnovationId.parse(rs.getString("id"))),
            rs.getString("title"), opd == null ? null : OpdCode.of(opd), InnovationStatus.valueOf(rs.getString("status")),
            rs.getString("rulebook_id"), rs.getInt("rulebook_version"), rs.getString("stage"),
            Sql.instant(rs, "entered_at"), rs.getLong("d")));
      }
    }
    for (StalledStay s : recounted(c, scope, filter, asOf)) {
      if (s.status() != InnovationStatus.DROPPED && s.days() > moreThanDays
          && !arrived.contains(new RulebookStage(s.rulebookId(), s.rulebookVersion(), s.stage()))) {
        total++;
        longest.add(s);
      }
    }
    longest.sort(StalledStay.ORDER);
    return new StalledStays(total, List.copyOf(longest.subList(0, Math.min(limit, longest.size()))));
  }
}
