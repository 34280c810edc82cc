package id.labinov.portal.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's layering: pages and API talk to labinov through its public API and the portal's
 * services, never to the database or labinov's internals; labinov's library modules know nothing of
 * the portal or of Spring.
 */
class PortalArchitectureTest {
  private static JavaClasses portal;
  private static JavaClasses library;

  @BeforeAll
  static void load() {
    portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.labinov.portal");
    library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.labinov.core", "id.labinov.persistence.jdbc", "id.labinov.reporting");
  }

  @Test
  void pagesAndApiDoNotTouchTheDatabase() {
    noClasses().that().resideInAnyPackage("id.labinov.portal.web..", "id.labinov.portal.api..",
            "id.labinov.portal.reports..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
        .because("the pages and the API go through labinov and the portal's services (LabActions, ActivityLog)")
        .check(portal);
  }

  @Test
  void thePortalUsesNoInternalPackageOfLabinov() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("..internal..")
        .because("an application embeds labinov through its API, as README's 'What you may rely on' says")
        .check(portal);
  }

  @Test
  void theLibraryKnowsNothingOfSpringOrThePortal() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "id.labinov.portal..",
            "jakarta.servlet..")
        .because("adapters depend on the library, never the reverse")
        .allowEmptyShould(false)
        .check(library);
  }
}
