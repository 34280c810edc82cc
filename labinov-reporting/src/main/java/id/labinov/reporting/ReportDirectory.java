package id.labinov.reporting;

import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Theme;
import java.util.Locale;
import java.util.Optional;

/**
 * Display names the host application knows and labinov does not store: unit names, people's names
 * and theme names. Every method has a default that knows nothing, so an implementation overrides
 * only what it has. Reports never ask for anything but a name: never a NIP or another identity
 * number. Implementations must be thread-safe; they are called while a report is computed and,
 * for streamed rows, while it is rendered.
 */
public interface ReportDirectory {
  /**
   * Finds a unit's current name.
   *
   * @param opd the unit's code
   * @return its name, e.g. {@code Dinas Kesehatan}, or empty
   */
  default Optional<String> findOpdName(OpdCode opd) {
    return Optional.empty();
  }

  /**
   * Finds a person's name (for the audit trail and the profile's initiator; never for public reports).
   *
   * @param person the opaque person id
   * @return the name, or empty
   */
  default Optional<String> findPersonName(PersonId person) {
    return Optional.empty();
  }

  /**
   * Finds a theme's name in a language.
   *
   * @param theme the theme
   * @param locale the report's language
   * @return the name, e.g. {@code Kota Layak Anak}, or empty
   */
  default Optional<String> findThemeName(Theme theme, Locale locale) {
    return Optional.empty();
  }

  /** Returns a directory that knows no names. */
  static ReportDirectory none() {
    return new ReportDirectory() {};
  }
}
