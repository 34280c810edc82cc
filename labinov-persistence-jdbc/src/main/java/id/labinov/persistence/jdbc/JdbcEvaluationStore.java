package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.codec.StoredDocuments;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.spi.EvaluationStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The evaluation store on a database: score entries per innovation and scheme, and monitoring
 * entries per innovation, each stream an append-only table keyed by region, innovation (and scheme)
 * and sequence. The primary key decides races: of two writers at one sequence exactly one inserts,
 * the other gets a {@link VersionConflictException}. Numbers are stored as their decimal text, so
 * {@code 3.50} comes back as {@code 3.50} on every database. Obtained from
 * {@link JdbcStorage#evaluationStore()}. Thread-safe.
 */
public final class JdbcEvaluationStore implements EvaluationStore {
  private static final Comparator<ScoreEntry> SCOPE_ORDER =
      Comparator.comparing((ScoreEntry e) -> e.ref().id()).thenComparingLong(ScoreEntry::sequence);
  private static final String SCORE_COLUMNS = "region, innovation_id, scheme_id, seq_no, entry_id, scheme_version,"
      + " round_no, evaluator, scores_json, recorded_at";

  private final Connections connections;
  private final Tables tables;

  JdbcEvaluationStore(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
  }

  /**
   * Returns a view of this store that works inside the caller's transaction on {@code connection},
   * never committing, rolling back (except to its own savepoint) or closing it. Writes need
   * {@code autoCommit} off.
   *
   * @param connection the caller's connection
   * @return the view
   * @throws id.labinov.core.error.InvalidValueException if {@code connection} is {@code null}
   */
  public JdbcEvaluationStore inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcEvaluationStore(Connections.caller(connection, connections.dialect), tables);
  }

  @Override
  public List<ScoreEntry> scores(InnovationRef ref, String schemeId) {
    Checks.notNull(ref, "ref");
    Checks.notBlank(schemeId, "schemeId");
    return connections.read("read the scores of " + ref + " under " + schemeId, c -> scoreRows(c, "SELECT "
        + SCORE_COLUMNS + " FROM " + tables.score() + " WHERE region = ? AND innovation_id = ? AND scheme_id = ?"
        + " ORDER BY seq_no", List.of(ref.region().value(), ref.id().toString(), schemeId)));
  }

  @Override
  public void appendScore(ScoreEntry e) {
    Checks.notNull(e, "entry");
    String scores = StoredDocuments.scoresToJson(e.scores());
    append(e.ref(), e.sequence(), "append a score of " + e.ref() + " under " + e.schemeId(),
        c -> lastSequence(c, tables.score(), e.ref(), e.schemeId()),
        c -> Sql.update(c, "INSERT INTO " + tables.score() + " (" + SCORE_COLUMNS + ") VALUES ("
            + Sql.placeholders(8) + ", " + connections.dialect.jsonParameter() + ", ?)", e.ref().region().value(), e.ref().id().toString(), e.schemeId(), e.sequence(),
            e.entryId().toString(), e.schemeVersion(), e.round(), e.evaluator().value(), scores,
            e.recordedAt()));
  }

  @Override
  public List<ScoreEntry> scoresInScope(Scope scope, String schemeId, int round) {
    Checks.notNull(scope, "scope");
    Checks.notBlank(schemeId, "schemeId");
    Sql.Where w = Sql.scope(new Sql.Where(), "region", scope).and("scheme_id = ?", schemeId).and("round_no = ?", round);
    List<ScoreEntry> out = new ArrayList<>(connections.read("read the scores of " + schemeId + " round " + round
        + " in " + scope, c -> scoreRows(c, "SELECT " + SCORE_COLUMNS + " FROM " + tables.score() + w.sql(), w.params())));
    // sorted here (ids by their UUID order, as the port says), never by a database collation
    out.sort(SCOPE_ORDER);
    return List.copyOf(out);
  }

  @Override
  public List<MonitoringEntry> monitoring(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return connections.read("read the monitoring of " + ref, c -> {
      List<MonitoringEntry> out = new ArrayList<>();
      try (PreparedStatement ps = Sql.prepare(c, "SELECT seq_no, entry_id, indicator, value_text, observed_on,"
          + " recorded_by, note, recorded_at FROM " + tables.monitoring() + " WHERE region = ? AND innovation_id = ?"
          + " ORDER BY seq_no", List.of(ref.region().value(), ref.id().toString())); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new MonitoringEntry(UUID.fromString(rs.getString("entry_id")), ref, rs.getString("indicator"),
              new BigDecimal(rs.getString("value_text")), rs.getObject("observed_on", LocalDate.class),
              PersonId.of(rs.getString("recorded_by")), rs.getString("note"), Sql.instant(rs, "recorded_at"),
              rs.getLong("seq_no")));
        }
      }
      return List.copyOf(out);
    });
  }

  @Override
  public void appendMonitoring(MonitoringEntry e) {
    Checks.notNull(e, "entry");
    append(e.ref(), e.sequence(), "append a monitoring entry of " + e.ref(),
        c -> lastSequence(c, tables.monitoring(), e.ref(), null),
        c -> Sql.update(c, "INSERT INTO " + tables.monitoring() + " (region, innovation_id, seq_no, entry_id, indicator,"
            + " value_text, observed_on, recorded_by, note, recorded_at) VALUES (" + Sql.placeholders(10) + ")",
            e.ref().region().value(), e.ref().id().toString(), e.sequence(), e.entryId().toString(), e.indicator(),
            e.value().toString(), e.observedOn(), e.recordedBy().value(), e.note(), e.recordedAt()));
  }

  /** Inserts an entry if its stream holds {@code sequence - 1} entries; otherwise a conflict with the actual count. */
  private void append(InnovationRef ref, long sequence, String operation, Connections.Work<Long> last,
      Connections.Work<Integer> insert) {
    boolean inserted;
    try {
      inserted = connections.write(operation, c -> {
        if (last.run(c) != sequence - 1) {
          return false;
        }
        try {
          insert.run(c);
          return true;
        } catch (SQLException x) {
          if (connections.dialect.isUniqueViolation(x) || connections.dialect.isLostRace(x)) {
            throw new Appender.KeyTaken(x);
          }
          throw x;
        }
      });
    } catch (Appender.KeyTaken x) {
      inserted = false; // another writer took the sequence first
    }
    if (!inserted) {
      long actual = connections.read(operation, last);
      throw new VersionConflictException(ref, sequence - 1, actual);
    }
  }

  private long lastSequence(Connection c, String table, InnovationRef ref, String schemeId) throws SQLException {
    Sql.Where w = new Sql.Where().and("region = ?", ref.region().value()).and("innovation_id = ?", ref.id().toString());
    if (schemeId != null) {
      w.and("scheme_id = ?", schemeId);
    }
    try (PreparedStatement ps = Sql.prepare(c, "SELECT MAX(seq_no) FROM " + table + w.sql(), w.params());
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static List<ScoreEntry> scoreRows(Connection c, String sql, List<Object> params) throws SQLException {
    List<ScoreEntry> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        InnovationRef ref = new InnovationRef(RegionCode.parse(rs.getString("region")),
            InnovationId.parse(rs.getString("innovation_id")));
        Map<String, BigDecimal> scores;
        try {
          scores = StoredDocuments.scoresFromJson(rs.getString("scores_json"));
        } catch (RuntimeException e) {
          throw new StorageException("read the scores of " + ref, null, e);
        }
        out.add(new ScoreEntry(UUID.fromString(rs.getString("entry_id")), ref, rs.getString("scheme_id"),
            rs.getInt("scheme_version"), rs.getInt("round_no"), PersonId.of(rs.getString("evaluator")), scores,
            Sql.instant(rs, "recorded_at"), rs.getLong("seq_no")));
      }
    }
    return List.copyOf(out);
  }
}
