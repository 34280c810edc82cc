package id.labinov.persistence.jdbc;

import id.labinov.core.Checks;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.port.StorageException;
import id.labinov.core.port.VersionConflictException;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeStatus;
import id.labinov.core.programme.ProgrammeStore;
import id.labinov.core.rules.PhaseWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The programme store on a database: one row per region and programme id with its version, year
 * and status as columns and the whole programme as a JSON document (the schedule as a list, so its
 * stage order survives). A save is optimistic: it inserts version 1, or updates the row only where
 * the stored version is one less. Obtained from {@link JdbcStorage#programmeStore()}. Thread-safe.
 */
public final class JdbcProgrammeStore implements ProgrammeStore {
  private final Connections connections;
  private final Tables tables;

  JdbcProgrammeStore(Connections connections, Tables tables) {
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
   * @throws id.labinov.core.InvalidValueException if {@code connection} is {@code null}
   */
  public JdbcProgrammeStore inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcProgrammeStore(Connections.caller(connection, connections.dialect), tables);
  }

  @Override
  public Optional<Programme> load(RegionCode region, String id) {
    Checks.notNull(region, "region");
    Checks.notBlank(id, "id");
    return connections.read("load programme " + id + " of " + region, c -> {
      try (PreparedStatement ps = Sql.prepare(c, "SELECT programme_json FROM " + tables.programme()
          + " WHERE region = ? AND programme_id = ?", List.of(region.value(), id)); ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(decode(rs.getString(1), region + "/" + id)) : Optional.empty();
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws VersionConflictException naming the programme's region and a nil innovation id (a
   *     programme has none), with the expected and the stored version
   */
  @Override
  public void save(Programme programme) {
    Checks.notNull(programme, "programme");
    String operation = "save programme " + programme.id() + " of " + programme.region();
    boolean saved;
    try {
      saved = connections.write(operation, c -> saveIn(c, programme));
    } catch (Appender.KeyTaken e) {
      saved = false; // inserted by another writer at the same moment
    }
    if (!saved) {
      long actual = connections.read(operation, c -> storedVersion(c, programme.region(), programme.id()));
      throw new VersionConflictException(new InnovationRef(programme.region(), new InnovationId(new UUID(0, 0))),
          programme.version() - 1, actual);
    }
  }

  private boolean saveIn(Connection c, Programme p) throws SQLException {
    String json = encode(p);
    if (p.version() == 1) {
      try {
        Sql.update(c, "INSERT INTO " + tables.programme() + " (region, programme_id, version, programme_year, status,"
            + " programme_json) VALUES (?, ?, ?, ?, ?, " + connections.dialect.jsonParameter() + ")", p.region().value(), p.id(), p.version(), p.year(),
            p.status().name(), json);
        return true;
      } catch (SQLException e) {
        if (connections.dialect.isUniqueViolation(e) || connections.dialect.isLostRace(e)) {
          throw new Appender.KeyTaken(e);
        }
        throw e;
      }
    }
    return Sql.update(c, "UPDATE " + tables.programme() + " SET version = ?, programme_year = ?, status = ?,"
        + " programme_json = " + connections.dialect.jsonParameter() + " WHERE region = ? AND programme_id = ? AND version = ?", p.version(), p.year(),
        p.status().name(), json, p.region().value(), p.id(), p.version() - 1) == 1;
  }

  private long storedVersion(Connection c, RegionCode region, String id) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, "SELECT version FROM " + tables.programme()
        + " WHERE region = ? AND programme_id = ?", List.of(region.value(), id)); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  @Override
  public List<Programme> list(RegionCode region) {
    Checks.notNull(region, "region");
    List<Programme> out = connections.read("list programmes of " + region, c -> {
      List<Programme> rows = new ArrayList<>();
      try (PreparedStatement ps = Sql.prepare(c, "SELECT programme_id, programme_json FROM " + tables.programme()
          + " WHERE region = ?", List.of(region.value())); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(decode(rs.getString(2), region + "/" + rs.getString(1)));
        }
      }
      return rows;
    });
    // sorted here, so the order never depends on a database collation
    out.sort(Comparator.comparingInt(Programme::year).thenComparing(Programme::id));
    return List.copyOf(out);
  }

  static String encode(Programme p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", 1L);
    m.put("region", p.region().value());
    m.put("id", p.id());
    m.put("year", (long) p.year());
    m.put("name", p.name());
    m.put("organisingUnit", p.organisingUnit().value());
    m.put("participatingOpds", p.participatingOpds().stream().map(OpdCode::value).sorted().toList());
    m.put("coaches", p.coaches().stream().map(PersonId::value).sorted().toList());
    m.put("target", (long) p.target());
    m.put("timeZone", p.timeZone().name());
    m.put("rulebookId", p.rulebookId());
    m.put("rulebookVersion", (long) p.rulebookVersion());
    List<Object> schedule = new ArrayList<>();
    p.schedule().forEach((stage, w) -> schedule.add(Map.of("stage", stage, "start", w.start().toString(),
        "end", w.end().toString())));
    m.put("schedule", schedule);
    m.put("status", p.status().name());
    m.put("openedAt", p.openedAt().toString());
    m.put("closedAt", p.closedAt() == null ? null : p.closedAt().toString());
    m.put("version", p.version());
    return Json.write(m);
  }

  static Programme decode(String json, String key) {
    try {
      Map<?, ?> m = (Map<?, ?>) Json.parse(json);
      if (((Number) m.get("format")).longValue() != 1) {
        throw new IllegalArgumentException("unknown programme format " + m.get("format"));
      }
      TreeSet<OpdCode> opds = new TreeSet<>();
      ((List<?>) m.get("participatingOpds")).forEach(o -> opds.add(OpdCode.of((String) o)));
      List<PersonId> coaches = new ArrayList<>();
      ((List<?>) m.get("coaches")).forEach(o -> coaches.add(PersonId.of((String) o)));
      Map<String, PhaseWindow> schedule = new LinkedHashMap<>();
      for (Object o : (List<?>) m.get("schedule")) {
        Map<?, ?> w = (Map<?, ?>) o;
        schedule.put((String) w.get("stage"), new PhaseWindow(LocalDate.parse((String) w.get("start")),
            LocalDate.parse((String) w.get("end"))));
      }
      String closedAt = (String) m.get("closedAt");
      return new Programme(RegionCode.parse((String) m.get("region")), (String) m.get("id"),
          ((Number) m.get("year")).intValue(), (String) m.get("name"), OpdCode.of((String) m.get("organisingUnit")),
          opds, new java.util.HashSet<>(coaches), ((Number) m.get("target")).intValue(),
          IndonesianTimeZone.valueOf((String) m.get("timeZone")), (String) m.get("rulebookId"),
          ((Number) m.get("rulebookVersion")).intValue(), schedule, ProgrammeStatus.valueOf((String) m.get("status")),
          Instant.parse((String) m.get("openedAt")), closedAt == null ? null : Instant.parse(closedAt),
          ((Number) m.get("version")).longValue());
    } catch (RuntimeException e) {
      throw new StorageException("read the stored programme " + key, null,
          new IllegalStateException("the stored programme document cannot be read: " + e.getMessage(), e));
    }
  }
}
