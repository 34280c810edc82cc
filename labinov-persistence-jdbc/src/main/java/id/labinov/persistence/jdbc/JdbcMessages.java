package id.labinov.persistence.jdbc;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders this module's texts from {@code id/labinov/persistence/jdbc/messages*.properties}, with
 * core's language rule: English for language {@code en}, Bahasa Indonesia for every other locale and
 * for {@code null}, never the JVM default. Not API.
 */
final class JdbcMessages {
  private static final String BUNDLE = "id.labinov.persistence.jdbc.messages";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private JdbcMessages() {}

  static String format(Locale locale, String key, List<?> arguments) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    Object[] args = arguments == null ? new Object[0] : arguments.toArray();
    try {
      // Through this module, not a class loader with a Control (refused in a named module). ROOT finds
      // the Indonesian base bundle and English the _en bundle, so the JVM default locale never enters.
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
          JdbcMessages.class.getModule());
      if (bundle.containsKey(key)) {
        return new MessageFormat(bundle.getString(key), english ? Locale.ENGLISH : INDONESIAN).format(args);
      }
    } catch (MissingResourceException e) {
      // fall through: show the key and the arguments, so nothing is hidden
    }
    return key + (args.length == 0 ? "" : " " + List.of(args));
  }
}
