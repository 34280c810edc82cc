package id.labinov.persistence.jdbc;

import id.labinov.core.engine.StorageException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookConflictException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.RulebookStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rulebook store on a database: per region, id and version, the canonical JSON and its hash.
 * Reading parses the JSON with the rule types the storage was built with and checks that the hash
 * still matches. Obtained from {@link JdbcStorage#rulebookStore()}. Thread-safe.
 */
public final class JdbcRulebookStore implements RulebookStore {
  private final Connections connections;
  private final Tables tables;
  private final RuleTypes types;

  JdbcRulebookStore(Connections connections, Tables tables, RuleTypes types) {
    this.connections = connections;
    this.tables = tables;
    this.types = types;
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
  public JdbcRulebookStore inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcRulebookStore(Connections.caller(connection, connections.dialect), tables, types);
  }

  @Override
  public void save(RegionCode region, Rulebook rulebook) {
    Checks.notNull(region, "region");
    Checks.notNull(rulebook, "rulebook");
    String operation = "save rulebook " + rulebook.reference() + " for " + region;
    try {
      connections.write(operation, c -> saveIn(c, region, rulebook, true));
    } catch (Appender.KeyTaken e) {
      // saved by another writer at the same moment: compare with what it stored
      connections.write(operation, c -> saveIn(c, region, rulebook, false));
    }
  }

  private Void saveIn(Connection c, RegionCode region, Rulebook rulebook, boolean firstTry) throws SQLException {
    Optional<String> stored = storedHash(c, region, rulebook.id(), rulebook.version());
    if (stored.isPresent()) {
      check(region, rulebook, stored.get());
      return null;
    }
    try {
      Sql.update(c, "INSERT INTO " + tables.rulebook() + " (region, rulebook_id, version, hash, canonical_json)"
          + " VALUES (?, ?, ?, ?, ?)", region.value(), rulebook.id(), rulebook.version(), rulebook.hash(),
          rulebook.toCanonicalJson());
    } catch (SQLException e) {
      if (firstTry && connections.dialect.isUniqueViolation(e)) {
        throw new Appender.KeyTaken(e);
      }
      throw e;
    }
    return null;
  }

  private static void check(RegionCode region, Rulebook rulebook, String storedHash) {
    if (!storedHash.equals(rulebook.hash())) {
      throw new RulebookConflictException(rulebook.reference(), region.value(), storedHash, rulebook.hash());
    }
  }

  private Optional<String> storedHash(Connection c, RegionCode region, String id, int version) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, "SELECT hash FROM " + tables.rulebook()
        + " WHERE region = ? AND rulebook_id = ? AND version = ?", List.of(region.value(), id, version));
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorageException also if the stored JSON no longer matches its stored hash
   * @throws id.labinov.core.rules.RulebookValidationException if it uses a rule type the storage was not given
   */
  @Override
  public Optional<Rulebook> find(RegionCode region, String id, int version) {
    Checks.notNull(region, "region");
    Checks.notBlank(id, "id");
    String operation = "find rulebook " + id + "@" + version + " for " + region;
    Optional<String[]> row = connections.read(operation, c -> {
      try (PreparedStatement ps = Sql.prepare(c, "SELECT hash, canonical_json FROM " + tables.rulebook()
          + " WHERE region = ? AND rulebook_id = ? AND version = ?", List.of(region.value(), id, version));
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
      }
    });
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Rulebook r = Rulebooks.parse(row.get()[1], types);
    if (!r.hash().equals(row.get()[0])) {
      throw new StorageException(operation, null, new IllegalStateException(
          "the stored rulebook's hash " + row.get()[0] + " does not match its content (" + r.hash() + ")"));
    }
    return Optional.of(r);
  }

  @Override
  public List<RulebookInfo> list(RegionCode region) {
    Checks.notNull(region, "region");
    List<RulebookInfo> out = connections.read("list rulebooks of " + region, c -> {
      List<RulebookInfo> rows = new ArrayList<>();
      try (PreparedStatement ps = Sql.prepare(c, "SELECT rulebook_id, version, hash FROM " + tables.rulebook()
          + " WHERE region = ?", List.of(region.value())); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new RulebookInfo(rs.getString(1), rs.getInt(2), rs.getString(3)));
        }
      }
      return rows;
    });
    out.sort(Comparator.comparing(RulebookInfo::id).thenComparingInt(RulebookInfo::version));
    return List.copyOf(out);
  }
}
