package id.labinov.reporting.internal;

import id.labinov.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Not API. The reporting module's own texts ({@code id/labinov/reporting/i18n/reports.properties}), in
 * Bahasa Indonesia (the base bundle) or English. The choice never depends on the JVM's default
 * locale; a missing key renders as the key itself.
 */
public final class ReportTexts {
  private static final ResourceBundle INDONESIAN = load("/id/labinov/reporting/i18n/reports.properties");
  private static final ResourceBundle ENGLISH = load("/id/labinov/reporting/i18n/reports_en.properties");

  private ReportTexts() {}

  /** Loads one bundle file on its own (no parent chain), read as UTF-8. */
  private static ResourceBundle load(String resource) {
    try (InputStream in = ReportTexts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    return Messages.resolve(locale).equals(Locale.ENGLISH) ? ENGLISH : INDONESIAN;
  }

  /**
   * Returns a text.
   *
   * @param locale the language; {@code null} means Indonesian
   * @param key the key
   * @return the text, or the key if there is none
   */
  public static String text(Locale locale, String key) {
    ResourceBundle b = bundle(locale);
    try {
      return b.containsKey(key) ? b.getString(key) : key;
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /**
   * Formats a text with positional arguments.
   *
   * @param locale the language
   * @param key the key
   * @param arguments the arguments
   * @return the text, or the key followed by the arguments if there is none
   */
  public static String format(Locale locale, String key, List<?> arguments) {
    ResourceBundle b = bundle(locale);
    if (!b.containsKey(key)) {
      return key + (arguments.isEmpty() ? "" : " " + arguments);
    }
    // whole numbers in messages are sizes, years and ids: written plainly, never grouped
    Object[] args = arguments.stream().map(a -> a instanceof Integer || a instanceof Long ? a.toString() : a).toArray();
    return new MessageFormat(b.getString(key), Messages.resolve(locale)).format(args);
  }

  /**
   * Tells whether a key has a text in both languages.
   *
   * @param key the key
   * @return {@code true} if both bundles hold it
   */
  public static boolean isDefined(String key) {
    return INDONESIAN.containsKey(key) && ENGLISH.containsKey(key);
  }

  /** {@return every key of the Indonesian and the English bundle, for tests that compare them} */
  public static List<List<String>> keys() {
    return List.of(new java.util.ArrayList<>(INDONESIAN.keySet()), new java.util.ArrayList<>(ENGLISH.keySet()));
  }
}
