package id.labinov.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.labinov.core.gen.LabelledEnums;
import id.labinov.core.model.Labelled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the message bundles as files: each Indonesian (base) bundle and its English twin define
 * the same keys, with non-blank, parseable MessageFormat patterns using the same arguments.
 */
class MessageBundlesTest {
  private static final String DIR = "id/labinov/core/i18n/";
  /** A single quote not doubled: MessageFormat would swallow it and quote the rest. */
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final int MAX_ARGUMENTS = 10;

  static Stream<String> bundles() {
    return Stream.of("messages", "evaluation", "programme", "iid", "cycle");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void indonesianAndEnglishDefineTheSameKeys(String bundle) {
    Properties indonesian = load(bundle + ".properties");
    Properties english = load(bundle + "_en.properties");

    assertThat(minus(indonesian, english)).as("keys only in %s.properties", bundle).isEmpty();
    assertThat(minus(english, indonesian)).as("keys only in %s_en.properties", bundle).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "messages.properties", "messages_en.properties", "evaluation.properties", "evaluation_en.properties",
    "programme.properties", "programme_en.properties", "iid.properties", "iid_en.properties", "cycle.properties", "cycle_en.properties"
  })
  void declaresEachKeyOnceWithANonBlankText(String file) {
    Properties texts = load(file);

    assertThat(duplicateKeys(file)).as("keys declared twice in %s", file).isEmpty();
    assertThat(texts.stringPropertyNames())
        .as("keys with a blank text in %s", file)
        .filteredOn(k -> texts.getProperty(k).isBlank())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "messages.properties", "messages_en.properties", "evaluation.properties", "evaluation_en.properties",
    "programme.properties", "programme_en.properties", "iid.properties", "iid_en.properties", "cycle.properties", "cycle_en.properties"
  })
  void everyTextIsAValidMessageFormatPattern(String file) {
    Properties texts = load(file);

    for (String key : new TreeSet<>(texts.stringPropertyNames())) {
      String pattern = texts.getProperty(key);
      assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT)).as("%s in %s", key, file).doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "messages.properties", "messages_en.properties", "evaluation.properties", "evaluation_en.properties",
    "programme.properties", "programme_en.properties", "iid.properties", "iid_en.properties", "cycle.properties", "cycle_en.properties"
  })
  void writesEveryLiteralApostropheDoubled(String file) {
    Properties texts = load(file);

    assertThat(new TreeSet<>(texts.stringPropertyNames()))
        .as("texts in %s with a single ' (write '' for an apostrophe)", file)
        .filteredOn(k -> LONE_APOSTROPHE.matcher(texts.getProperty(k)).find())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void bothLanguagesUseTheSameArguments(String bundle) {
    Properties indonesian = load(bundle + ".properties");
    Properties english = load(bundle + "_en.properties");
    TreeMap<String, String> mismatches = new TreeMap<>();

    for (String key : indonesian.stringPropertyNames()) {
      if (!english.containsKey(key)) {
        continue;
      }
      Set<Integer> id = argumentsUsed(indonesian.getProperty(key));
      Set<Integer> en = argumentsUsed(english.getProperty(key));
      if (!id.equals(en)) {
        mismatches.put(key, "id " + id + " en " + en);
      }
    }

    assertThat(mismatches).as("keys whose languages use different arguments").isEmpty();
  }

  @Test
  void findsTheArgumentsAPatternUses() {
    assertThat(argumentsUsed("{1} is {0}, not {3}")).containsExactly(0, 1, 3);
    assertThat(argumentsUsed("no arguments, '{0}' is quoted")).isEmpty();
  }

  @Test
  void labelsEveryConstantOfEveryLabelledEnumInBothLanguages() {
    List<Labelled> constants = LabelledEnums.constants();

    assertThat(constants).hasSizeGreaterThan(50);
    assertThat(constants)
        .as("constants without a label in both languages")
        .filteredOn(c -> !Messages.isDefined(LabelledEnums.labelKey(c)))
        .isEmpty();
  }

  /** Formats with a distinct marker per argument and reports which markers appear. */
  static Set<Integer> argumentsUsed(String pattern) {
    Object[] markers = IntStream.range(0, MAX_ARGUMENTS).mapToObj(i -> "\u0001" + i + "\u0002").toArray();
    String out = new MessageFormat(pattern, Locale.ROOT).format(markers);
    return IntStream.range(0, MAX_ARGUMENTS)
        .filter(i -> out.contains((String) markers[i]))
        .boxed()
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> minus(Properties a, Properties b) {
    return a.stringPropertyNames().stream()
        .filter(k -> !b.containsKey(k))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static InputStream open(String file) {
    InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(DIR + file);
    assertThat(in).as("class-path resource %s%s", DIR, file).isNotNull();
    return in;
  }

  static Properties load(String file) {
    try (InputStream in = open(file)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keys that appear on more than one line (Properties would silently keep the last). */
  private static boolean endsInOddBackslashes(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static List<String> duplicateKeys(String file) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      List<String> keys = new ArrayList<>();
      boolean continued = false;
      for (String line : r.lines().toList()) {
        String l = line.strip();
        boolean startsEntry = !continued && !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!");
        if (startsEntry) {
          keys.add(l.split("[=:]", 2)[0].strip());
        }
        continued = (startsEntry || continued) && endsInOddBackslashes(l);
      }
      List<String> duplicates = new ArrayList<>();
      Set<String> seen = new TreeSet<>();
      for (String k : keys) {
        if (!seen.add(k)) {
          duplicates.add(k);
        }
      }
      return duplicates;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
