package id.labinov.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Renders labinov's user-facing texts from message keys, in Bahasa Indonesia (the default) or
 * English.
 *
 * <p>The choice never depends on the JVM's default locale: a locale whose language is {@code en}
 * gets English, every other locale (and {@code null}) gets Indonesian. Unknown keys render as the
 * key itself followed by the arguments, so a missing translation never hides information.
 */
public final class Messages {
  /** The Indonesian locale, labinov's default language. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /**
   * The bundles searched, in order: general messages, then one bundle per feature area so that
   * areas can be translated and reviewed on their own.
   */
  private static final List<String> BUNDLES_SEARCHED = List.of(
      "id.labinov.core.i18n.messages", "id.labinov.core.i18n.evaluation", "id.labinov.core.i18n.programme",
      "id.labinov.core.i18n.iid", "id.labinov.core.i18n.cycle");
  private static final ConcurrentMap<String, List<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * Formats the message for {@code key} with positional arguments ({@code {0}}, {@code {1}}, ...).
   *
   * @param locale the language wanted; {@code null} means Indonesian
   * @param key the message key
   * @param arguments the arguments, may be empty, never {@code null}
   * @return the formatted text, never {@code null}
   */
  public static String format(Locale locale, String key, List<?> arguments) {
    Locale resolved = resolve(locale);
    String pattern = find(resolved, key);
    Object[] args = arguments == null ? new Object[0] : arguments.toArray();
    if (pattern == null) {
      return key + (args.length == 0 ? "" : " " + java.util.Arrays.asList(args));
    }
    return new MessageFormat(pattern, resolved).format(args);
  }

  /**
   * Formats the message for {@code key}.
   *
   * @param locale the language wanted; {@code null} means Indonesian
   * @param key the message key
   * @param arguments the arguments
   * @return the formatted text
   */
  public static String format(Locale locale, String key, Object... arguments) {
    return format(locale, key, java.util.Arrays.asList(arguments));
  }

  /**
   * Writes a date as people read it, e.g. "31 Agustus 2026" or "31 August 2026".
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @param date the date
   * @return the day, the month's name and the year
   */
  public static String longDate(Locale locale, java.time.LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return date.getDayOfMonth() + " " + format(locale, "date.month." + date.getMonthValue()) + " " + date.getYear();
  }

  /**
   * Tells whether a message exists for {@code key} in both languages.
   *
   * @param key the message key
   * @return {@code true} if Indonesian and English texts exist
   */
  public static boolean isDefined(String key) {
    return find(INDONESIAN, key) != null && find(Locale.ENGLISH, key) != null;
  }

  /**
   * Maps any locale to one labinov supports: English for language {@code en}, Indonesian
   * otherwise.
   *
   * @param locale a locale or {@code null}
   * @return {@link Locale#ENGLISH} or {@link #INDONESIAN}
   */
  public static Locale resolve(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  private static String find(Locale resolved, String key) {
    for (ResourceBundle bundle : BUNDLES.computeIfAbsent(resolved.getLanguage(), Messages::load)) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }

  private static List<ResourceBundle> load(String language) {
    // Each base bundle is Indonesian. The JVM's default locale never enters: Locale.ROOT finds the
    // base bundle, and English finds the _en bundle (every bundle has one), so the default locale's
    // fallback is never reached. Loaded through this module (not a class loader with a Control, which
    // a named module may not use), so the bundles load on the class path and on the module path.
    Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.ROOT;
    List<ResourceBundle> out = new java.util.ArrayList<>();
    for (String name : BUNDLES_SEARCHED) {
      try {
        out.add(ResourceBundle.getBundle(name, locale, Messages.class.getModule()));
      } catch (MissingResourceException e) {
        // an area without texts yet
      }
    }
    return List.copyOf(out);
  }
}
