package id.labinov.reporting.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.labinov.core.architecture.LabinovArchRules;
import id.labinov.reporting.architecture.planted.ExposesJackson;
import id.labinov.reporting.architecture.planted.ReadsNip;
import id.labinov.reporting.architecture.planted.RendersInComputation;
import id.labinov.reporting.architecture.planted.UsesCoreInternals;
import id.labinov.reporting.architecture.planted.UsesJdbc;
import id.labinov.reporting.architecture.planted.UsesPersistence;
import id.labinov.reporting.data.planted.RecordThatRenders;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * labinov-reporting's architecture, checked on its main classes; and each rule shown to fail on a
 * deliberately bad class in {@code planted}.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .withImportOption(new ReportingArchRules.MainClassesOnly())
      .importPackages(ReportingArchRules.REPORTING);

  static List<ArchRule> rules() {
    return ReportingArchRules.all();
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
    assertThat(MAIN.contain("id.labinov.reporting.Reports")).isTrue();
    assertThat(MAIN.contain("id.labinov.reporting.render.XlsxRenderer")).isTrue();
    assertThat(MAIN.contain("id.labinov.reporting.data.ProgrammeSummary")).isTrue();
    assertThat(MAIN.contain(UsesJdbc.class.getName())).isFalse();
    assertThat(MAIN.contain(ArchitectureTest.class.getName())).isFalse();
  }

  @Nested
  class EachRuleCanFail {
    private static final String PLANTED = "id.labinov.reporting.architecture.planted";

    private void assertFails(ArchRule rule, Class<?> bad, String mentioned) {
      EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(bad));
      assertThat(result.hasViolation()).as("%s should fail on %s", rule.getDescription(), bad.getSimpleName()).isTrue();
      assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains(mentioned));
    }

    @Test
    void failsOnJdbc() {
      assertFails(ReportingArchRules.noJdbc(PLANTED), UsesJdbc.class, "java.sql.Connection");
    }

    @Test
    void failsOnThePersistenceModule() {
      assertFails(ReportingArchRules.noPersistenceModule(PLANTED), UsesPersistence.class,
          "id.labinov.persistence.jdbc.fake.FakeJdbcStore");
    }

    @Test
    void failsOnCoreInternals() {
      assertFails(LabinovArchRules.coreInternalsOnlyThroughQualifiedExports(ReportingArchRules.REPORTING),
          UsesCoreInternals.class,
          "id.labinov.core.internal.json.JsonTree");
    }

    @Test
    void failsOnNips() {
      assertFails(ReportingArchRules.noIdentityNumbers(PLANTED), ReadsNip.class, "id.labinov.core.model.Nip");
    }

    @Test
    void failsOnAFormatOutsideRender() {
      assertFails(ReportingArchRules.formatsOnlyInRender(PLANTED), RendersInComputation.class, "org.dhatim");
    }

    @Test
    void failsOnARecordThatRenders() {
      assertFails(ReportingArchRules.dataIsPlainWithinItself("id.labinov.reporting"), RecordThatRenders.class,
          "id.labinov.reporting.render.JsonRenderer");
    }

    @Test
    void failsOnJacksonInAPublicSignature() {
      assertFails(ReportingArchRules.apiExposesNoForeignOrInternalTypes(PLANTED), ExposesJackson.class,
          "tools.jackson.core.JsonGenerator");
    }

    @Test
    void failsOnACycle() {
      JavaClasses cycle = new ClassFileImporter().importPackages(PLANTED + ".cycle");
      EvaluationResult result = ReportingArchRules.freeOfCycles(PLANTED + ".cycle").evaluate(cycle);
      assertThat(result.hasViolation()).isTrue();
    }
  }
}
