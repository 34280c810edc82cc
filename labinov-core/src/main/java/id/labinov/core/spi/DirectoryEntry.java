package id.labinov.core.spi;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Theme;
import java.util.Locale;

/**
 * One entry to put in a {@link DirectoryStore}: a unit's name, a person's record (name and identity
 * number) or a theme's name in a language. The records check their parts when made, so a list of
 * entries that exists is a list a store can take whole ({@link DirectoryStore#putAll}).
 *
 * <p>A name is 1 to {@value #MAX_NAME_LENGTH} characters after stripping, in Unicode NFC, without
 * control characters, and never holds an identity number: a run of {@value #MAX_DIGIT_RUN} or more
 * digits (a NIP has 18, a NIK 16) is refused, so a NIP pasted into a name cannot reach a report. A
 * person's NIP or PPPK number has its own place in {@link PersonEntry}, which reports never read.
 */
@Beta
public sealed interface DirectoryEntry {
  /** The longest name a directory takes, in characters. */
  int MAX_NAME_LENGTH = 200;
  /** The shortest run of digits taken for an identity number and refused in a name. */
  int MAX_DIGIT_RUN = 9;

  /** {@return the checked name} */
  String name();

  /**
   * {@return what the entry names: an OPD code, a person id, or a theme with its language} Two
   * entries with equal keys set the same name, so a batch holding both is ambiguous.
   */
  default Object key() {
    if (this instanceof OpdEntry o) {
      return o.opd();
    }
    if (this instanceof PersonEntry p) {
      return p.person().id();
    }
    ThemeEntry t = (ThemeEntry) this;
    return java.util.List.of(t.theme(), t.language());
  }

  /**
   * A unit's name.
   *
   * @param opd the unit's code
   * @param name e.g. {@code Dinas Kesehatan}
   */
  record OpdEntry(OpdCode opd, String name) implements DirectoryEntry {
    /**
     * Checks the parts.
     *
     * @param opd the unit's code
     * @param name e.g. {@code Dinas Kesehatan}
     * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED}, {@code NAME_TOO_LONG},
     *     {@code CONTROL_CHARACTER} or {@code IDENTITY_NUMBER_IN_NAME}
     */
    public OpdEntry {
      Checks.notNull(opd, "opd");
      name = DirectoryChecks.name(name, "name");
    }
  }

  /**
   * A person's record: the display name and, for a civil servant, the identity number kept beside
   * it ({@link id.labinov.core.model.Nip} for a PNS, {@link id.labinov.core.model.PppkNumber} for a
   * PPPK, or none), each validated by its type. Reports read the name only; the number stays in the
   * store ({@link DirectoryStore#findPerson}).
   *
   * @param person the record, its name checked as every directory name (see {@link DirectoryEntry})
   */
  record PersonEntry(Person person) implements DirectoryEntry {
    /**
     * Checks the parts.
     *
     * @param person the record, e.g. {@code Siti Rahmawati, S.KM.} with NIP
     *     {@code 19860926 201505 2 001}
     * @throws id.labinov.core.error.InvalidValueException as {@link OpdEntry#OpdEntry}
     */
    public PersonEntry {
      Checks.notNull(person, "person");
      String name = DirectoryChecks.name(person.name(), "name");
      if (!name.equals(person.name())) {
        person = person.withName(name);
      }
    }

    /** {@return the person's display name} */
    @Override
    public String name() {
      return person.name();
    }
  }

  /**
   * A theme's name in one language.
   *
   * @param theme the theme
   * @param language an ISO 639 language code in lower case, e.g. {@code id} or {@code en} (see
   *     {@link DirectoryEntry#language(Locale)})
   * @param name e.g. {@code Kota Layak Anak}
   */
  record ThemeEntry(Theme theme, String language, String name) implements DirectoryEntry {
    /**
     * Checks the parts.
     *
     * @param theme the theme
     * @param language an ISO 639 language code in lower case, e.g. {@code id} or {@code en} (see
     *     {@link DirectoryEntry#language(Locale)})
     * @param name e.g. {@code Kota Layak Anak}
     * @throws id.labinov.core.error.InvalidValueException as {@link OpdEntry#OpdEntry}, or with code
     *     {@code INVALID_LANGUAGE} for a language that is not 2 or 3 lower-case letters
     */
    public ThemeEntry {
      Checks.notNull(theme, "theme");
      language = DirectoryChecks.language(language);
      name = DirectoryChecks.name(name, "name");
    }
  }

  /**
   * Returns a unit's entry.
   *
   * @param opd the unit's code
   * @param name its name
   * @return the entry
   * @throws id.labinov.core.error.InvalidValueException as {@link OpdEntry#OpdEntry}
   */
  static OpdEntry opd(OpdCode opd, String name) {
    return new OpdEntry(opd, name);
  }

  /**
   * Returns the entry of a person without an identity number.
   *
   * @param person the person id
   * @param name the display name
   * @return the entry
   * @throws id.labinov.core.error.InvalidValueException as {@link PersonEntry#PersonEntry}
   */
  static PersonEntry person(PersonId person, String name) {
    return new PersonEntry(Person.named(person, name));
  }

  /**
   * Returns a person's entry: the name and the identity number of the record.
   *
   * @param person the record
   * @return the entry
   * @throws id.labinov.core.error.InvalidValueException as {@link PersonEntry#PersonEntry}
   */
  static PersonEntry person(Person person) {
    return new PersonEntry(person);
  }

  /**
   * Returns a theme's entry in a locale's language.
   *
   * @param theme the theme
   * @param locale the language (only the language counts)
   * @param name the name in that language
   * @return the entry
   * @throws id.labinov.core.error.InvalidValueException as {@link ThemeEntry#ThemeEntry}
   */
  static ThemeEntry theme(Theme theme, Locale locale, String name) {
    return new ThemeEntry(theme, language(locale), name);
  }

  /**
   * Returns the language code a directory keys theme names by: the locale's ISO 639 language in
   * lower case, {@code id} for Indonesian (also when the JDK spells it {@code in}).
   *
   * @param locale e.g. {@code Locale.forLanguageTag("id-ID")}
   * @return e.g. {@code id}
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code locale} is
   *     {@code null}, {@code INVALID_LANGUAGE} if it has no language
   */
  static String language(Locale locale) {
    Checks.notNull(locale, "locale");
    return DirectoryChecks.language(locale.getLanguage());
  }
}
