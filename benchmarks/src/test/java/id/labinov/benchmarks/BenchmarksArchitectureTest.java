package id.labinov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.labinov.core.architecture.LabinovArchRules;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure labinov as an embedder uses it: through the packages its modules export
 * to everyone. Run by {@code benchmarks/ci-smoke.sh}.
 */
class BenchmarksArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .withImportOption(new LabinovArchRules.DoNotIncludeTestsInAnyBuildFolder())
      .importPackages("id.labinov.benchmarks");

  @Test
  void theBenchmarksCompileAgainstExportedPackagesOnly() {
    ArchRule rule = LabinovArchRules.usesOnlyExportedPackages("id.labinov.benchmarks");
    EvaluationResult result = rule.evaluate(MAIN);

    assertThat(result.hasViolation()).as("%s%n%s", rule.getDescription(), result.getFailureReport().getDetails())
        .isFalse();
  }

  @Test
  void theImportHoldsTheBenchmarkClassesAndNoTestClass() {
    assertThat(MAIN.stream().filter(c -> c.getSimpleName().endsWith("Benchmark"))).hasSizeGreaterThan(3);
    assertThat(MAIN.contain(BenchmarksArchitectureTest.class.getName())).isFalse();
  }
}
