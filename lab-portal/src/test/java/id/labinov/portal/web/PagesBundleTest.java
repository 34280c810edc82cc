package id.labinov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages' words as MessageFormat and Spring show them: a text with arguments is formatted, so an
 * apostrophe must be written {@code ''} or MessageFormat eats it (and quotes what follows); a text
 * without arguments is shown as written, so it must not double its apostrophes. Every key is in both
 * languages, and quotations use straight double quotes, as Indonesian official writing does.
 */
class PagesBundleTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = PagesBundleTest.class.getResourceAsStream("/i18n/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** The portal formats these with arguments (fixes always get one), others only when they have some. */
  private static boolean formatted(String key, String text) {
    return key.startsWith("fix.") || ARGUMENT.matcher(text).find();
  }

  private static long apostrophes(String text) {
    return text.chars().filter(c -> c == '\'').count();
  }

  private static List<String> problems(Properties bundle, Locale locale) {
    List<String> out = new ArrayList<>();
    Object[] dummies = new Object[10];
    Arrays.fill(dummies, "X");
    for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
      String raw = bundle.getProperty(key);
      if (raw.contains("«") || raw.contains("»")) {
        out.add(key + ": guillemets instead of straight double quotes");
      }
      if (formatted(key, raw)) {
        String shown = new MessageFormat(raw, locale).format(dummies);
        long written = apostrophes(raw.replace("''", "'"));
        if (apostrophes(shown) != written) {
          out.add(key + ": a single apostrophe is eaten by MessageFormat (write it as ''): " + shown);
        }
        if (shown.contains("{")) {
          out.add(key + ": an argument is not filled in (quoted by an apostrophe?): " + shown);
        }
      } else if (raw.contains("''")) {
        out.add(key + ": has no arguments, so '' would show doubled; write a single apostrophe");
      }
    }
    return out;
  }

  @Test
  void everyApostropheSurvivesFormatting() throws IOException {
    assertThat(problems(load("pages.properties"), Locale.forLanguageTag("id"))).isEmpty();
    assertThat(problems(load("pages_en.properties"), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void theCheckCatchesALoneApostrophe() {
    Properties bad = new Properties();
    bad.setProperty("error.text", "contact the lab's administrator (status {0})");
    bad.setProperty("word.none", "the lab''s administrator");
    bad.setProperty("propose.accepted", "«{0}» recorded");
    assertThat(problems(bad, Locale.ENGLISH)).hasSize(4);
  }

  @Test
  void everyKeyIsInBothLanguages() throws IOException {
    assertThat(load("pages_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("pages.properties").stringPropertyNames());
  }
}
