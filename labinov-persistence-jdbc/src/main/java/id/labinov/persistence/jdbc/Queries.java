package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.internal.SearchText;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.ReplicationSource;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.StageDuration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The query port in SQL: filters and scope become a parameterised WHERE clause on the state rows,
 * paging is a keyset on the id, counts are GROUP BY. Sorting of count keys happens in Java, so the
 * order does not depend on a database collation. Not API.
 */
final class Queries {
  private static final String SUMMARY_COLUMNS = "i.region, i.id, i.title, i.opd, i.bentuk, i.jenis, i.programme_id,"
      + " i.rulebook_id, i.rulebook_version, i.stage, i.status, i.stage_entered_at, i.proposed_at, i.last_changed_at,"
      + " i.version, i.replicates_region, i.replicates_id, i.implementation_start_day, i.trial_start_day";

  private final Tables t;
  private final Dialect dialect;

  Queries(Tables tables, Dialect dialect) {
    this.t = tables;
    this.dialect = dialect;
  }

  Sql.Where where(Scope scope, InnovationFilter f) {
    Sql.Where w = new Sql.Where();
    Sql.scope(w, "i.region", scope);
    w.in("i.programme_id", f.programmeIds());
    w.in("i.stage", f.stages());
    w.in("i.status", f.statuses().stream().map(Enum::name).toList());
    w.in("i.opd", f.opds().stream().map(OpdCode::value).toList());
    w.in("i.bentuk", f.bentuk().stream().map(Enum::name).toList());
    w.in("i.jenis", f.jenis().stream().map(Enum::name).toList());
    if (!f.themes().isEmpty()) {
      w.and("EXISTS (SELECT 1 FROM " + t.theme() + " x WHERE x.innovation_id = i.id AND x.theme IN ("
          + Sql.placeholders(f.themes().size()) + "))", f.themes().stream().map(Theme::code).toArray());
    }
    if (f.replicates() != null) {
      w.and("i.replicates_region = ? AND i.replicates_id = ?", f.replicates().region().value(),
          f.replicates().innovation().toString());
    }
    f.findTitleContains().ifPresent(text -> w.and("i.title_search LIKE ? ESCAPE '!'",
        "%" + Sql.likeEscape(SearchText.normalise(text)) + "%"));
    return w;
  }

  /** Runs a keyset-paged query: {@code columns} of the matching rows after the cursor, plus one to see if more follow. */
  private PreparedStatement paged(Connection c, String columns, Scope scope, InnovationFilter filter, PageRequest page)
      throws SQLException {
    Sql.Where w = where(scope, filter);
    page.findAfter().ifPresent(after -> w.and("i.id > ?", after.toString()));
    List<Object> params = new ArrayList<>(w.params());
    params.add(page.size() + 1);
    return Sql.prepare(c, "SELECT " + columns + " FROM " + t.innovation() + " i" + w.sql() + " ORDER BY i.id"
        + dialect.limitClause(), params);
  }

  private static <T> Page<T> page(List<T> rows, PageRequest page, java.util.function.Function<T, InnovationId> id) {
    if (rows.size() <= page.size()) {
      return new Page<>(rows, null);
    }
    List<T> items = rows.subList(0, page.size());
    return new Page<>(items, new PageRequest(page.size(), id.apply(items.get(items.size() - 1))));
  }

  Page<InnovationSummary> find(Connection c, Scope scope, InnovationFilter filter, PageRequest page)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = paged(c, SUMMARY_COLUMNS, scope, filter, page); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(new Object[] {rs.getString("region"), rs.getString("id"), rs.getString("title"), rs.getString("opd"),
            rs.getString("bentuk"), rs.getString("jenis"), rs.getString("programme_id"), rs.getString("rulebook_id"),
            rs.getInt("rulebook_version"), rs.getString("stage"), rs.getString("status"),
            Sql.instant(rs, "stage_entered_at"), Sql.instant(rs, "proposed_at"), Sql.instant(rs, "last_changed_at"),
            rs.getLong("version"), replicates(rs.getString("replicates_region"), rs.getString("replicates_id")),
            day(rs, "implementation_start_day"), day(rs, "trial_start_day")});
      }
    }
    Map<String, Set<Theme>> themes = themes(c, rows.stream().map(r -> (String) r[1]).toList());
    List<InnovationSummary> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(new InnovationSummary(new InnovationRef(RegionCode.parse((String) r[0]), InnovationId.parse((String) r[1])),
          (String) r[2], r[3] == null ? null : OpdCode.of((String) r[3]), r[4] == null ? null : Bentuk.valueOf((String) r[4]),
          r[5] == null ? null : Jenis.valueOf((String) r[5]), themes.getOrDefault((String) r[1], Set.of()),
          (String) r[6], (String) r[7], (Integer) r[8], (String) r[9], InnovationStatus.valueOf((String) r[10]),
          (Instant) r[11], (Instant) r[12], (Instant) r[13], (Long) r[14], (ReplicationSource) r[15],
          (LocalDate) r[16], (LocalDate) r[17]));
    }
    return page(out, page, s -> s.ref().id());
  }

  /** Reads a date column of schema version 7 (an epoch day), {@code null} for none. */
  private static LocalDate day(ResultSet rs, String column) throws SQLException {
    long day = rs.getLong(column);
    return rs.wasNull() ? null : LocalDate.ofEpochDay(day);
  }

  private static ReplicationSource replicates(String region, String id) {
    return region == null || id == null ? null : new ReplicationSource(RegionCode.parse(region), InnovationId.parse(id));
  }

  private Map<String, Set<Theme>> themes(Connection c, List<String> ids) throws SQLException {
    Map<String, Set<Theme>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = Sql.prepare(c, "SELECT innovation_id, theme FROM " + t.theme()
        + " WHERE innovation_id IN (" + Sql.placeholders(ids.size()) + ")", ids); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(Theme.of(rs.getString(2)));
      }
    }
    return out;
  }

  List<CountRow> count(Connection c, Scope scope, InnovationFilter filter, Dimension dimension) throws SQLException {
    String key = switch (dimension) {
      case STAGE -> "i.stage";
      case STATUS -> "i.status";
      case OPD -> "i.opd";
      case BENTUK -> "i.bentuk";
      case JENIS -> "i.jenis";
      case PROGRAMME -> "i.programme_id";
      case THEME -> "th.theme";
    };
    String from = t.innovation() + " i" + (dimension == Dimension.THEME
        ? " LEFT JOIN " + t.theme() + " th ON th.innovation_id = i.id" : "");
    Sql.Where w = where(scope, filter);
    Map<String, Long> counts = new TreeMap<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT " + key + " AS k, COUNT(*) AS n FROM " + from + w.sql()
        + " GROUP BY " + key, w.params()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String k = rs.getString("k");
        counts.merge(k == null ? "" : k, rs.getLong("n"), Long::sum);
      }
    }
    List<CountRow> rows = new ArrayList<>(counts.size());
    counts.forEach((k, n) -> rows.add(new CountRow(k, n)));
    return rows;
  }

  /**
   * Lists the stays of a page of innovations (keyset on the id, as {@link #find}) from the stage
   * visit rows, not the state documents: the days of each stay are counted by core's
   * {@link StageVisit#days} from the stored entry, end and pauses, so they equal the state's.
   */
  Page<StageDuration> stageDurations(Connection c, Scope scope, InnovationFilter filter, Instant asOf,
      PageRequest page) throws SQLException {
    List<InnovationRef> refs = new ArrayList<>();
    Map<InnovationId, OpdCode> opds = new HashMap<>();
    try (PreparedStatement ps = paged(c, "i.region, i.id, i.opd", scope, filter, page); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        InnovationRef ref = new InnovationRef(RegionCode.parse(rs.getString("region")), InnovationId.parse(rs.getString("id")));
        refs.add(ref);
        String opd = rs.getString("opd");
        if (opd != null) {
          opds.put(ref.id(), OpdCode.of(opd));
        }
      }
    }
    Page<InnovationRef> ids = page(refs, page, InnovationRef::id);
    Map<InnovationId, List<StageVisit>> visits = visits(c, ids.items());
    List<StageDuration> out = new ArrayList<>();
    for (InnovationRef ref : ids.items()) {
      var zone = ref.region().defaultTimeZone().zoneId();
      for (StageVisit v : visits.getOrDefault(ref.id(), List.of())) {
        out.add(new StageDuration(ref, opds.get(ref.id()), v.stage(), v.enteredAt(), v.leftAt(), v.days(zone, asOf)));
      }
    }
    return new Page<>(out, ids.next());
  }

  /** Reads the stays of the innovations from their visit rows, in order, one query by region and id. */
  private Map<InnovationId, List<StageVisit>> visits(Connection c, List<InnovationRef> refs) throws SQLException {
    Map<InnovationId, List<StageVisit>> out = new HashMap<>();
    if (refs.isEmpty()) {
      return out;
    }
    Map<String, List<String>> byRegion = new TreeMap<>();
    for (InnovationRef ref : refs) {
      byRegion.computeIfAbsent(ref.region().value(), k -> new ArrayList<>()).add(ref.id().toString());
    }
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byRegion.entrySet()) {
      where.append(where.length() == 0 ? "" : " OR ").append("(v.region = ? AND v.innovation_id IN (")
          .append(Sql.placeholders(e.getValue().size())).append("))");
      params.add(e.getKey());
      params.addAll(e.getValue());
    }
    try (PreparedStatement ps = Sql.prepare(c, "SELECT v.innovation_id, v.stage, v.entered_at, v.left_at, v.pauses FROM "
        + t.stageVisit() + " v WHERE " + where + " ORDER BY v.region, v.innovation_id, v.visit_no", params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(InnovationId.parse(rs.getString(1)), k -> new ArrayList<>()).add(new StageVisit(
            rs.getString(2), Sql.instant(rs, "entered_at"), Sql.instant(rs, "left_at"),
            VisitRows.decodePauses(rs.getString(5))));
      }
    }
    return out;
  }

  /** Counts the state rows of a scope, for history verification. */
  long countInnovations(Connection c, Scope scope) throws SQLException {
    Sql.Where w = where(scope, InnovationFilter.all());
    try (PreparedStatement ps = Sql.prepare(c, "SELECT COUNT(*) FROM " + t.innovation() + " i" + w.sql(), w.params());
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Lists the region and id of the state rows of a scope, page by page in id order, for history verification. */
  Page<InnovationRef> refs(Connection c, Scope scope, PageRequest page) throws SQLException {
    List<InnovationRef> rows = new ArrayList<>();
    try (PreparedStatement ps = paged(c, "i.region, i.id", scope, InnovationFilter.all(), page);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(new InnovationRef(RegionCode.parse(rs.getString("region")), InnovationId.parse(rs.getString("id"))));
      }
    }
    return page(rows, page, InnovationRef::id);
  }

  Page<LatestHash> latestHashes(Connection c, Scope scope, PageRequest page) throws SQLException {
    List<LatestHash> rows = new ArrayList<>();
    try (PreparedStatement ps = paged(c, "i.region, i.id, i.version, i.last_hash", scope, InnovationFilter.all(), page);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(new LatestHash(new InnovationRef(RegionCode.parse(rs.getString("region")),
            InnovationId.parse(rs.getString("id"))), rs.getLong("version"), rs.getString("last_hash")));
      }
    }
    return page(rows, page, h -> h.ref().id());
  }
}
