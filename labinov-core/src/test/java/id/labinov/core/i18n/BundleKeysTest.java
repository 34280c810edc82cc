package id.labinov.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No message bundle of this module holds a key twice: the later line would silently win. */
class BundleKeysTest {
  @Test
  void noKeyIsDefinedTwiceInABundle() throws IOException {
    List<String> twice = new ArrayList<>();
    List<Path> bundles;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/id/labinov/core/i18n"))) {
      bundles = files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
    }
    assertThat(bundles).isNotEmpty();
    for (Path bundle : bundles) {
      Set<String> seen = new HashSet<>();
      for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || line.startsWith(" ")) {
          continue;
        }
        int eq = l.indexOf('=');
        if (eq > 0 && !seen.add(l.substring(0, eq).strip())) {
          twice.add(bundle.getFileName() + ": " + l.substring(0, eq).strip());
        }
      }
    }
    assertThat(twice).as("keys defined twice").isEmpty();
  }
}
