package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.StorageException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.IdentityNumber;
import id.labinov.core.model.Nip;
import id.labinov.core.model.NoSuchPersonException;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonErasedException;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.PppkNumber;
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
 * The directory on a database: {@code lbv_directory_opd}, {@code lbv_directory_person} and
 * {@code lbv_directory_theme} (schema version 4) hold the names, {@code lbv_directory_identity}
 * (version 5) a person's NIP or PPPK number, in a table of its own that no report reads; region
 * names come from the data shipped with labinov-core. Erasing a person deletes the number's row and
 * sets the name row's name to {@code NULL} and its {@code erased} flag, in one transaction, so the
 * name and number are gone from the tables (a check constraint holds a name row to a name or an
 * erasure, never both).
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
  /** The stored kind of a PNS NIP. */
  private static final String NIP = "NIP";
  /** The stored kind of a PPPK number. */
  private static final String PPPK = "PPPK";

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
  public Optional<Person> findPerson(PersonId person) {
    Checks.notNull(person, "person");
    return connections.read("read a person's record", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT p.name, i.number_kind, i.digits FROM "
          + tables.directoryPerson() + " p LEFT JOIN " + tables.directoryIdentity()
          + " i ON i.person_id = p.person_id WHERE p.person_id = ? AND p.erased = FALSE")) {
        ps.setString(1, person.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new Person(person, rs.getString(1), identityNumber(rs.getString(2), rs.getString(3))));
        }
      }
    });
  }

  /** The number a row holds, read back through its type (a stored number is one labinov wrote). */
  private static IdentityNumber identityNumber(String kind, String digits) {
    if (kind == null) {
      return IdentityNumber.none();
    }
    return switch (kind) {
      case NIP -> new Nip(digits);
      case PPPK -> new PppkNumber(digits);
      default -> throw new IllegalStateException("unknown identity number kind in the directory: " + kind);
    };
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
  public boolean erasePerson(PersonId person) {
    Checks.notNull(person, "person");
    return retrying("erase a person", c -> {
      Sql.update(c, "DELETE FROM " + tables.directoryIdentity() + " WHERE person_id = ?", person.value());
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
      PersonId id = p.person().id();
      if (Sql.update(c, "UPDATE " + tables.directoryPerson() + " SET name = ? WHERE person_id = ? AND erased = FALSE",
          p.name(), id.value()) == 0) {
        if (erasedOrNot(c, id)) {
          throw new PersonErasedException(id);
        }
        Sql.update(c, "INSERT INTO " + tables.directoryPerson() + " (person_id, name, erased) VALUES (?, ?, FALSE)",
            id.value(), p.name());
      }
      putIdentityNumber(c, id, p.person().identityNumber());
    } else if (e instanceof DirectoryEntry.ThemeEntry t) {
      if (Sql.update(c, "UPDATE " + tables.directoryTheme() + " SET name = ? WHERE theme = ? AND language = ?",
          t.name(), t.theme().code(), t.language()) == 0) {
        Sql.update(c, "INSERT INTO " + tables.directoryTheme() + " (theme, language, name) VALUES (?, ?, ?)",
            t.theme().code(), t.language(), t.name());
      }
    }
  }

  /** Sets a known person's number: replaces the row, or deletes it for none. */
  private void putIdentityNumber(Connection c, PersonId person, IdentityNumber number) throws SQLException {
    if (number instanceof IdentityNumber.None) {
      Sql.update(c, "DELETE FROM " + tables.directoryIdentity() + " WHERE person_id = ?", person.value());
      return;
    }
    String kind = number instanceof Nip ? NIP : PPPK;
    if (Sql.update(c, "UPDATE " + tables.directoryIdentity() + " SET number_kind = ?, digits = ? WHERE person_id = ?",
        kind, number.value(), person.value()) == 0) {
      Sql.update(c, "INSERT INTO " + tables.directoryIdentity() + " (person_id, number_kind, digits) VALUES (?, ?, ?)",
          person.value(), kind, number.value());
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
