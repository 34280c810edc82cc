package id.labinov.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.labinov.core.architecture.planted.ExposesInternalField;
import id.labinov.core.architecture.planted.ExposesInternalInGenerics;
import id.labinov.core.architecture.planted.ExposesInternalNumber;
import id.labinov.core.architecture.planted.ExposesJackson;
import id.labinov.core.architecture.planted.ExtendsJackson;
import id.labinov.core.architecture.planted.HidesInternals;
import id.labinov.core.architecture.planted.ThrowsInternal;
import id.labinov.core.architecture.planted.UsesJdbc;
import id.labinov.core.architecture.planted.consumer.UsesCoreInternals;
import id.labinov.core.architecture.planted.internal.ExposesJacksonInternally;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that each architecture rule can fail: it finds the deliberately bad classes in
 * {@code id.labinov.core.architecture.planted} (or compiled on the fly, for packages core's tests
 * cannot hold), and passes on the good ones.
 */
class ArchitectureRulesFailTest {
  private static final String PLANTED = "id.labinov.core.architecture.planted";

  private static JavaClasses importClasses(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static JavaClasses importPlanted(String subPackage) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(PLANTED + subPackage);
  }

  private static void assertFails(ArchRule rule, JavaClasses classes, String... mentioned) {
    EvaluationResult result = rule.evaluate(classes);

    assertThat(result.hasViolation()).as("%s should fail", rule.getDescription()).isTrue();
    assertThat(result.getFailureReport().getDetails()).as(rule.getDescription())
        .anySatisfy(d -> assertThat(d).contains(mentioned));
  }

  private static void assertPasses(ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.evaluate(classes);

    assertThat(result.hasViolation()).as("%s: %s", rule.getDescription(), result.getFailureReport().getDetails())
        .isFalse();
  }

  @Test
  void rulesReadAsSentences() {
    assertThat(LabinovArchRules.coreRules()).extracting(ArchRule::getDescription).containsExactly(
        "id.labinov.core does not touch java.sql or javax.sql, because only labinov-persistence-jdbc talks to"
            + " databases; everything else works over any store",
        "labinov-core depends on no other labinov module (persistence, reporting, examples), because the arrows"
            + " point towards core: every other module builds on it, never the other way round",
        "labinov-core does no file I/O (no java.io.File*, RandomAccessFile or java.nio.file), because core reads"
            + " rulebooks from strings, streams and class-path resources; files are the host's business",
        "public signatures in id.labinov.core expose no Jackson, Guava or internal types, because users must be"
            + " able to upgrade labinov, Jackson and Guava independently, and internals may change in any release",
        "id.labinov.core uses no other module's internal packages, because internal packages are public only for"
            + " their own module and may change in any release",
        "the packages of id.labinov.core are free of cycles, because a cycle makes packages impossible to"
            + " understand, test or split apart on their own");
  }

  @Nested
  class Jdbc {
    @Test
    void failsOnACoreClassUsingJavaSql() {
      assertFails(LabinovArchRules.CORE_DOES_NOT_TOUCH_JDBC, importClasses(UsesJdbc.class),
          UsesJdbc.class.getName(), "java.sql.Connection");
    }

    @Test
    void passesOnACoreClassWithoutJdbc() {
      assertPasses(LabinovArchRules.CORE_DOES_NOT_TOUCH_JDBC, importClasses(HidesInternals.class));
    }
  }

  @Nested
  class FileIo {
    @ParameterizedTest
    @ValueSource(strings = {"ReadsFiles", "OpensFile"})
    void failsOnACoreClassDoingFileIo(String simpleName) throws ClassNotFoundException {
      Class<?> planted = Class.forName(PLANTED + "." + simpleName);

      assertFails(LabinovArchRules.CORE_DOES_NO_FILE_IO, importClasses(planted), planted.getName());
    }

    @Test
    void passesOnStreamsAndCharsets() {
      assertPasses(LabinovArchRules.CORE_DOES_NO_FILE_IO, importClasses(UsesCoreInternals.class, HidesInternals.class));
    }
  }

  @Nested
  class PublicSignatures {
    @Test
    void failsOnAJacksonParameter() {
      assertFails(LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES, importClasses(ExposesJackson.class),
          "parameter of", "tools.jackson.core.JsonParser");
    }

    @Test
    void failsOnAnInternalReturnType() {
      assertFails(LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES,
          importClasses(ExposesInternalNumber.class), "return type of", "id.labinov.core.internal.json.JsonTree$Num");
    }

    @Test
    void failsOnAnInternalTypeArgument() {
      assertFails(LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES,
          importClasses(ExposesInternalInGenerics.class), "return type of", "JsonTree$Num", "java.util.List");
    }

    @Test
    void failsOnAnInternalPublicField() {
      assertFails(LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES,
          importClasses(ExposesInternalField.class), "field ", "JsonTree$Num");
    }

    @Test
    void failsOnAnInternalExceptionInAThrowsClause() {
      assertFails(LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES, importClasses(ThrowsInternal.class),
          "throws clause of", "JsonTree$SyntaxException");
    }

    @Test
    void failsOnAJacksonSupertype() {
      assertFails(LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES, importClasses(ExtendsJackson.class),
          "supertype of", "tools.jackson.core.JacksonException");
    }

    @Test
    void passesWhenInternalsStayOutOfSight() throws ClassNotFoundException {
      Class<?> packagePrivateHelper = Class.forName(HidesInternals.class.getName() + "$Helper");

      assertPasses(LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES,
          importClasses(HidesInternals.class, packagePrivateHelper));
    }

    @Test
    void passesOnAnInternalPackageExposingJackson() {
      assertPasses(LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES,
          importClasses(ExposesJacksonInternally.class));
    }
  }

  @Nested
  class OtherModulesInternals {
    @Test
    void failsOnAModuleUsingCoreInternals() {
      ArchRule rule = LabinovArchRules.noUseOfOtherModulesInternals(PLANTED + ".consumer");

      assertFails(rule, importClasses(UsesCoreInternals.class), "id.labinov.core.internal.json.JsonTree");
    }

    @Test
    void passesOnAModuleUsingItsOwnInternals() {
      ArchRule rule = LabinovArchRules.noUseOfOtherModulesInternals("id.labinov.core");

      assertPasses(rule, importClasses(UsesCoreInternals.class));
    }
  }

  @Nested
  class Cycles {
    @Test
    void failsOnTwoPackagesThatUseEachOther() {
      assertFails(LabinovArchRules.packagesFreeOfCycles(PLANTED + ".cycle"), importPlanted(".cycle"),
          "Cycle detected");
    }

    @Test
    void failsWhenTheTwoPackagesSitUnderOneParent() {
      // both halves live under planted.cycle; each package is its own slice, so the parent hides nothing
      assertFails(LabinovArchRules.packagesFreeOfCycles(PLANTED), importPlanted(".cycle"), "Cycle detected");
    }

    @Test
    void failsOnACycleThroughTheRootPackage() {
      // the root package's helper is used by a sub-package that the root package uses (Labinov/Checks before)
      assertFails(LabinovArchRules.packagesFreeOfCycles(PLANTED + ".rootcycle"), importPlanted(".rootcycle"),
          "Cycle detected", "rootcycle.engine.Engine");
    }

    @Test
    void passesWhenTheRootPackageOnlyUsesItsSubPackages() {
      assertPasses(LabinovArchRules.packagesFreeOfCycles(PLANTED + ".rootok"), importPlanted(".rootok"));
    }
  }

  /** Rules whose bad classes must live in packages core's test tree does not hold: compiled on the fly. */
  @Nested
  class CompiledOnTheFly {
    @TempDir
    Path dir;

    private JavaClasses compile(Map<String, String> sources) throws IOException {
      List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString()));
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = dir.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        args.add(file.toString());
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      assertThat(javac).as("tests run on a JDK").isNotNull();
      assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
      return new ClassFileImporter().importPath(dir.resolve("classes"));
    }

    @Test
    void coreDependingOnPersistenceOrReportingFails() throws IOException {
      JavaClasses classes = compile(Map.of(
          "id.labinov.persistence.jdbc.JdbcStore", "package id.labinov.persistence.jdbc; public class JdbcStore {}",
          "id.labinov.reporting.Report", "package id.labinov.reporting; public class Report {}",
          "id.labinov.core.leak.Leaky", "package id.labinov.core.leak; public class Leaky {"
              + " Object store = new id.labinov.persistence.jdbc.JdbcStore();"
              + " Object report = new id.labinov.reporting.Report(); }"));

      EvaluationResult result = LabinovArchRules.CORE_DEPENDS_ON_NO_OTHER_MODULE.evaluate(classes);

      assertThat(result.hasViolation()).isTrue();
      assertThat(String.join("\n", result.getFailureReport().getDetails()))
          .contains("id.labinov.persistence.jdbc.JdbcStore", "id.labinov.reporting.Report");
    }

    @Test
    void coreUsingAnotherModulesInternalsFails() throws IOException {
      JavaClasses classes = compile(Map.of(
          "id.labinov.reporting.internal.Renderer", "package id.labinov.reporting.internal; public class Renderer {}",
          "id.labinov.core.leak.Peeks", "package id.labinov.core.leak;"
              + " public class Peeks { Object r = new id.labinov.reporting.internal.Renderer(); }"));

      assertFails(LabinovArchRules.CORE_USES_NO_OTHER_MODULES_INTERNALS, classes,
          "id.labinov.reporting.internal.Renderer");
    }

    @Test
    void aCycleBetweenCorePackagesFails() throws IOException {
      JavaClasses classes = compile(Map.of(
          "id.labinov.core.alpha.A", "package id.labinov.core.alpha; public class A { id.labinov.core.beta.B b; }",
          "id.labinov.core.beta.B", "package id.labinov.core.beta; public class B { id.labinov.core.alpha.A a; }"));

      assertFails(LabinovArchRules.CORE_PACKAGES_ARE_FREE_OF_CYCLES, classes, "Cycle detected");
    }

    @Test
    void aCycleThroughCoresRootPackageFails() throws IOException {
      JavaClasses classes = compile(Map.of(
          "id.labinov.core.Hub", "package id.labinov.core; public class Hub { id.labinov.core.leak.Spoke s; }",
          "id.labinov.core.leak.Spoke", "package id.labinov.core.leak; public class Spoke { id.labinov.core.Hub h; }"));

      assertFails(LabinovArchRules.CORE_PACKAGES_ARE_FREE_OF_CYCLES, classes, "Cycle detected", "id.labinov.core.Hub");
    }

    private Map<String, String> coreInternals(String userPackage, String body) {
      return Map.of(
          "id.labinov.core.internal.Checks", "package id.labinov.core.internal; public class Checks {}",
          "id.labinov.core.internal.codec.EventCodec",
          "package id.labinov.core.internal.codec; public class EventCodec {}",
          "id.labinov.core.internal.json.JsonTree", "package id.labinov.core.internal.json; public class JsonTree {}",
          "id.labinov.core.Labinov", "package id.labinov.core; public class Labinov {}",
          userPackage + ".User", "package " + userPackage + "; public class User { " + body + " }");
    }

    @Test
    void reportingUsingTheCodecOrTheJsonEngineFails() throws IOException {
      JavaClasses classes = compile(coreInternals("id.labinov.reporting",
          "Object c = new id.labinov.core.internal.codec.EventCodec();"
              + " Object j = new id.labinov.core.internal.json.JsonTree();"));

      ArchRule rule = LabinovArchRules.coreInternalsOnlyThroughQualifiedExports("id.labinov.reporting");
      assertFails(rule, classes, "id.labinov.core.internal.codec.EventCodec");
      assertFails(rule, classes, "id.labinov.core.internal.json.JsonTree");
    }

    @Test
    void theJdbcModuleUsingTheCodecItIsExportedPasses() throws IOException {
      JavaClasses classes = compile(coreInternals("id.labinov.persistence.jdbc",
          "Object c = new id.labinov.core.internal.codec.EventCodec();"
              + " Object k = new id.labinov.core.internal.Checks();"));

      assertPasses(LabinovArchRules.coreInternalsOnlyThroughQualifiedExports("id.labinov.persistence.jdbc"), classes);
    }

    @Test
    void theJdbcModuleUsingTheJsonEngineFails() throws IOException {
      JavaClasses classes = compile(coreInternals("id.labinov.persistence.jdbc",
          "Object j = new id.labinov.core.internal.json.JsonTree();"));

      assertFails(LabinovArchRules.coreInternalsOnlyThroughQualifiedExports("id.labinov.persistence.jdbc"), classes,
          "id.labinov.core.internal.json.JsonTree");
    }

    @Test
    void anApplicationUsingAnInternalPackageFailsAndOneUsingTheApiPasses() throws IOException {
      JavaClasses bad = compile(coreInternals("id.labinov.cli", "Object k = new id.labinov.core.internal.Checks();"));
      assertFails(LabinovArchRules.usesOnlyExportedPackages("id.labinov.cli"), bad, "id.labinov.core.internal.Checks");
    }

    @Test
    void anApplicationUsingOnlyTheApiPasses() throws IOException {
      JavaClasses good = compile(coreInternals("id.labinov.examples", "Object l = new id.labinov.core.Labinov();"));
      assertPasses(LabinovArchRules.usesOnlyExportedPackages("id.labinov.examples"), good);
    }

    @Test
    void coreUsingJdbcThroughJavaxSqlFails() throws IOException {
      JavaClasses classes = compile(Map.of("id.labinov.core.leak.Pool", "package id.labinov.core.leak;"
          + " public class Pool { public javax.sql.DataSource dataSource; }"));

      assertFails(LabinovArchRules.CORE_DOES_NOT_TOUCH_JDBC, classes, "javax.sql.DataSource");
    }
  }
}
