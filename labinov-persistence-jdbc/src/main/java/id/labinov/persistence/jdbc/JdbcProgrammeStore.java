package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.codec.StoredDocuments;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.spi.ProgrammeStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
   * @throws id.labinov.core.error.InvalidValueException if {@code connection} is {@code null}
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

  private static String encode(Programme p) {
    return StoredDocuments.programmeToJson(p);
  }

  private static Programme decode(String json, String key) {
    try {
      return StoredDocuments.programmeFromJson(json);
    } catch (RuntimeException e) {
      throw new StorageException("read the stored programme " + key, null, e);
    }
  }
}
