package id.labinov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.labinov.core.annotation.Beta;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's "What you may rely on" says what the library modules offer; this keeps its {@code @Beta}
 * list equal to what the classes of labinov-core, labinov-persistence-jdbc and labinov-reporting
 * actually mark.
 */
class ReadmeApiTest {
  private static final Pattern ITEM = Pattern.compile("^- `([\\w.]+?)(?:\\(…\\))?`$", Pattern.MULTILINE);

  static String section(String heading) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("README has a section '%s'", heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static JavaClasses libraryClasses() {
    return new ClassFileImporter()
        .withImportOption(location -> !location.contains("test-classes") && !location.contains("-tests.jar"))
        .importPackages("id.labinov.core", "id.labinov.persistence.jdbc", "id.labinov.reporting");
  }

  @Test
  void theBetaListIsWhatTheCodeMarks() throws IOException {
    String part = section("### What you may rely on");
    String betas = part.substring(part.indexOf("**`@Beta`**"));
    List<String> listed = new ArrayList<>();
    Matcher m = ITEM.matcher(betas);
    while (m.find()) {
      listed.add(m.group(1));
    }

    TreeSet<String> marked = new TreeSet<>();
    for (JavaClass c : libraryClasses()) {
      if (c.isAnnotatedWith(Beta.class)) {
        marked.add(c.getName().replace('$', '.'));
      }
      for (JavaMethod method : c.getMethods()) {
        if (method.isAnnotatedWith(Beta.class)) {
          marked.add(c.getName().replace('$', '.') + "." + method.getName());
        }
      }
    }

    assertThat(marked).as("classes and methods marked @Beta").hasSizeGreaterThan(5);
    assertThat(listed).as("README's @Beta list").containsExactlyInAnyOrderElementsOf(marked);
  }

  /** The descriptors of labinov's library modules on the test class path, by module name. */
  private static Map<String, ModuleDescriptor> labinovModules() throws IOException {
    Map<String, ModuleDescriptor> out = new TreeMap<>();
    Enumeration<URL> all = ReadmeApiTest.class.getClassLoader().getResources("module-info.class");
    while (all.hasMoreElements()) {
      try (InputStream in = all.nextElement().openStream()) {
        ModuleDescriptor d = ModuleDescriptor.read(in);
        if (d.name().startsWith("id.labinov.")) {
          out.put(d.name(), d);
        }
      }
    }
    return out;
  }

  /** README's API and SPI tables: module name → packages, "…" standing for "id.labinov.". */
  private static Map<String, Set<String>> listedPackages(String part) {
    Map<String, Set<String>> out = new TreeMap<>();
    Matcher row = Pattern.compile("^\\| `labinov-[\\w-]+` \\(`(id\\.labinov\\.[\\w.]+)`\\) \\| (.*) \\|$", Pattern.MULTILINE)
        .matcher(part);
    while (row.find()) {
      Set<String> packages = out.computeIfAbsent(row.group(1), k -> new TreeSet<>());
      Matcher pkg = Pattern.compile("`((?:id\\.labinov|…)[\\w.]*)`").matcher(row.group(2));
      while (pkg.find()) {
        packages.add(pkg.group(1).replace("…", "id.labinov."));
      }
    }
    Matcher spi = Pattern.compile("^\\| [^|]+ \\| `(id\\.labinov\\.core\\.spi)` \\|$", Pattern.MULTILINE).matcher(part);
    while (spi.find()) {
      out.computeIfAbsent("id.labinov.core", k -> new TreeSet<>()).add(spi.group(1));
    }
    return out;
  }

  @Test
  void theApiAndSpiTablesAreWhatTheModuleDescriptorsExport() throws IOException {
    String part = section("### What you may rely on");
    Map<String, ModuleDescriptor> modules = labinovModules();
    assertThat(modules).as("descriptors of labinov's library modules on the class path")
        .containsOnlyKeys("id.labinov.core", "id.labinov.persistence.jdbc", "id.labinov.reporting");

    Map<String, Set<String>> exported = new TreeMap<>();
    for (ModuleDescriptor d : modules.values()) {
      for (ModuleDescriptor.Exports e : d.exports()) {
        if (!e.isQualified()) {
          exported.computeIfAbsent(d.name(), k -> new TreeSet<>()).add(e.source());
        } else {
          assertThat(part).as("README names the qualified export of %s", e.source()).contains("`" + e.source() + "`");
          e.targets().forEach(target -> assertThat(part).as("README names %s as a target", target)
              .contains("`" + target + "`"));
          assertThat(e.targets()).as("%s is exported only to labinov's own modules", e.source())
              .allMatch(target -> target.startsWith("id.labinov."));
        }
      }
    }

    assertThat(listedPackages(part)).as("README's API and SPI packages, by module").isEqualTo(exported);
  }
}
