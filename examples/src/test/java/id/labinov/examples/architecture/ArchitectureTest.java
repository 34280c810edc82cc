package id.labinov.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.labinov.core.architecture.LabinovArchRules;
import org.junit.jupiter.api.Test;

/**
 * The examples use labinov as an embedder would: through the packages its modules export to
 * everyone, never an internal one.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .withImportOption(new LabinovArchRules.DoNotIncludeTestsInAnyBuildFolder())
      .importPackages("id.labinov.examples");

  @Test
  void theExamplesCompileAgainstExportedPackagesOnly() {
    ArchRule rule = LabinovArchRules.usesOnlyExportedPackages("id.labinov.examples");
    EvaluationResult result = rule.evaluate(MAIN);

    assertThat(result.hasViolation()).as("%s%n%s", rule.getDescription(), result.getFailureReport().getDetails())
        .isFalse();
  }

  @Test
  void theImportHoldsTheExamplesAndNoTestClass() {
    assertThat(MAIN.contain("id.labinov.examples.lebak.LebakLabYear")).isTrue();
    assertThat(MAIN.contain(ArchitectureTest.class.getName())).isFalse();
  }
}
