package id.labinov.core.spi;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.regex.Pattern;

/** The checks of a directory's names and languages, shared by its entries and results. */
final class DirectoryChecks {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private DirectoryChecks() {}

  /** A name: not blank, stripped and NFC, no control character, not too long, no identity number. */
  static String name(String value, String field) {
    String name = Checks.notBlank(value, field);
    if (name.length() > DirectoryEntry.MAX_NAME_LENGTH) {
      throw new InvalidValueException("NAME_TOO_LONG", field, name, "error.directory.nameTooLong",
          DirectoryEntry.MAX_NAME_LENGTH, name.length());
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        throw new InvalidValueException("CONTROL_CHARACTER", field, Checks.printable(name), "error.controlCharacter",
            String.format("U+%04X", (int) name.charAt(i)), String.valueOf(i + 1));
      }
    }
    int run = 0;
    for (int i = 0; i < name.length(); i++) {
      run = Character.isDigit(name.charAt(i)) ? run + 1 : 0;
      if (run >= DirectoryEntry.MAX_DIGIT_RUN) {
        // the rejected value is left out: it holds the number
        throw new InvalidValueException("IDENTITY_NUMBER_IN_NAME", field, null, "error.directory.identityNumber",
            DirectoryEntry.MAX_DIGIT_RUN);
      }
    }
    return name;
  }

  /** A language code: {@code in} (the JDK's old code for Indonesian) becomes {@code id}. */
  static String language(String value) {
    String language = Checks.notNull(value, "language");
    if ("in".equals(language)) {
      return "id";
    }
    if (!LANGUAGE.matcher(language).matches()) {
      throw new InvalidValueException("INVALID_LANGUAGE", "language", language, "error.directory.language");
    }
    return language;
  }
}
