package id.labinov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.labinov.core.annotation.Beta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
