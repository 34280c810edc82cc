package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.CycleStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The yearly cycle's streams on a database (schema version 10): each innovation's competition records
 * (table {@code lbv_competition_entry}) and development versions ({@code lbv_innovation_version}),
 * one row per record, never updated or deleted. Every statement names the region.
 *
 * <p>A record is written in one transaction that reads the innovation's last sequence number in the
 * stream and inserts the row if the record is the next one. The primary key (region, innovation,
 * sequence) makes this race-free on every supported database: of two writers of the same next
 * record, the second one's insert waits for the first one's commit and is then refused, and the store
 * answers with a {@link VersionConflictException} carrying the sequence number the stream now holds.
 * Nothing of a refused record is written.
 *
 * <p>Region-wide reads are sorted here, by innovation id (the UUID order the port names) and then
 * sequence, so the order never depends on a database collation.
 *
 * <p>Obtained from {@link JdbcStorage#cycle()}; {@link #inTransaction(Connection)} works inside a
 * caller's transaction. Thread-safe.
 */
@Beta
public final class JdbcCycleStore implements CycleStore {
  /** The earliest and latest instants every supported database stores (MariaDB's DATETIME range). */
  private static final Instant FIRST_STORABLE = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_STORABLE = Instant.parse("9999-12-31T23:59:59.999999Z");
  private static final Comparator<CompetitionEntry> ENTRY_ORDER =
      Comparator.comparing((CompetitionEntry e) -> e.ref().id()).thenComparingLong(CompetitionEntry::sequence);
  private static final Comparator<InnovationVersion> VERSION_ORDER =
      Comparator.comparing((InnovationVersion v) -> v.ref().id()).thenComparingLong(InnovationVersion::sequence);
  private static final String ENTRY_COLUMNS = "region, innovation_id, seq_no, competition, entry_year, entry_group,"
      + " entry_result, note, recorded_by, recorded_at";
  private static final String VERSION_COLUMNS = "region, innovation_id, seq_no, version_year, note, change_codes,"
      + " recorded_by, recorded_at";

  private final Connections connections;
  private final Tables tables;

  JdbcCycleStore(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
  }

  /**
   * Returns a view of this store that works inside the caller's transaction on {@code connection},
   * never committing, rolling back (except to its own savepoint) or closing it. Writes need
   * {@code autoCommit} off; a record appended through the view becomes visible to others when the
   * caller commits.
   *
   * @param connection the caller's connection
   * @return the view
   * @throws InvalidValueException if {@code connection} is {@code null}
   */
  public JdbcCycleStore inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcCycleStore(Connections.caller(connection, connections.dialect), tables);
  }

  @Override
  public List<CompetitionEntry> entries(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return List.copyOf(connections.read("read the competition entries of " + ref, c -> entryRows(c, "SELECT "
        + ENTRY_COLUMNS + " FROM " + tables.competitionEntry() + " WHERE region = ? AND innovation_id = ?"
        + " ORDER BY seq_no", List.of(ref.region().value(), ref.id().toString()))));
  }

  @Override
  public List<CompetitionEntry> entries(RegionCode region) {
    Checks.notNull(region, "region");
    List<CompetitionEntry> out = new ArrayList<>(connections.read("read the competition entries of " + region,
        c -> entryRows(c, "SELECT " + ENTRY_COLUMNS + " FROM " + tables.competitionEntry() + " WHERE region = ?",
            List.of(region.value()))));
    out.sort(ENTRY_ORDER);
    return List.copyOf(out);
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcSettingException with code {@code INSTANT_NOT_STORABLE} if the record's instant lies
   *     outside the years 0001-9999
   */
  @Override
  public void appendEntry(CompetitionEntry entry) {
    Checks.notNull(entry, "entry");
    storable(entry.recordedAt());
    InnovationRef ref = entry.ref();
    append(ref, entry.sequence(), tables.competitionEntry(), "append a competition entry of " + ref,
        c -> Sql.update(c, "INSERT INTO " + tables.competitionEntry() + " (" + ENTRY_COLUMNS + ") VALUES ("
            + Sql.placeholders(10) + ")", ref.region().value(), ref.id().toString(), entry.sequence(),
            entry.competition().name(), entry.year(), entry.group().name(), entry.result().name(),
            entry.note(),
            entry.recordedBy().value(), entry.recordedAt()));
  }

  @Override
  public List<InnovationVersion> versions(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return List.copyOf(connections.read("read the development versions of " + ref, c -> versionRows(c, "SELECT "
        + VERSION_COLUMNS + " FROM " + tables.innovationVersion() + " WHERE region = ? AND innovation_id = ?"
        + " ORDER BY seq_no", List.of(ref.region().value(), ref.id().toString()))));
  }

  @Override
  public List<InnovationVersion> versions(RegionCode region) {
    Checks.notNull(region, "region");
    List<InnovationVersion> out = new ArrayList<>(connections.read("read the development versions of " + region,
        c -> versionRows(c, "SELECT " + VERSION_COLUMNS + " FROM " + tables.innovationVersion() + " WHERE region = ?",
            List.of(region.value()))));
    out.sort(VERSION_ORDER);
    return List.copyOf(out);
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcSettingException with code {@code INSTANT_NOT_STORABLE} if the version's instant lies
   *     outside the years 0001-9999
   */
  @Override
  public void appendVersion(InnovationVersion version) {
    Checks.notNull(version, "version");
    storable(version.recordedAt());
    InnovationRef ref = version.ref();
    append(ref, version.sequence(), tables.innovationVersion(), "append a development version of " + ref,
        c -> Sql.update(c, "INSERT INTO " + tables.innovationVersion() + " (" + VERSION_COLUMNS + ") VALUES ("
            + Sql.placeholders(8) + ")", ref.region().value(), ref.id().toString(), version.sequence(),
            version.year(), version.note(), changeCodes(version.changes()), version.recordedBy().value(),
            version.recordedAt()));
  }

  /** Refuses an instant outside what every supported database keeps (the records hold microseconds already). */
  private static void storable(Instant at) {
    if (at.isBefore(FIRST_STORABLE) || at.isAfter(LAST_STORABLE)) {
      throw new JdbcSettingException("INSTANT_NOT_STORABLE", "recordedAt", at, "jdbc.instantNotStorable");
    }
  }

  /**
   * Inserts a record if its innovation's stream in {@code table} holds {@code sequence - 1} records;
   * otherwise (also when another writer took the number first) a conflict carrying what it holds.
   */
  private void append(InnovationRef ref, long sequence, String table, String operation,
      Connections.Work<Integer> insert) {
    boolean inserted;
    try {
      inserted = connections.write(operation, c -> {
        if (last(c, table, ref) != sequence - 1) {
          return false;
        }
        try {
          insert.run(c);
          return true;
        } catch (SQLException e) {
          Dialect dialect = connections.dialect;
          // a deadlock may end a caller's whole transaction, so only in an own one is it a lost race
          if (dialect.isUniqueViolation(e) || !connections.callerManaged() && dialect.isLostRace(e)) {
            throw new Taken(e);
          }
          throw e;
        }
      });
    } catch (Taken e) {
      inserted = false; // the other writer's row committed (a refused insert waits for it)
    }
    if (!inserted) {
      long actual = connections.read(operation, c -> last(c, table, ref));
      throw new VersionConflictException(ref, sequence - 1, actual);
    }
  }

  /** The innovation's last sequence number in {@code table}, 0 for none (the streams have no gaps). */
  private static long last(Connection c, String table, InnovationRef ref) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, "SELECT MAX(seq_no) FROM " + table
        + " WHERE region = ? AND innovation_id = ?", List.of(ref.region().value(), ref.id().toString()));
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static List<CompetitionEntry> entryRows(Connection c, String sql, List<?> params) throws SQLException {
    List<CompetitionEntry> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String where = rs.getString(1) + "/" + rs.getString(2) + "#" + rs.getLong(3);
        String competition = rs.getString(4);
        int year = rs.getInt(5);
        String group = rs.getString(6);
        String result = rs.getString(7);
        String note = rs.getString(8);
        String recordedBy = rs.getString(9);
        Instant at = Sql.instant(rs, "recorded_at");
        try {
          out.add(new CompetitionEntry(ref(rs), Competition.valueOf(competition), year, EntryGroup.valueOf(group),
              EntryResult.valueOf(result), note, PersonId.of(recordedBy), at, rs.getLong(3)));
        } catch (RuntimeException e) {
          throw new StorageException("read the stored competition entry " + where, null, e);
        }
      }
    }
    return out;
  }

  private static List<InnovationVersion> versionRows(Connection c, String sql, List<?> params) throws SQLException {
    List<InnovationVersion> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String where = rs.getString(1) + "/" + rs.getString(2) + "#" + rs.getLong(3);
        int year = rs.getInt(4);
        String note = rs.getString(5);
        String codes = rs.getString(6);
        String recordedBy = rs.getString(7);
        Instant at = Sql.instant(rs, "recorded_at");
        try {
          out.add(new InnovationVersion(ref(rs), year, note, changes(codes), PersonId.of(recordedBy), at,
              rs.getLong(3)));
        } catch (RuntimeException e) {
          throw new StorageException("read the stored development version " + where, null, e);
        }
      }
    }
    return out;
  }

  private static InnovationRef ref(ResultSet rs) throws SQLException {
    return new InnovationRef(RegionCode.parse(rs.getString(1)), InnovationId.parse(rs.getString(2)));
  }

  /** The column text of a set of changes: their codes in declaration order, comma-separated. */
  static String changeCodes(Set<DevelopmentChange> changes) {
    return EnumSet.copyOf(changes).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** The changes a column text names; an unknown code is an {@link IllegalArgumentException}. */
  static Set<DevelopmentChange> changes(String codes) {
    Set<DevelopmentChange> out = EnumSet.noneOf(DevelopmentChange.class);
    if (codes != null && !codes.isEmpty()) {
      for (String code : codes.split(",", -1)) {
        out.add(DevelopmentChange.valueOf(code));
      }
    }
    return out;
  }

  /** Another writer took the sequence number first; thrown out of the transaction so it rolls back. */
  private static final class Taken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Taken(SQLException cause) {
      super("sequence taken", cause, false, false);
    }
  }
}
