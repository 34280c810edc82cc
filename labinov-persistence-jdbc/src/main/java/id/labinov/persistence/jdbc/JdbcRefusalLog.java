package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Refusal;
import id.labinov.core.engine.StorageException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.codec.StoredDocuments;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.spi.RefusalLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The refusal log on a database: one row per refusal in {@code lbv_refusal} (schema version 3), its
 * reasons as a JSON document, its insertion order kept by an identity column. Reads go page by page
 * ({@value #PAGE_SIZE} rows, keyset on the instant and the row id, each page in a short read
 * transaction of its own, the caller's action run between them), so memory stays bounded and no
 * connection is held while the action runs. A region's period is one range of the index on
 * (region, instant, id); a province reads its regions by code prefix; a national read and the purge
 * use the index on (instant, id). Obtained from {@link JdbcStorage#refusalLog()}. Thread-safe.
 */
@Beta
public final class JdbcRefusalLog implements RefusalLog {
  /** How many rows one read of {@link #forEach} fetches. */
  static final int PAGE_SIZE = 500;
  /** The earliest and latest instants every supported database stores (MariaDB's DATETIME range). */
  private static final Instant FIRST_STORABLE = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_STORABLE = Instant.parse("9999-12-31T23:59:59.999999Z");
  private static final String COLUMNS = "region, refused_at, kind, innovation_id, subject, actor, actor_opd, command,"
      + " verdict_id, stage, innovation_opd, reasons_json";

  private final Connections connections;
  private final Tables tables;
  private final int pageSize;

  JdbcRefusalLog(Connections connections, Tables tables) {
    this(connections, tables, PAGE_SIZE);
  }

  /** A log that reads pages of {@code pageSize} rows (tests use small pages to cross page boundaries). */
  JdbcRefusalLog(Connections connections, Tables tables, int pageSize) {
    this.connections = connections;
    this.tables = tables;
    this.pageSize = pageSize;
  }

  /**
   * Returns a view of this log that works inside the caller's transaction on {@code connection},
   * never committing, rolling back (except to its own savepoint) or closing it. Appends and purges
   * need {@code autoCommit} off.
   *
   * @param connection the caller's connection
   * @return the view
   * @throws id.labinov.core.error.InvalidValueException if {@code connection} is {@code null}
   */
  public JdbcRefusalLog inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcRefusalLog(Connections.caller(connection, connections.dialect), tables, pageSize);
  }

  @Override
  public void append(List<Refusal> refusals) {
    Checks.notNull(refusals, "refusals");
    List<Refusal> rows = new ArrayList<>(refusals.size());
    List<String> reasons = new ArrayList<>(refusals.size());
    for (Refusal r : refusals) {
      rows.add(Checks.notNull(r, "refusals[]"));
      reasons.add(StoredDocuments.refusalReasonsToJson(r.violations()));
    }
    if (rows.isEmpty()) {
      return;
    }
    String sql = "INSERT INTO " + tables.refusal() + " (" + COLUMNS + ") VALUES (" + Sql.placeholders(11) + ", "
        + connections.dialect.jsonParameter() + ")";
    connections.write("append " + rows.size() + " refusal(s) to " + tables.refusal(), c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < rows.size(); i++) {
          Refusal r = rows.get(i);
          Sql.bind(ps, java.util.Arrays.asList(r.region().value(), r.at(), r.kind().name(),
              r.target() == null ? null : r.target().id().toString(), r.subject(), r.actor().value(),
              code(r.actorOpd()), r.command(), r.verdictId(), r.stage(), code(r.innovationOpd()), reasons.get(i)));
          ps.addBatch();
          if ((i + 1) % JdbcStorage.MAX_BATCH_SIZE == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  @Override
  public void forEach(Scope scope, Instant from, Instant to, Consumer<Refusal> action) {
    Checks.notNull(scope, "scope");
    Checks.period(from, to);
    Checks.notNull(action, "action");
    Period period = Period.of(from, to);
    if (period == null) {
      return;
    }
    Instant afterAt = null;
    long afterId = 0;
    while (true) {
      Sql.Where w;
      if (afterAt == null) {
        w = period.where(scope);
      } else {
        // the next page starts at the last instant read, so the index range starts there too (an OR
        // over both key parts would leave the range at the period's start, read again for every
        // page); only the rows of that one instant up to the last id read are skipped by the filter
        w = period.after(afterAt).where(scope).and("(refused_at > ? OR id > ?)", afterAt, afterId);
      }
      List<Object> params = new ArrayList<>(w.params());
      params.add(pageSize);
      String sql = "SELECT id, " + COLUMNS + " FROM " + tables.refusal() + w.sql() + " ORDER BY refused_at, id"
          + connections.dialect.limitClause();
      List<Row> page = connections.read("read the refusal log of " + scope + " from " + from + " to " + to,
          c -> page(c, sql, params));
      for (Row row : page) {
        action.accept(row.refusal());
      }
      if (page.size() < pageSize) {
        return;
      }
      Row last = page.get(page.size() - 1);
      afterAt = last.refusal().at();
      afterId = last.id();
    }
  }

  @Override
  public long count(Scope scope, Instant from, Instant to) {
    Checks.notNull(scope, "scope");
    Checks.period(from, to);
    Period period = Period.of(from, to);
    if (period == null) {
      return 0;
    }
    Sql.Where w = period.where(scope);
    return connections.read("count the refusal log of " + scope + " from " + from + " to " + to, c -> {
      try (PreparedStatement ps = Sql.prepare(c, "SELECT COUNT(*) FROM " + tables.refusal() + w.sql(), w.params());
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0L;
      }
    });
  }

  @Override
  public long purgeBefore(Instant cutoff) {
    Checks.notNull(cutoff, "cutoff");
    if (cutoff.isBefore(FIRST_STORABLE)) {
      return 0;
    }
    Sql.Where w = new Sql.Where();
    if (!cutoff.isAfter(LAST_STORABLE)) {
      w.and("refused_at < ?", ceilMicros(cutoff));
    }
    return connections.write("purge the refusal log before " + cutoff, c ->
        (long) Sql.update(c, "DELETE FROM " + tables.refusal() + w.sql(), w.params().toArray()));
  }

  /**
   * A period as SQL bounds: an end beyond what the databases store is left out (no bound), an
   * instant between two microseconds is moved up to the next one (stored instants are whole
   * microseconds, so the rows compared stay the same).
   */
  private record Period(Instant from, Instant to) {
    /** Returns the bounds, or {@code null} if no stored instant lies in {@code [from, to)}. */
    static Period of(Instant from, Instant to) {
      Instant f = from.isBefore(FIRST_STORABLE) ? null : ceilMicros(from);
      Instant t = to.isAfter(LAST_STORABLE) ? null : ceilMicros(to);
      if (f != null && f.isAfter(LAST_STORABLE) || t != null && !t.isAfter(FIRST_STORABLE)
          || f != null && t != null && !t.isAfter(f)) {
        return null;
      }
      return new Period(f, t);
    }

    /** The rest of this period from {@code at} (an instant read from the table, so whole microseconds). */
    Period after(Instant at) {
      return new Period(at, to);
    }

    Sql.Where where(Scope scope) {
      Sql.Where w = Sql.scope(new Sql.Where(), "region", scope);
      if (from != null) {
        w.and("refused_at >= ?", from);
      }
      if (to != null) {
        w.and("refused_at < ?", to);
      }
      return w;
    }
  }

  /** The first whole microsecond at or after {@code t}. */
  private static Instant ceilMicros(Instant t) {
    Instant down = t.truncatedTo(ChronoUnit.MICROS);
    return down.equals(t) ? t : down.plus(1, ChronoUnit.MICROS);
  }

  /** A row read: its id (for the keyset) and its refusal. */
  private record Row(long id, Refusal refusal) {}

  private static List<Row> page(Connection c, String sql, List<Object> params) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }

  private static Row row(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    try {
      RegionCode region = RegionCode.parse(rs.getString("region"));
      String innovation = rs.getString("innovation_id");
      Refusal r = new Refusal(Refusal.Kind.valueOf(rs.getString("kind")), region,
          innovation == null ? null : new InnovationRef(region, InnovationId.parse(innovation)),
          rs.getString("subject"), PersonId.of(rs.getString("actor")), opd(rs.getString("actor_opd")),
          rs.getString("command"), rs.getString("verdict_id"), rs.getString("stage"),
          opd(rs.getString("innovation_opd")), StoredDocuments.refusalReasonsFromJson(rs.getString("reasons_json")),
          Sql.instant(rs, "refused_at"));
      return new Row(id, r);
    } catch (RuntimeException e) {
      throw new StorageException("read refusal " + id + " of the refusal log", null, e);
    }
  }

  private static OpdCode opd(String code) {
    return code == null ? null : OpdCode.of(code);
  }

  private static String code(OpdCode opd) {
    return opd == null ? null : opd.value();
  }
}
