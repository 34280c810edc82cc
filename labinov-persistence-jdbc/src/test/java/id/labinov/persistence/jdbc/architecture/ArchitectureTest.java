package id.labinov.persistence.jdbc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.labinov.core.architecture.LabinovArchRules;
import id.labinov.persistence.jdbc.architecture.planted.DecidesInTheStore;
import id.labinov.persistence.jdbc.architecture.planted.PublicHelper;
import id.labinov.persistence.jdbc.architecture.planted.UsesCoreInternals;
import id.labinov.persistence.jdbc.architecture.planted.UsesH2;
import id.labinov.persistence.jdbc.architecture.planted.UsesReporting;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * labinov-persistence-jdbc's architecture, checked on its main classes; and each rule shown to fail
 * on a deliberately bad class in {@code planted}.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .withImportOption(new LabinovArchRules.DoNotIncludeTestsInAnyBuildFolder())
      .importPackages(JdbcArchRules.JDBC);

  static java.util.List<ArchRule> rules() {
    return JdbcArchRules.all();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void mainCodeKeepsTheRule(ArchRule rule) {
    EvaluationResult result = rule.evaluate(MAIN);

    assertThat(result.hasViolation()).as("%s%n%s", rule.getDescription(), result.getFailureReport().getDetails())
        .isFalse();
  }

  @Test
  void theImportHoldsTheMainClassesAndNoTestClass() {
    assertThat(MAIN.contain("id.labinov.persistence.jdbc.JdbcStorage")).isTrue();
    assertThat(MAIN.contain("id.labinov.persistence.jdbc.Dialect")).isTrue();
    assertThat(MAIN.contain("id.labinov.persistence.jdbc.TestDb")).isFalse();
    assertThat(MAIN.contain(UsesH2.class.getName())).isFalse();
  }

  @Test
  void everyListedApiTypeExistsAndIsPublic() {
    for (String name : JdbcArchRules.API) {
      var c = MAIN.get(JdbcArchRules.JDBC + "." + name);
      assertThat(c.getModifiers()).as(name).contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC);
    }
  }

  @Nested
  class EachRuleCanFail {
    private final String planted = UsesCoreInternals.class.getPackageName();

    private void assertFails(ArchRule rule, Class<?> bad, String mentioned) {
      EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(bad));

      assertThat(result.hasViolation()).as("%s should fail on %s", rule.getDescription(), bad.getSimpleName()).isTrue();
      assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains(mentioned));
    }

    @Test
    void failsOnUsingCoreInternals() {
      // core's JSON engine is internal and not exported to this module (the codec and the checks are)
      assertFails(LabinovArchRules.coreInternalsOnlyThroughQualifiedExports(JdbcArchRules.JDBC), UsesCoreInternals.class,
          "id.labinov.core.internal.json.JsonTree");
    }

    @Test
    void failsOnDependingOnReporting() {
      assertFails(JdbcArchRules.dependsOnNoLabinovModuleButCore(JdbcArchRules.JDBC), UsesReporting.class,
          "id.labinov.reporting.planted.PlantedReport");
    }

    @Test
    void failsOnUsingADriver() {
      assertFails(JdbcArchRules.bringsNoDriverPoolOrJson(JdbcArchRules.JDBC), UsesH2.class, "org.h2.jdbcx.JdbcDataSource");
    }

    @Test
    void failsOnDecidingACommand() {
      assertFails(JdbcArchRules.decidesNoCommand(planted), DecidesInTheStore.class, "Decider.decide");
    }

    @Test
    void failsOnAPublicHelper() {
      assertFails(JdbcArchRules.onlyTheApiIsPublic(planted, Set.of("UsesCoreInternals")), PublicHelper.class,
          PublicHelper.class.getName());
    }

    @Test
    void failsOnExposingAnInternalType() {
      assertFails(LabinovArchRules.publicApiExposesNoForeignOrInternalTypes(JdbcArchRules.JDBC), UsesCoreInternals.class,
          "id.labinov.core.internal.json.JsonTree");
    }
  }
}
