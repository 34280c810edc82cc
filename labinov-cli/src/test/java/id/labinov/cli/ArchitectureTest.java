package id.labinov.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.labinov.core.architecture.LabinovArchRules;
import org.junit.jupiter.api.Test;

/** The tool is a client of the library's public API, and offers none of its own but {@link Main}. */
@AnalyzeClasses(packages = "id.labinov.cli", importOptions = ArchitectureTest.MainCodeOnly.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule theToolUsesOnlyExportedPackages = LabinovArchRules.usesOnlyExportedPackages("id.labinov.cli");

  @ArchTest
  static final ArchRule onlyTheEntryPointIsPublic = classes()
      .that().arePublic().should().haveSimpleName("Main")
      .because("commands, readers and settings are details of the tool, not API");

  @ArchTest
  static final ArchRule theToolNeverTouchesTablesDirectly = noClasses()
      .that().haveNameNotMatching("id\\.labinov\\.cli\\.(SimpleDataSource|Session)(\\$.*)?")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
      .because("storage goes through labinov-persistence-jdbc; only the connection is opened here");

  @Test
  void theJdbcRuleFailsOnAClassThatWritesTablesItself() {
    var tamperingTest = new ClassFileImporter().importClasses(ReportAndAuditCommandsTest.Verify.class);
    assertThatThrownBy(() -> theToolNeverTouchesTablesDirectly.check(tamperingTest))
        .hasMessageContaining("java.sql.DriverManager.getConnection");
  }

  /** Main code only, whatever the build folder is called (builds may use -Dlabinov.target=...). */
  static final class MainCodeOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/");
    }
  }
}
