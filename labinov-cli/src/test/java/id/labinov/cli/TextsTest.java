package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream("/id/labinov/cli/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(bundle("messages.properties").stringPropertyNames()));
  }

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Set<String> keys = bundle("messages.properties").stringPropertyNames();
    Pattern used = Pattern.compile("\"((?:error|hint|row|import|result|available|show|list|migrate|rulebook|"
        + "verify|hashes|progress|option|param|note)\\.[A-Za-z.]+)\"");
    // the names of the input limits (import.maxRows, ...) look like keys but are not
    Set<String> limitNames = java.util.Arrays.stream(Limits.Limit.values()).map(l -> l.key)
        .collect(java.util.stream.Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = used.matcher(Files.readString(f));
        while (m.find()) {
          if (!keys.contains(m.group(1)) && !limitNames.contains(m.group(1))) {
            missing.add(f.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void indonesianIsTheDefaultWhateverTheMachineLanguage() {
    assertThat(Texts.of(null).get("list.count", 3)).isEqualTo("3 inovasi.");
    assertThat(Texts.of("EN").get("list.count", 10_000)).isEqualTo("10000 innovations.");
    assertThatThrownBy(() -> Texts.of("jv")).isInstanceOf(CliException.class);
  }
}
