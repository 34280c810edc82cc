package id.labinov.reporting.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import id.labinov.core.architecture.LabinovArchRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * labinov-reporting's architecture as named rules that read as sentences. Each is built for a root
 * package, so {@code ArchitectureTest} applies it to the module and proves it fails on a planted bad
 * class.
 */
final class ReportingArchRules {
  static final String REPORTING = "id.labinov.reporting";

  private ReportingArchRules() {}

  static ArchRule noJdbc(String root) {
    return noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .as(root + " does not touch java.sql or javax.sql")
        .because("reports go through core's query port, so they work over any store");
  }

  static ArchRule noPersistenceModule(String root) {
    return noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage("id.labinov.persistence..")
        .as(root + " does not depend on labinov-persistence-jdbc")
        .because("reports read through core's ports; a store is the host's choice");
  }

  static ArchRule noIdentityNumbers(String root) {
    return noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().haveFullyQualifiedName("id.labinov.core.model.Nip")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("id.labinov.core.model.PppkNumber")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("id.labinov.core.model.IdentityNumber")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("id.labinov.core.model.Person")
        .as(root + " never touches NIPs, identity numbers or person records")
        .because("public reports show no NIP; names come from core's Directory port only");
  }

  static ArchRule formatsOnlyInRender(String root) {
    return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".render..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dhatim..", "tools.jackson..", "com.openhtmltopdf..",
            "org.apache.pdfbox..", "java.awt..", "javax.imageio..", "gg.jte..")
        .as("only " + root + ".render writes formats (fastexcel, Jackson, openhtmltopdf, PDFBox, Java2D, jte)")
        .because("a report is computed as plain data first; adding a format never touches the computation");
  }

  static ArchRule dataIsPlainWithinItself(String root) {
    return classes().that().resideInAPackage(root + ".data..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".data..", "id.labinov.core..", "java..")
        .as(root + ".data depends only on itself, labinov-core and the JDK")
        .because("report records are plain data any renderer can read");
  }

  static com.tngtech.archunit.library.dependencies.SliceRule freeOfCycles(String root) {
    // every package its own slice, the root package (Reports) included
    return LabinovArchRules.packagesFreeOfCycles(root);
  }

  static ArchRule apiExposesNoForeignOrInternalTypes(String root) {
    // jte generates the template classes (Jte*Generated) public; their render methods take package-private view
    // types (HtmlView), so nothing outside the package can call them: they are not API
    return classes().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..internal..")
        .and(isApi()).and().haveNameNotMatching(".*\\.Jte[^.]*Generated")
        .should(exposeNoTypeFrom("tools.jackson..", "com.fasterxml..", "org.dhatim..", "com.openhtmltopdf..",
            "org.apache.pdfbox..", "gg.jte..", "..internal.."))
        .as("public signatures in " + root + " expose no Jackson, fastexcel, openhtmltopdf, PDFBox, jte or internal types")
        .allowEmptyShould(true);
  }

  static List<ArchRule> all() {
    return List.of(noJdbc(REPORTING), noPersistenceModule(REPORTING), LabinovArchRules.coreInternalsOnlyThroughQualifiedExports(REPORTING),
        noIdentityNumbers(REPORTING), formatsOnlyInRender(REPORTING), dataIsPlainWithinItself(REPORTING),
        freeOfCycles(REPORTING), apiExposesNoForeignOrInternalTypes(REPORTING));
  }

  /** Leaves out test classes of any build folder ({@code target-r/test-classes} too). */
  static final class MainClassesOnly implements ImportOption {
    private static final Pattern TEST_CLASSES = Pattern.compile(".*/[^/]+/test-classes/.*");

    @Override
    public boolean includes(Location location) {
      return !location.matches(TEST_CLASSES);
    }
  }

  private static DescribedPredicate<JavaClass> isApi() {
    return DescribedPredicate.describe("are public API", c -> {
      for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
        if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
          return false;
        }
      }
      return !c.isAnonymousClass() && !c.isLocalClass();
    });
  }

  private static boolean isVisible(JavaMember m) {
    return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED);
  }

  private static ArchCondition<JavaClass> exposeNoTypeFrom(String... packages) {
    DescribedPredicate<JavaClass> forbidden = resideInAnyPackage(packages);
    return new ArchCondition<>("expose no type from " + String.join(", ", packages)) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> where = new ArrayList<>();
        List<JavaType> types = new ArrayList<>();
        c.getSuperclass().ifPresent(types::add);
        types.addAll(c.getInterfaces());
        types.forEach(t -> check(t, "supertype of " + c.getName(), forbidden, where));
        for (JavaField f : c.getFields()) {
          if (isVisible(f)) {
            check(f.getType(), "field " + f.getFullName(), forbidden, where);
          }
        }
        for (JavaCodeUnit u : c.getCodeUnits()) {
          if (isVisible(u) && !u.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            check(u.getReturnType(), "return type of " + u.getFullName(), forbidden, where);
            u.getParameterTypes().forEach(t -> check(t, "parameter of " + u.getFullName(), forbidden, where));
            u.getThrowsClause().getTypes().forEach(t -> check(t, "throws of " + u.getFullName(), forbidden, where));
          }
        }
        where.forEach(w -> events.add(SimpleConditionEvent.violated(c, w)));
      }

      private void check(JavaType type, String where, DescribedPredicate<JavaClass> f, List<String> out) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
          if (f.test(involved)) {
            out.add(where + " exposes " + involved.getName());
          }
        }
      }
    };
  }
}
