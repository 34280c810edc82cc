package id.labinov.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** labinov-core's architecture, checked on its main classes. */
@AnalyzeClasses(packages = LabinovArchRules.CORE, importOptions = {
    ImportOption.DoNotIncludeTests.class, LabinovArchRules.DoNotIncludeTestsInAnyBuildFolder.class})
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreDoesNotTouchJdbc = LabinovArchRules.CORE_DOES_NOT_TOUCH_JDBC;

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule = LabinovArchRules.CORE_DEPENDS_ON_NO_OTHER_MODULE;

  @ArchTest
  static final ArchRule coreDoesNoFileIo = LabinovArchRules.CORE_DOES_NO_FILE_IO;

  @ArchTest
  static final ArchRule coreApiExposesNoForeignOrInternalTypes =
      LabinovArchRules.CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES;

  @ArchTest
  static final ArchRule coreUsesNoOtherModulesInternals = LabinovArchRules.CORE_USES_NO_OTHER_MODULES_INTERNALS;

  @ArchTest
  static final ArchRule corePackagesAreFreeOfCycles = LabinovArchRules.CORE_PACKAGES_ARE_FREE_OF_CYCLES;

  /** Guards the rules above against passing on an empty or polluted import. */
  @ArchTest
  static void importsTheMainClassesAndNoTestClass(JavaClasses classes) {
    assertThat(classes.contain("id.labinov.core.rules.Rulebooks")).isTrue();
    assertThat(classes.contain("id.labinov.core.internal.json.JsonTree")).isTrue();
    assertThat(classes.stream().map(JavaClass::getName))
        .hasSizeGreaterThan(100)
        .noneMatch(n -> n.startsWith("id.labinov.core.architecture"))
        .noneMatch(n -> n.endsWith("Test") || n.endsWith("Properties"));
  }
}
