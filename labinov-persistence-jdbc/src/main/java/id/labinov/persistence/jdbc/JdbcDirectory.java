package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.StorageException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.NoSuchPersonException;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonErasedException;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.DirectoryEntry;
import id.labinov.core.spi.DirectoryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The directory of names on a database (schema version 4): {@code lbv_directory_opd},
 * {@code lbv_directory_person} and {@code lbv_directory_theme}; region names come from the data
 * shipped with labinov-core. Erasing a person sets the row's name to {@code NULL} and its
 * {@code erased} flag, so the name is gone from the table (a check constraint holds a row to a name
 * or an erasure, never both).
 *
 * <p>Each write is one transaction: an update of the existing row, else an insert. Two writers that
 * insert the same new key at once collide on the primary key; the loser's transaction is retried
 * whole (up to {@value #ATTEMPTS} times), so no update is lost and a bulk put stays all or nothing.
 * Obtained from {@link JdbcStorage#directory()}. Thread-safe.
 */
@Beta
public final class JdbcDirectory implements DirectoryStore {
  /** How often a write that lost an insert race is tried. */
  static final int ATTEMPTS = 5;

  private final Connections connections;
  private final Tables tables;

  JdbcDirectory(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
  }

  @Override
  public Optional<String> findOpdName(OpdCode opd) {
    Checks.notNull(opd, "opd");
    return Optional.ofNullable(connections.read("read the name of OPD " + opd, c ->
        text(c, "SELECT name FROM " + tables.directoryOpd() + " WHERE opd_code = ?", opd.value())));
  }

  @Override
  public PersonName findPersonName(PersonId person) {
    Checks.notNull(person, "person");
    return connections.read("read a person's name", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT name, erased FROM " + tables.directoryPerson() + " WHERE person_id = ?")) {
        ps.setString(1, person.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return PersonName.unknown();
          }
          return rs.getBoolean(2) ? PersonName.erased() : PersonName.of(rs.getString(1));
        }
      }
    });
  }

  @Override
  public Optional<String> findThemeName(Theme theme, Locale locale) {
    Checks.notNull(theme, "theme");
    String language = DirectoryEntry.language(locale);
    return connections.read("read the name of theme " + theme, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT language, name FROM " + tables.directoryTheme()
          + " WHERE theme = ? AND language IN (?, 'id')")) {
        ps.setString(1, theme.code());
        ps.setString(2, language);
        String fallback = null;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (rs.getString(1).equals(language)) {
              return Optional.of(rs.getString(2));
            }
            fallback = rs.getString(2);
          }
        }
        return Optional.ofNullable(fallback);
      }
    });
  }

  @Override
  public void putAll(Collection<? extends DirectoryEntry> entries) {
    Checks.notNull(entries, "entries");
    Map<Object, DirectoryEntry> byKey = new LinkedHashMap<>();
    for (DirectoryEntry e : entries) {
      Checks.notNull(e, "entries[]");
      byKey.remove(e.key()); // the last occurrence wins, in its own place
      byKey.put(e.key(), e);
    }
    if (byKey.isEmpty()) {
      return;
    }
    List<DirectoryEntry> list = new ArrayList<>(byKey.values());
    retrying("put " + list.size() + " name(s) in the directory", c -> {
      for (DirectoryEntry e : list) {
        put(c, e);
      }
      return null;
    });
  }

  @Override
  public void correctPersonName(PersonId person, String name) {
    DirectoryEntry.PersonEntry entry = DirectoryEntry.person(person, name);
    retrying("correct a person's name", c -> {
      if (Sql.update(c, "UPDATE " + tables.directoryPerson() + " SET name = ? WHERE person_id = ? AND erased = FALSE",
          entry.name(), person.value()) == 0) {
        throw erasedOrNot(c, person) ? new PersonErasedException(person) : new NoSuchPersonException(person);
      }
      return null;
    });
  }

  @Override
  public boolean erasePersonName(PersonId person) {
    Checks.notNull(person, "person");
    return retrying("erase a person's name", c -> {
      if (Sql.update(c, "UPDATE " + tables.directoryPerson() + " SET name = NULL, erased = TRUE"
          + " WHERE person_id = ? AND erased = FALSE", person.value()) == 1) {
        return true;
      }
      if (!erasedOrNot(c, person)) {
        Sql.update(c, "INSERT INTO " + tables.directoryPerson() + " (person_id, name, erased) VALUES (?, NULL, TRUE)",
            person.value());
      }
      return false;
    });
  }

  private void put(Connection c, DirectoryEntry e) throws SQLException {
    if (e instanceof DirectoryEntry.OpdEntry o) {
      if (Sql.update(c, "UPDATE " + tables.directoryOpd() + " SET name = ? WHERE opd_code = ?", o.name(),
          o.opd().value()) == 0) {
        Sql.update(c, "INSERT INTO " + tables.directoryOpd() + " (opd_code, name) VALUES (?, ?)", o.opd().value(),
            o.name());
      }
    } else if (e instanceof DirectoryEntry.PersonEntry p) {
      if (Sql.update(c, "UPDATE " + tables.directoryPerson() + " SET name = ? WHERE person_id = ? AND erased = FALSE",
          p.name(), p.person().value()) == 0) {
        if (erasedOrNot(c, p.person())) {
          throw new PersonErasedException(p.person());
        }
        Sql.update(c, "INSERT INTO " + tables.directoryPerson() + " (person_id, name, erased) VALUES (?, ?, FALSE)",
            p.person().value(), p.name());
      }
    } else if (e instanceof DirectoryEntry.ThemeEntry t) {
      if (Sql.update(c, "UPDATE " + tables.directoryTheme() + " SET name = ? WHERE theme = ? AND language = ?",
          t.name(), t.theme().code(), t.language()) == 0) {
        Sql.update(c, "INSERT INTO " + tables.directoryTheme() + " (theme, language, name) VALUES (?, ?, ?)",
            t.theme().code(), t.language(), t.name());
      }
    }
  }

  /** Tells whether the person has a row (after an update that matched no name: an erased row). */
  private boolean erasedOrNot(Connection c, PersonId person) throws SQLException {
    return text(c, "SELECT person_id FROM " + tables.directoryPerson() + " WHERE person_id = ?", person.value()) != null;
  }


  private static String text(Connection c, String sql, String param) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Runs a write, again when it lost an insert race (a key another writer inserted first) or a lock race. */
  private <T> T retrying(String operation, Connections.Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return connections.write(operation, work);
      } catch (StorageException e) {
        if (attempt >= ATTEMPTS || !(e.getCause() instanceof SQLException s)
            || !(connections.dialect.isUniqueViolation(s) || connections.dialect.isLostRace(s))) {
          throw e;
        }
      }
    }
  }
}
