package id.labinov.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
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
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * labinov's architecture rules as named, reusable ArchUnit rules that read as sentences. Each
 * module's {@code ArchitectureTest} applies them to its main classes (other modules reach this
 * class through the core test-jar); {@code ArchitectureRulesFailTest} proves each one fails on a
 * deliberately bad class.
 *
 * <p>The constants are the rules for labinov-core; the factory methods build the same rules for
 * another module's root package.
 */
public final class LabinovArchRules {
  /** Root package of every labinov module. */
  public static final String LABINOV = "id.labinov";
  /** Root package of labinov-core. */
  public static final String CORE = "id.labinov.core";

  /** Packages whose types must never appear in a public signature. */
  public static final String[] FOREIGN_OR_INTERNAL = {
    "tools.jackson..", "com.fasterxml.jackson..", "com.google.common..", "..internal.."
  };

  private LabinovArchRules() {}

  // ------------------------------------------------------------------------------ rules for core

  /** Core does not touch {@code java.sql} or {@code javax.sql}. */
  public static final ArchRule CORE_DOES_NOT_TOUCH_JDBC = noJdbcIn(CORE);

  /** Core depends on no other labinov module (persistence, reporting, examples, benchmarks). */
  public static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
      .that().resideInAPackage(CORE + "..")
      .should().dependOnClassesThat(resideInAPackage(LABINOV + "..").and(not(resideInAPackage(CORE + ".."))))
      .as("labinov-core depends on no other labinov module (persistence, reporting, examples)")
      .because("the arrows point towards core: every other module builds on it, never the other way round");

  /** Core does no file I/O: no {@code java.io.File*}, {@code RandomAccessFile} or {@code java.nio.file}. */
  public static final ArchRule CORE_DOES_NO_FILE_IO = noClasses()
      .that().resideInAPackage(CORE + "..")
      .should().dependOnClassesThat(fileIo())
      .as("labinov-core does no file I/O (no java.io.File*, RandomAccessFile or java.nio.file)")
      .because("core reads rulebooks from strings, streams and class-path resources; files are the host's business");

  /** Core's public API exposes no Jackson, Guava or internal types. */
  public static final ArchRule CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES = publicApiExposesNoForeignOrInternalTypes(CORE);

  /** Core does not use another module's internals. */
  public static final ArchRule CORE_USES_NO_OTHER_MODULES_INTERNALS = noUseOfOtherModulesInternals(CORE);

  /** Core's packages, the root package included, are free of cycles. */
  public static final SliceRule CORE_PACKAGES_ARE_FREE_OF_CYCLES = packagesFreeOfCycles(CORE);

  /** Every rule for labinov-core, for a test that wants them all. */
  public static List<ArchRule> coreRules() {
    return List.of(CORE_DOES_NOT_TOUCH_JDBC, CORE_DEPENDS_ON_NO_OTHER_MODULE, CORE_DOES_NO_FILE_IO,
        CORE_API_EXPOSES_NO_FOREIGN_OR_INTERNAL_TYPES, CORE_USES_NO_OTHER_MODULES_INTERNALS,
        CORE_PACKAGES_ARE_FREE_OF_CYCLES);
  }

  // ------------------------------------------------------------------------------ rule factories

  /**
   * Classes under {@code rootPackage} do not touch JDBC.
   *
   * @param rootPackage e.g. {@code id.labinov.reporting}
   * @return the rule
   */
  public static ArchRule noJdbcIn(String rootPackage) {
    return noClasses()
        .that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .as(rootPackage + " does not touch java.sql or javax.sql")
        .because("only labinov-persistence-jdbc talks to databases; everything else works over any store");
  }

  /**
   * Classes under {@code rootPackage} do not depend on any labinov package under another root that
   * ends in {@code internal}.
   *
   * @param rootPackage the module's root package, e.g. {@code id.labinov.reporting}
   * @return the rule
   */
  public static ArchRule noUseOfOtherModulesInternals(String rootPackage) {
    return noClasses()
        .that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat(resideInAPackage(LABINOV + "..internal..")
            .and(not(resideInAPackage(rootPackage + ".."))))
        .as(rootPackage + " uses no other module's internal packages")
        .because("internal packages are public only for their own module and may change in any release");
  }

  /**
   * Every package at or under {@code rootPackage}, the root package itself included, is its own
   * slice, and the slices form no cycle. (Slicing on {@code rootPackage.(*)..} would leave the root
   * package out and fold sub-packages into their parent, hiding cycles through either.)
   *
   * @param rootPackage e.g. {@code id.labinov.core}
   * @return the rule
   */
  public static SliceRule packagesFreeOfCycles(String rootPackage) {
    return slices().assignedFrom(eachPackageUnder(rootPackage))
        .should().beFreeOfCycles()
        .as("the packages of " + rootPackage + " are free of cycles")
        .because("a cycle makes packages impossible to understand, test or split apart on their own");
  }

  private static SliceAssignment eachPackageUnder(String rootPackage) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = c.getPackageName();
        return p.equals(rootPackage) || p.startsWith(rootPackage + ".")
            ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "every package at or under " + rootPackage;
      }
    };
  }

  /**
   * Core's internal packages that its module descriptor exports to named labinov modules (a
   * qualified export), with the root package of each module allowed to use them. Every other
   * internal package of core is used by core alone. {@code ModuleDescriptorTest} checks this map
   * against the compiled {@code module-info.class}.
   */
  public static final Map<String, Set<String>> CORE_QUALIFIED_EXPORTS = Map.of(
      CORE + ".internal", Set.of("id.labinov.persistence.jdbc", "id.labinov.reporting"),
      CORE + ".internal.codec", Set.of("id.labinov.persistence.jdbc"));

  /**
   * Classes under {@code rootPackage} use core's internal packages only where core's module
   * descriptor exports them to this module ({@link #CORE_QUALIFIED_EXPORTS}).
   *
   * @param rootPackage the module's root package, e.g. {@code id.labinov.reporting}
   * @return the rule
   */
  public static ArchRule coreInternalsOnlyThroughQualifiedExports(String rootPackage) {
    DescribedPredicate<JavaClass> notExportedHere = DescribedPredicate.describe(
        "are in a package of core that core's module descriptor does not export to " + rootPackage,
        c -> c.getPackageName().startsWith(CORE + ".internal")
            && !CORE_QUALIFIED_EXPORTS.getOrDefault(c.getPackageName(), Set.of()).contains(rootPackage));
    return noClasses()
        .that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat(notExportedHere)
        .as(rootPackage + " uses core's internal packages only through the qualified exports of core's module"
            + " descriptor")
        .because("an internal package is shared only with the named labinov modules released together with core,"
            + " and may change in any release");
  }

  /**
   * Classes under {@code rootPackage} use only the packages labinov's library modules export to
   * everyone: no {@code ..internal..} package of another module (those are exactly the packages
   * the module descriptors do not export, or export only to named labinov modules).
   *
   * @param rootPackage e.g. {@code id.labinov.cli}, {@code id.labinov.examples}
   * @return the rule
   */
  public static ArchRule usesOnlyExportedPackages(String rootPackage) {
    return noClasses()
        .that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat(resideInAPackage(LABINOV + "..internal..")
            .and(not(resideInAPackage(rootPackage + ".."))))
        .as(rootPackage + " compiles against the exported packages of labinov's modules only")
        .because("applications and examples use labinov as any embedder would: through its API and SPI");
  }

  /**
   * Public and protected members of public classes under {@code rootPackage}, outside
   * {@code ..internal..}, use no Jackson, Guava or internal type in their parameters, return types,
   * generic type arguments, thrown exceptions, field types or supertypes.
   *
   * @param rootPackage e.g. {@code id.labinov.core}
   * @return the rule
   */
  public static ArchRule publicApiExposesNoForeignOrInternalTypes(String rootPackage) {
    return classes()
        .that().resideInAPackage(rootPackage + "..")
        .and().resideOutsideOfPackage("..internal..")
        .and(isApi())
        .should(exposeNoTypeFrom(FOREIGN_OR_INTERNAL))
        .as("public signatures in " + rootPackage + " expose no Jackson, Guava or internal types")
        .because("users must be able to upgrade labinov, Jackson and Guava independently, and internals may change"
            + " in any release")
        .allowEmptyShould(true);
  }

  // ------------------------------------------------------------------------------ import options

  /**
   * Excludes test classes from any Maven build folder: {@link ImportOption.DoNotIncludeTests} knows
   * only {@code target/test-classes}, but labinov builds may use {@code -Dlabinov.target=target-x}.
   */
  public static final class DoNotIncludeTestsInAnyBuildFolder implements ImportOption {
    private static final Pattern TEST_CLASSES = Pattern.compile(".*/[^/]+/test-classes/.*");

    @Override
    public boolean includes(Location location) {
      return !location.matches(TEST_CLASSES);
    }
  }

  // ------------------------------------------------------------------------------ building blocks

  private static DescribedPredicate<JavaClass> fileIo() {
    Set<String> names = Set.of("java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream",
        "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile", "java.io.FileDescriptor",
        "java.nio.channels.FileChannel", "java.nio.channels.AsynchronousFileChannel");
    return DescribedPredicate.describe("do file I/O",
        c -> names.contains(c.getName()) || c.getPackageName().startsWith("java.nio.file"));
  }

  /** Public, and every enclosing class public too: reachable by users. */
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
    return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED)
        && !m.getOwner().getModifiers().contains(JavaModifier.FINAL);
  }

  /**
   * The condition: no visible signature involves a class from the given packages.
   *
   * @param packageIdentifiers ArchUnit package identifiers, e.g. {@code tools.jackson..}
   * @return the condition
   */
  public static ArchCondition<JavaClass> exposeNoTypeFrom(String... packageIdentifiers) {
    DescribedPredicate<JavaClass> forbidden = resideInAnyPackage(packageIdentifiers);
    return new ArchCondition<>("expose no type from " + String.join(", ", packageIdentifiers)) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> where = new ArrayList<>();
        Set<JavaType> supertypes = new LinkedHashSet<>();
        c.getSuperclass().ifPresent(supertypes::add);
        supertypes.addAll(c.getInterfaces());
        supertypes.forEach(t -> check(t, "supertype of " + c.getName(), forbidden, where));
        for (JavaField f : c.getFields()) {
          if (isVisible(f)) {
            check(f.getType(), "field " + f.getFullName(), forbidden, where);
          }
        }
        for (JavaCodeUnit u : c.getCodeUnits()) {
          if (!isVisible(u) || u.getModifiers().contains(JavaModifier.SYNTHETIC)
              || u.getModifiers().contains(JavaModifier.BRIDGE)) {
            continue;
          }
          check(u.getReturnType(), "return type of " + u.getFullName(), forbidden, where);
          u.getParameterTypes().forEach(t -> check(t, "parameter of " + u.getFullName(), forbidden, where));
          u.getThrowsClause().getTypes().forEach(t -> check(t, "throws clause of " + u.getFullName(), forbidden, where));
        }
        where.forEach(w -> events.add(SimpleConditionEvent.violated(c, w)));
        if (where.isEmpty()) {
          events.add(SimpleConditionEvent.satisfied(c, c.getName() + " exposes no forbidden type"));
        }
      }

      private void check(JavaType type, String where, DescribedPredicate<JavaClass> forbidden, List<String> out) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
          if (forbidden.test(involved)) {
            out.add(where + " exposes " + involved.getName() + " (in " + type.getName() + ")");
          }
        }
      }
    };
  }
}
