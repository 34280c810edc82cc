package id.labinov.core.spi;


import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.StorageException;
import id.labinov.core.model.NoSuchPersonException;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonErasedException;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Theme;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link Directory} that can be written, and that keeps each person's record: names put one by one
 * or in bulk, a person's record (name and NIP or PPPK number, {@link Person}) put, read back,
 * corrected or erased.
 *
 * <p><b>Personal data (UU 27/2022).</b> A person's identity number is kept beside the name and read
 * only through {@link #findPerson} (for the lab's administrators, e.g. to answer the person's request
 * to see their data); the read side reports use, {@link Directory}, gives names only. {@link
 * #erasePerson} removes the stored name and identity number for good (no copy, no flag beside a
 * kept value) and keeps only the fact that the person was erased, so reports print "(dihapus)" and
 * a later put of the same person, e.g. from an old spreadsheet loaded again, is refused with {@link
 * PersonErasedException} instead of bringing the data back. {@link #correctPersonName} overwrites
 * the name in place; a put overwrites the whole record.
 *
 * <p>Implementations are thread-safe; each method is atomic: concurrent writers lose no update, and
 * a failed {@link #putAll} leaves nothing of its entries behind.
 */
@Beta
public interface DirectoryStore extends Directory {
  /**
   * Puts every entry, replacing what is already held under the same key (a unit's name; a person's
   * whole record, name and identity number; a theme's name in a language); all or nothing. An entry
   * repeated in the list counts once, its last occurrence winning.
   *
   * @param entries the entries; an empty collection does nothing
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if the collection or an
   *     element is {@code null}
   * @throws PersonErasedException if a person entry names a person whose name was erased (then
   *     nothing is put)
   * @throws StorageException if the store fails (then nothing is put)
   */
  void putAll(Collection<? extends DirectoryEntry> entries);

  /**
   * Puts a unit's name, replacing the one held.
   *
   * @param opd the unit's code
   * @param name its name
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing or the name is not valid
   *     ({@link DirectoryEntry})
   * @throws StorageException if the store fails
   */
  default void putOpdName(OpdCode opd, String name) {
    putAll(List.of(DirectoryEntry.opd(opd, name)));
  }

  /**
   * Puts a person's record, replacing the one held (name and identity number: a record without a
   * number removes the number held).
   *
   * @param person the record
   * @throws id.labinov.core.error.InvalidValueException if the record is missing or its name is not
   *     valid ({@link DirectoryEntry})
   * @throws PersonErasedException if the person was erased
   * @throws StorageException if the store fails
   */
  default void putPerson(Person person) {
    putAll(List.of(DirectoryEntry.person(person)));
  }

  /**
   * Finds a person's whole record, identity number included. For the lab's administrators (the
   * person's own request to see their data, a check after a load); reports read names only
   * ({@link #findPersonName}).
   *
   * @param person the person id
   * @return the record, or empty if the directory holds none or the person was erased
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code person} is {@code null}
   * @throws StorageException if the store fails
   */
  Optional<Person> findPerson(PersonId person);

  /**
   * Puts a theme's name in a locale's language, replacing the one held.
   *
   * @param theme the theme
   * @param locale the language (only the language counts)
   * @param name the name in that language
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing, the locale has no
   *     language or the name is not valid
   * @throws StorageException if the store fails
   */
  default void putThemeName(Theme theme, Locale locale, String name) {
    putAll(List.of(DirectoryEntry.theme(theme, locale, name)));
  }

  /**
   * Corrects the name of a person the directory knows (UU 27/2022's right to correction): the new
   * name overwrites the old one, which is not kept; the identity number stays as it was (a put
   * corrects the whole record).
   *
   * @param person the person id
   * @param name the corrected display name
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing or the name is not valid
   * @throws NoSuchPersonException if the directory holds no name for the person
   * @throws PersonErasedException if the person's name was erased
   * @throws StorageException if the store fails
   */
  void correctPersonName(PersonId person, String name);

  /**
   * Erases a person (UU 27/2022's right to erasure): the stored name and identity number are deleted
   * and only the fact of erasure is kept, so {@link #findPersonName} returns {@link PersonName#erased()},
   * {@link #findPerson} returns empty and puts of the person are refused from then on. Erasing a
   * person the directory does not know records the erasure all the same (the request may come before
   * the data); erasing twice does nothing more.
   *
   * @param person the person id
   * @return {@code true} if a record was deleted, {@code false} if there was none
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code person} is {@code null}
   * @throws StorageException if the store fails
   */
  boolean erasePerson(PersonId person);
}
