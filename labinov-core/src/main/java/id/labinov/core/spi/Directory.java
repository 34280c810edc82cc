package id.labinov.core.spi;


import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.StorageException;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.RegionNames;
import id.labinov.core.model.Theme;
import java.util.Locale;
import java.util.Optional;

/**
 * The names reports print where histories keep codes and ids (the read side of the directory): an
 * OPD's name, a person's display name, a theme's name in a language and a region's name. Names
 * live here, never in events: a unit renamed in a reorganisation or a person's name corrected or
 * erased (UU 27/2022) changes every report at once and leaves the hash-chained history untouched.
 *
 * <p>This read side gives names only: never a NIP, a PPPK number or any other identity number. A
 * {@link DirectoryStore} keeps a person's NIP or PPPK number beside the name, in the person's record
 * ({@link id.labinov.core.model.Person}), and gives it out only through
 * {@link DirectoryStore#findPerson}, which no report calls. A directory serves one lab: OPD
 * codes are chosen by the region, so a database that serves several regions with clashing OPD codes
 * keeps a directory per region (a table prefix each).
 *
 * <p>Implementations are thread-safe: reports call them from several threads, while a report is
 * computed and while its rows stream out. Lookups never return {@code null}.
 *
 * @see DirectoryStore the write side
 */
@Beta
public interface Directory {
  /**
   * Finds a unit's current name.
   *
   * @param opd the unit's code
   * @return its name, e.g. {@code Dinas Kesehatan}, or empty if the directory has none
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code opd} is {@code null}
   * @throws StorageException if the store fails
   */
  Optional<String> findOpdName(OpdCode opd);

  /**
   * Finds a person's display name, telling an unknown person from one whose name was erased.
   *
   * @param person the opaque person id
   * @return the name, {@link PersonName#erased()} or {@link PersonName#unknown()}; never {@code null}
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code person} is {@code null}
   * @throws StorageException if the store fails
   */
  PersonName findPersonName(PersonId person);

  /**
   * Finds a theme's name in a language: the name in the locale's language if there is one, else the
   * Indonesian name (the lab's own language), else empty.
   *
   * @param theme the theme
   * @param locale the report's language ({@code id} or {@code en}; only the language counts)
   * @return the name, e.g. {@code Kota Layak Anak}, or empty
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} for a missing argument,
   *     {@code INVALID_LANGUAGE} for a locale without a language
   * @throws StorageException if the store fails
   */
  Optional<String> findThemeName(Theme theme, Locale locale);

  /**
   * Finds a region's name. By default from the data shipped with labinov ({@link RegionNames}: the
   * 38 provinces of {@link id.labinov.core.model.Province} and the 514 kabupaten and kota), the same
   * in every language; districts and villages have no name there.
   *
   * @param region the region, e.g. {@code 36.02}
   * @return its name, e.g. {@code Kabupaten Lebak}, or empty
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code region} is {@code null}
   */
  default Optional<String> findRegionName(RegionCode region) {
    return RegionNames.find(region);
  }

  /**
   * Returns a directory that knows no OPD, person or theme name (region names still come from the
   * shipped data).
   *
   * @return the empty directory, thread-safe
   */
  static Directory empty() {
    return EmptyDirectory.INSTANCE;
  }
}
