package id.labinov.persistence.jdbc.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import id.labinov.core.architecture.LabinovArchRules;
import id.labinov.core.engine.Decider;
import id.labinov.core.rules.RuleContext;
import java.util.List;
import java.util.Set;

/** The architecture rules of labinov-persistence-jdbc, named so that they read as sentences. */
final class JdbcArchRules {
  static final String JDBC = "id.labinov.persistence.jdbc";

  /** The public API: everything else in the package is package-private. */
  static final Set<String> API = Set.of("JdbcStorage", "JdbcStorage$Builder", "JdbcInnovationStore",
      "JdbcRulebookStore", "JdbcChangeFeed", "FeedEntry", "LatestHash",
      "JdbcSettingException", "SchemaVersionException", "SchemaTooNewException",
      "SchemaNotAppliedException", "JdbcProgrammeStore", "JdbcEvaluationStore", "JdbcRefusalLog", "JdbcDirectory",
      "JdbcEvidenceRegister", "JdbcClaimVerificationStore", "JdbcCycleStore", "FeedCursor", "FeedPage", "JdbcUrls",
      "TransactionBinding");

  private JdbcArchRules() {}

  /** The module builds on core only: never on reporting, examples or benchmarks. */
  static ArchRule dependsOnNoLabinovModuleButCore(String rootPackage) {
    return noClasses().that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat(resideInAPackage(LabinovArchRules.LABINOV + "..")
            .and(DescribedPredicate.not(resideInAPackage(LabinovArchRules.CORE + "..")))
            .and(DescribedPredicate.not(resideInAPackage(JDBC + ".."))))
        .as(rootPackage + " depends on no labinov module but core")
        .because("the arrows point towards core: reporting works over the query port, never over JDBC");
  }

  /**
   * The store writes what the facade decided: gates and rule contexts are core's command pipeline,
   * so a batch import decides exactly as a proposal (region rulebook, zone, programme).
   */
  static ArchRule decidesNoCommand(String rootPackage) {
    DescribedPredicate<JavaMethodCall> deciding = DescribedPredicate.describe("decide a command (Decider.decide*)",
        call -> call.getTarget().getOwner().getName().equals(Decider.class.getName())
            && call.getTarget().getName().startsWith("decide"));
    return noClasses().that().resideInAPackage(rootPackage + "..")
        .should().callMethodWhere(deciding)
        .orShould().dependOnClassesThat().haveFullyQualifiedName(RuleContext.class.getName())
        .as(rootPackage + " decides no command and builds no rule context")
        .because("deciding is the facade's pipeline; a second one (the old JDBC import) ignored region rulebooks and zones");
  }

  /** Drivers and pools are the host's choice. */
  static ArchRule bringsNoDriverPoolOrJson(String rootPackage) {
    return noClasses().that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "com.zaxxer..", "org.postgresql..",
            "org.mariadb..", "com.mysql..", "tools.jackson..", "com.fasterxml.jackson..", "com.google.common..")
        .as(rootPackage + " uses no JDBC driver, pool, Jackson or Guava")
        .because("the library takes any DataSource, and its jar must add no dependency beyond core");
  }

  /** Helpers stay package-private; only the listed API is public. */
  static ArchRule onlyTheApiIsPublic(String pkg, Set<String> api) {
    DescribedPredicate<JavaClass> outsideApi = DescribedPredicate.describe("are not listed as API",
        c -> !api.contains(c.getName().substring(c.getPackageName().length() + 1)));
    return noClasses().that().resideInAPackage(pkg).and(are(outsideApi))
        .should().haveModifier(JavaModifier.PUBLIC)
        .as("only the API of " + pkg + " is public")
        .because("helpers are package-private so that they may change in any release (STYLE.md)");
  }

  static List<ArchRule> all() {
    return List.of(
        LabinovArchRules.coreInternalsOnlyThroughQualifiedExports(JDBC),
        dependsOnNoLabinovModuleButCore(JDBC),
        bringsNoDriverPoolOrJson(JDBC),
        decidesNoCommand(JDBC),
        LabinovArchRules.publicApiExposesNoForeignOrInternalTypes(JDBC),
        onlyTheApiIsPublic(JDBC, API));
    // No cycle rule: the module is one package (helpers are package-private instead of "internal").
  }
}
