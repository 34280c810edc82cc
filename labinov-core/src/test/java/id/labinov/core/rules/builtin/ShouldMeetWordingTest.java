package id.labinov.core.rules.builtin;

import static id.labinov.core.rules.builtin.Gates.JAKARTA;
import static id.labinov.core.rules.builtin.Gates.NOW;
import static id.labinov.core.rules.builtin.Gates.facts;
import static id.labinov.core.rules.builtin.Gates.withRule;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.EvaluationSummary;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.ProgrammeContext;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule type can be written as should-meet, so each message it can give has a
 * should-form that reads as advice: the same rule broken as must-meet reads "wajib" / "must", as
 * should-meet "sebaiknya" / "should" (issue 19).
 */
class ShouldMeetWordingTest {
  private static final RuleContext PLAIN = Gates.CONTEXT;

  /**
   * One way to break a rule: its type and parameters, facts and context that break it, and the
   * message key it answers with.
   */
  record Breach(String type, String params, Supplier<SimpleFacts.Builder> facts, RuleContext context, String key) {
    @Override
    public String toString() {
      return key;
    }
  }

  static Stream<Breach> breaches() {
    return Stream.of(
        new Breach("required-field", "{\"field\": \"results\"}", Gates::facts, PLAIN, "violation.FIELD_REQUIRED"),
        new Breach("min-length", "{\"field\": \"problem\", \"min\": 20}", () -> facts().field("problem", "Antrean panjang"),
            PLAIN, "violation.FIELD_TOO_SHORT.WORDS"),
        new Breach("min-length", "{\"field\": \"problem\", \"min\": 200, \"unit\": \"CHARACTERS\"}",
            () -> facts().field("problem", "Antrean panjang"), PLAIN, "violation.FIELD_TOO_SHORT.CHARACTERS"),
        new Breach("evidence", "{\"kind\": \"PHOTO\"}", Gates::facts, PLAIN, "violation.EVIDENCE_MISSING"),
        new Breach("actor-role", "{\"anyOf\": [\"LAB_ADMIN\"]}", Gates::facts, PLAIN, "violation.ROLE_NOT_PERMITTED"),
        new Breach("approvals", "{\"role\": \"OPD_HEAD\"}", Gates::facts, PLAIN, "violation.APPROVALS_MISSING"),
        new Breach("min-days-in-stage", "{\"days\": 60}", Gates::facts, PLAIN, "violation.TOO_EARLY_IN_STAGE"),
        new Breach("no-open-conditions", null, () -> facts().openCondition("Lampirkan SK tim inovasi"), PLAIN,
            "violation.CONDITIONS_OPEN"),
        new Breach("phase-window", "{\"stage\": \"DESIGN\"}", Gates::facts, window("2025-03-11", "2025-04-01"),
            "violation.PHASE_NOT_OPEN"),
        new Breach("phase-window", "{\"stage\": \"DESIGN\"}", Gates::facts, window("2025-02-10", "2025-03-10"),
            "violation.PHASE_CLOSED"),
        new Breach("min-evaluation-score", "{\"scheme\": \"kovablik\", \"min\": 70}", Gates::facts, PLAIN,
            "violation.NOT_EVALUATED"),
        new Breach("min-evaluation-score", "{\"scheme\": \"kovablik\", \"min\": 70}", Gates::facts, scored("64.5", 3),
            "violation.SCORE_TOO_LOW"),
        new Breach("min-evaluators", "{\"scheme\": \"kovablik\", \"count\": 3}", Gates::facts, scored("80", 2),
            "violation.TOO_FEW_EVALUATORS"),
        new Breach("status", "{\"anyOf\": [\"DROPPED\"]}", Gates::facts, PLAIN, "violation.WRONG_STATUS.rule"),
        new Breach("approval-role", "{\"anyOf\": [\"OPD_HEAD\"]}", () -> facts().approvalRole(Role.COACH), PLAIN,
            "violation.ROLE_CANNOT_APPROVE"),
        new Breach("approval-role", "{\"anyOf\": [\"OPD_HEAD\"]}", () -> facts().approvalRole(Role.OPD_HEAD), PLAIN,
            "violation.ROLE_NOT_HELD"),
        new Breach("approver-own-opd", "{\"roles\": [\"OPD_HEAD\"]}",
            () -> facts().approvalRole(Role.OPD_HEAD).opd(OpdCode.of("BAPPEDA")), PLAIN, "violation.OTHER_OPD"),
        new Breach("approver-own-opd", "{\"roles\": [\"OPD_HEAD\"]}", () -> facts().approvalRole(Role.OPD_HEAD)
            .opd(OpdCode.of("BAPPEDA")).actor(Actor.of("kepala-tanpa-unit", null, Role.OPD_HEAD)), PLAIN,
            "violation.OTHER_OPD.NONE"),
        new Breach("actor-own-opd", "{\"exempt\": [\"LAB_ADMIN\"]}", () -> facts().opd(OpdCode.of("BAPPEDA")), PLAIN,
            "violation.ACTOR_OTHER_OPD"),
        new Breach("actor-on-team", "{\"exempt\": [\"LAB_ADMIN\"]}", () -> facts().proposer(PersonId.of("p-lain-02")),
            PLAIN, "violation.ACTOR_NOT_ON_TEAM"),
        new Breach("actor-in-region", null, () -> facts().region(RegionCode.parse("36.02")), PLAIN,
            "violation.ACTOR_OUTSIDE_REGION"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaches")
  void wordsAShouldMeetViolationAsAdviceAndAMustMeetOneAsARequirement(Breach b) {
    Violation must = breach(b, Severity.MUST);
    Violation should = breach(b, Severity.SHOULD);

    assertThat(must.messageKey()).isEqualTo(b.key());
    assertThat(should.messageKey()).as("the key machines read stays the same").isEqualTo(b.key());
    assertThat(should.code()).isEqualTo(must.code());
    assertThat(should.arguments()).isEqualTo(must.arguments());
    assertThat(Messages.isDefined(b.key() + Violation.SHOULD_FORM)).as("a should-form in both languages").isTrue();
    assertThat(should.message(Messages.INDONESIAN)).containsIgnoringCase("sebaiknya").doesNotContain("wajib")
        .isNotEqualTo(must.message(Messages.INDONESIAN));
    assertThat(should.message(Locale.ENGLISH)).containsAnyOf("should", "recommended", "Preferably")
        .doesNotContain("must", "needed").isNotEqualTo(must.message(Locale.ENGLISH));
    assertThat(must.message(Messages.INDONESIAN)).doesNotContainIgnoringCase("sebaiknya");
    assertThat(must.message(Locale.ENGLISH)).doesNotContain("should", "recommended", "Preferably");
  }

  @Test
  void coversEveryBuiltInRuleType() {
    Set<String> covered = breaches().map(Breach::type).collect(Collectors.toCollection(TreeSet::new));

    assertThat(covered).isEqualTo(new TreeSet<>(RuleTypes.builtIn().names()));
  }

  @Test
  void readsTheResultsFieldAsAdviceWhenItOnlyShouldBeFilledIn() {
    Violation v = breach(breaches().findFirst().orElseThrow(), Severity.SHOULD);

    assertThat(v.message(Messages.INDONESIAN)).isEqualTo("Hasil sebaiknya diisi.");
    assertThat(v.message(Locale.ENGLISH)).isEqualTo("Results should be filled in.");
  }

  @Test
  void keepsTheMustMeetWordingForANotApplicableRule() {
    // not-applicable outcomes are listed with severity SHOULD; they have no should-form and read as they are
    Violation skipped = Rulebooks.check(withRule("phase-window", Severity.MUST, "{\"stage\": \"DESIGN\"}"), "go",
        facts().build(), PLAIN).notApplicable().get(0);

    assertThat(skipped.message(Messages.INDONESIAN))
        .isEqualTo("Inovasi tidak termasuk program mana pun: aturan program tidak berlaku.");
  }

  private static Violation breach(Breach b, Severity severity) {
    List<Violation> found = Rulebooks.check(withRule(b.type(), severity, b.params()), "go", b.facts().get().build(),
        b.context()).violations().stream().filter(v -> v.ruleType().equals(b.type())).toList();
    assertThat(found).as("violations of %s", b.type()).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(severity);
    return found.get(0);
  }

  private static RuleContext window(String start, String end) {
    return RuleContext.builder().now(NOW).zone(JAKARTA)
        .programme(new ProgrammeContext("lab-2025", true, Set.of(), Map.of("DESIGN", PhaseWindow.of(start, end))))
        .build();
  }

  private static RuleContext scored(String score, int evaluators) {
    return RuleContext.builder().now(NOW).zone(JAKARTA)
        .evaluation(new EvaluationSummary("kovablik", new BigDecimal(score), evaluators)).build();
  }
}
