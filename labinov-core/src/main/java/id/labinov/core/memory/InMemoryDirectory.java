package id.labinov.core.memory;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.NoSuchPersonException;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonErasedException;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.DirectoryEntry;
import id.labinov.core.spi.DirectoryStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A directory in memory: for tests, demos and hosts that load their names at start. An erased
 * person's entry holds no record (neither name nor identity number), only the erasure. Writes take a lock, so each is atomic and a bulk
 * put is seen whole or not at all; reads share it. Thread-safe.
 */
@Beta
public final class InMemoryDirectory implements DirectoryStore {
  /** The value kept for an erased person: no record. */
  private static final Person ERASED = null;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<OpdCode, String> opds = new HashMap<>();
  /** A person's record, or {@link #ERASED} under a key that is present. */
  private final Map<PersonId, Person> people = new HashMap<>();
  private final Map<Theme, Map<String, String>> themes = new HashMap<>();

  /** Creates an empty directory. */
  public InMemoryDirectory() {}

  @Override
  public Optional<String> findOpdName(OpdCode opd) {
    Checks.notNull(opd, "opd");
    lock.readLock().lock();
    try {
      return Optional.ofNullable(opds.get(opd));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public PersonName findPersonName(PersonId person) {
    Checks.notNull(person, "person");
    lock.readLock().lock();
    try {
      if (!people.containsKey(person)) {
        return PersonName.unknown();
      }
      Person record = people.get(person);
      return record == ERASED ? PersonName.erased() : PersonName.of(record.name());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<Person> findPerson(PersonId person) {
    Checks.notNull(person, "person");
    lock.readLock().lock();
    try {
      return Optional.ofNullable(people.get(person));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<String> findThemeName(Theme theme, Locale locale) {
    Checks.notNull(theme, "theme");
    String language = DirectoryEntry.language(locale);
    lock.readLock().lock();
    try {
      Map<String, String> names = themes.getOrDefault(theme, Map.of());
      return Optional.ofNullable(names.getOrDefault(language, names.get("id")));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void putAll(Collection<? extends DirectoryEntry> entries) {
    Checks.notNull(entries, "entries");
    List<DirectoryEntry> checked = new ArrayList<>(entries.size());
    for (DirectoryEntry e : entries) {
      checked.add(Checks.notNull(e, "entries[]"));
    }
    lock.writeLock().lock();
    try {
      for (DirectoryEntry e : checked) {
        if (e instanceof DirectoryEntry.PersonEntry p && erased(p.person().id())) {
          throw new PersonErasedException(p.person().id());
        }
      }
      for (DirectoryEntry e : checked) {
        if (e instanceof DirectoryEntry.OpdEntry o) {
          opds.put(o.opd(), o.name());
        } else if (e instanceof DirectoryEntry.PersonEntry p) {
          people.put(p.person().id(), p.person());
        } else if (e instanceof DirectoryEntry.ThemeEntry t) {
          themes.computeIfAbsent(t.theme(), k -> new HashMap<>()).put(t.language(), t.name());
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void correctPersonName(PersonId person, String name) {
    DirectoryEntry.PersonEntry entry = DirectoryEntry.person(person, name);
    lock.writeLock().lock();
    try {
      if (!people.containsKey(person)) {
        throw new NoSuchPersonException(person);
      }
      if (erased(person)) {
        throw new PersonErasedException(person);
      }
      people.put(person, people.get(person).withName(entry.name()));
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public boolean erasePerson(PersonId person) {
    Checks.notNull(person, "person");
    lock.writeLock().lock();
    try {
      return people.put(person, ERASED) != null;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private boolean erased(PersonId person) {
    return people.containsKey(person) && people.get(person) == ERASED;
  }
}
