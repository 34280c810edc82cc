package id.labinov.core.spi.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A check every module's message bundles share: no key defined twice in one bundle (Java's
 * {@code Properties} keeps the later line silently, so a new text can overwrite an old one unseen).
 */
public final class BundleKeys {
  private BundleKeys() {}

  /**
   * Lists the keys defined more than once in any {@code .properties} file of a folder.
   *
   * @param folder the bundles' folder, e.g. {@code src/main/resources/id/labinov/cli}
   * @return "file: key" for each repeated definition; empty when there is none
   * @throws IOException if the folder cannot be read
   * @throws IllegalStateException if the folder holds no bundle (a wrong path would pass otherwise)
   */
  public static List<String> definedTwice(Path folder) throws IOException {
    List<Path> bundles;
    try (Stream<Path> files = Files.list(folder)) {
      bundles = files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
    }
    if (bundles.isEmpty()) {
      throw new IllegalStateException("no message bundle in " + folder.toAbsolutePath());
    }
    List<String> twice = new ArrayList<>();
    for (Path bundle : bundles) {
      Set<String> seen = new HashSet<>();
      for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || Character.isWhitespace(line.charAt(0))) {
          continue; // comments, and continuation lines of a value
        }
        int eq = l.indexOf('=');
        if (eq > 0 && !seen.add(l.substring(0, eq).strip())) {
          twice.add(bundle.getFileName() + ": " + l.substring(0, eq).strip());
        }
      }
    }
    return twice;
  }
}
