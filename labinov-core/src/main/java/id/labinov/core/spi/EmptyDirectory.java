package id.labinov.core.spi;


import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Theme;
import java.util.Locale;
import java.util.Optional;

/** The directory that knows no names ({@link Directory#empty()}). */
final class EmptyDirectory implements Directory {
  static final EmptyDirectory INSTANCE = new EmptyDirectory();

  private EmptyDirectory() {}

  @Override
  public Optional<String> findOpdName(OpdCode opd) {
    Checks.notNull(opd, "opd");
    return Optional.empty();
  }

  @Override
  public PersonName findPersonName(PersonId person) {
    Checks.notNull(person, "person");
    return PersonName.unknown();
  }

  @Override
  public Optional<String> findThemeName(Theme theme, Locale locale) {
    Checks.notNull(theme, "theme");
    DirectoryEntry.language(locale);
    return Optional.empty();
  }
}
