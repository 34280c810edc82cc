package id.labinov.core.rules;

import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import java.util.Locale;

/**
 * A text in Bahasa Indonesia and English, as rulebooks carry their labels.
 *
 * @param id the Indonesian text
 * @param en the English text
 */
public record LocalizedText(String id, String en) {
  /**
   * Validates both texts.
   *
   * @param id the Indonesian text
   * @param en the English text
   * @throws id.labinov.core.error.InvalidValueException if either is missing or blank
   */
  public LocalizedText {
    id = Checks.notBlank(id, "id");
    en = Checks.notBlank(en, "en");
  }

  /**
   * Creates a text.
   *
   * @param id Indonesian
   * @param en English
   * @return the text
   */
  public static LocalizedText of(String id, String en) {
    return new LocalizedText(id, en);
  }

  /**
   * Returns the text in the given language.
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @return the text
   */
  public String in(Locale locale) {
    return Messages.resolve(locale).equals(Locale.ENGLISH) ? en : id;
  }
}
