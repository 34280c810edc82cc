package id.labinov.cli;

import id.labinov.core.i18n.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The tool's messages in Bahasa Indonesia (the base bundle) or English. The JVM's default locale is
 * never consulted, so {@code --lang id} gives Indonesian on an English machine.
 */
final class Texts {
  static final String BUNDLE = "id.labinov.cli.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Returns the texts of a language: {@code id} or {@code en}, or their names ({@code Indonesia},
   * {@code English}), in any case; none gives Bahasa Indonesia.
   *
   * @throws CliException with {@link ExitCodes#USAGE} for any other language, asking whether the
   *     user meant a close one
   */
  static Texts of(String lang) {
    if (lang == null || lang.isBlank()) {
      return new Texts(Messages.INDONESIAN);
    }
    Choices<Locale> languages = Choices.languages("--lang");
    java.util.Optional<Locale> chosen = languages.find(lang);
    if (chosen.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "error.lang", lang.strip(), languages.didYouMean(lang));
    }
    return new Texts(chosen.get());
  }

  Locale locale() {
    return locale;
  }

  ResourceBundle bundle() {
    return bundle;
  }

  boolean english() {
    return locale.getLanguage().equals("en");
  }

  String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key + " " + java.util.Arrays.toString(arguments);
    }
    if (arguments.length == 0) {
      return pattern.replace("''", "'");
    }
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      shown[i] = a instanceof Number ? String.valueOf(a) : a;
    }
    return new MessageFormat(pattern, locale).format(shown);
  }
}
