package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.OTHER_HEAD;
import static id.labinov.core.facade.LabFixture.details;
import static id.labinov.core.facade.LabFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Refusal;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.core.rules.EvaluationSummary;
import id.labinov.core.rules.Rule;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.RuleOutcome;
import id.labinov.core.rules.RuleParameters;
import id.labinov.core.rules.RuleType;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The command path's replaceable steps and the rules of non-transition commands as rulebook data. */
class CommandPathTest {

  /** The 5D rulebook with its own commands section in which only a coach may update details. */
  private static Rulebook coachEditsOnly() {
    String json = Rulebooks.fiveD().toCanonicalJson();
    String commands = ",\"commands\":{\"update-details\":{\"rules\":[{\"params\":{\"anyOf\":[\"COACH\"]},"
        + "\"severity\":\"MUST\",\"type\":\"actor-role\"}]}}";
    int end = json.lastIndexOf('}');
    return Rulebooks.parse(json.substring(0, end).replace("\"id\":\"5d\"", "\"id\":\"5d-coach-edits\"") + commands + "}");
  }

  @Nested
  class CommandRulesAreData {
    @Test
    void theShippedRulebooksUseTheDefaultCommandRulesAndKeepTheirCanonicalForm() {
      Rulebook fiveD = Rulebooks.fiveD();
      assertThat(fiveD.hasOwnCommandRules()).isFalse();
      assertThat(fiveD.toCanonicalJson()).doesNotContain("\"commands\"");
      assertThat(fiveD.commandRules("approve")).extracting(r -> r.type())
          .containsExactly("status", "approval-role", "approver-own-opd");
      assertThat(fiveD.commandRules("propose")).extracting(r -> r.type()).containsExactly("actor-role");
      assertThatThrownBy(() -> fiveD.commandRules("delete"))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("UNKNOWN_COMMAND");
            assertThat(e.getMessage(java.util.Locale.ENGLISH)).isEqualTo("The command \"delete\" is unknown in the"
                + " commands section: use one of propose, update-details, attach-evidence, approve.");
            assertThat(e.getMessage(id.labinov.core.i18n.Messages.INDONESIAN)).startsWith("Perintah \"delete\" tidak dikenal");
          });
    }

    @Test
    void aRulebooksOwnCommandsSectionReplacesTheDefaultsAndRoundTrips() {
      Rulebook own = coachEditsOnly();
      assertThat(own.hasOwnCommandRules()).isTrue();
      assertThat(own.commandRules("update-details")).hasSize(1);
      assertThat(own.commandRules("approve")).as("a command the section leaves out has no rules").isEmpty();
      assertThat(Rulebooks.parse(own.toCanonicalJson())).isEqualTo(own);
      assertThat(own.hash()).isNotEqualTo(Rulebooks.fiveD().hash());
    }

    @Test
    void theFacadeAppliesARulebooksOwnCommandRules() {
      LabFixture f = LabFixture.create(b -> b.rulebook(coachEditsOnly()));
      InnovationRef ref = f.proposed();

      CommandResult byInnovator = f.lab.innovations().updateDetails(ref, INNOVATOR,
          details().withText("results", "Hasil"), Options.none());
      CommandResult byCoach = f.lab.innovations().updateDetails(ref, COACH,
          details().withText("results", "Hasil"), Options.none());

      assertThat(byInnovator.accepted()).isFalse();
      assertThat(byInnovator.verdict().violations()).extracting(Violation::code, Violation::ruleType)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ROLE_NOT_PERMITTED", "actor-role"));
      assertThat(byCoach.accepted()).isTrue();
    }

    @Test
    void theDefaultApprovalRulesRefuseAnotherUnitsHeadWithTheRuleTypeNamed() {
      // the gate alone: the default authorisation would refuse another unit's head first (NOT_OWN_OPD)
      LabFixture f = LabFixture.create(b -> b.authorisation(id.labinov.core.engine.Authorisation.gatesOnly()));
      InnovationRef ref = f.proposed();

      CommandResult r = f.lab.innovations().approve(ref, OTHER_HEAD, Role.OPD_HEAD, null, Options.none());

      assertThat(r.verdict().violations()).extracting(Violation::code, Violation::ruleType)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("OTHER_OPD", "approver-own-opd"));
      assertThat(f.history(ref)).hasSize(1);
    }

    @Test
    void aCommandsSectionIsValidatedWithJsonPaths() {
      String json = Rulebooks.fiveD().toCanonicalJson();
      String bad = json.substring(0, json.lastIndexOf('}')) + ",\"commands\":{\"delete\":{\"rules\":[]},"
          + "\"approve\":{\"rules\":[{\"type\":\"no-such-type\",\"severity\":\"MUST\"}]}}}";

      assertThatThrownBy(() -> Rulebooks.parse(bad)).isInstanceOfSatisfying(RulebookValidationException.class, e ->
          assertThat(e.problems()).extracting(p -> p.path() + " " + p.code()).containsExactlyInAnyOrder(
              "$.commands.delete UNKNOWN_PROPERTY", "$.commands.approve.rules[0].type UNKNOWN_RULE_TYPE"));
    }
  }

  @Nested
  class ReplaceableSteps {
    @Test
    void aHostsAuthorisationStepRefusesBeforeTheDeciderAndStoresNothing() {
      Violation notYours = new Violation("NOT_YOUR_OPD", Severity.MUST, "authorisation", "violation.ROLE_NOT_PERMITTED",
          List.of("DINKES"));
      LabFixture f = LabFixture.create(b -> b.authorisation((request, state) ->
          state != null && request.actor().opd() != null && !request.actor().opd().equals(state.details().opd())
              ? List.of(notYours) : List.of()));
      InnovationRef ref = f.proposed();
      Actor dishubInnovator = Actor.of("asn-dishub-4", "DISHUB", Role.INNOVATOR).in(LEBAK);

      CommandResult r = f.lab.innovations().drop(ref, dishubInnovator, "bukan urusan kami", Options.none());

      assertThat(r.accepted()).isFalse();
      assertThat(r.verdict().codes()).containsExactly("NOT_YOUR_OPD");
      assertThat(r.verdict().transitionId()).isEqualTo("drop");
      assertThat(f.history(ref)).hasSize(1);
      assertThat(f.lab.innovations().drop(ref, INNOVATOR, "tidak dilanjutkan", Options.none()).accepted()).isTrue();
    }

    @Test
    void everyRefusalReachesTheRefusalSinkWithCodesAndPersonIdsOnly() {
      List<Refusal> refusals = Collections.synchronizedList(new ArrayList<>());
      LabFixture f = LabFixture.create(b -> b.refusalSink(refusals::add));
      InnovationRef ref = f.proposed();

      f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());
      f.lab.innovations().advance(ref, INNOVATOR, "DELIVER", Options.none());
      f.lab.innovations().approve(ref, OTHER_HEAD, Role.OPD_HEAD, null, Options.none());
      f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "k.pdf"), Options.none());

      assertThat(refusals).extracting(Refusal::verdictId).containsExactly("drum-up-to-diagnose", "advance", "approve");
      assertThat(refusals.get(0).codes()).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
      assertThat(refusals.get(1).codes()).containsExactly("NO_TRANSITION");
      assertThat(refusals.get(2).actor()).isEqualTo(OTHER_HEAD.personId());
      assertThat(refusals).allMatch(x -> x.target().equals(ref) && x.at().equals(f.lab.clock().instant()
          .truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
    }

    @Test
    void aFailingRefusalSinkNeverChangesTheResult() {
      LabFixture f = LabFixture.create(b -> b.refusalSink(x -> {
        throw new IllegalStateException("log down");
      }));
      InnovationRef ref = f.proposed();

      CommandResult r = f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());

      assertThat(r.accepted()).isFalse();
      assertThat(r.verdict().codes()).contains("EVIDENCE_MISSING");
    }
  }

  /** A plug-in rule type that reads an evaluation: it must receive the results as built-in types do. */
  static final class NeedsKippScore implements RuleType {
    static final AtomicReference<Optional<EvaluationSummary>> SEEN = new AtomicReference<>();

    @Override
    public String name() {
      return "test:needs-kipp-score";
    }

    @Override
    public Rule create(RuleParameters parameters) {
      String scheme = parameters.text("scheme");
      return new Rule() {
        @Override
        public RuleOutcome evaluate(id.labinov.core.rules.Facts facts, RuleContext context) {
          SEEN.set(context.evaluation(scheme));
          return context.evaluation(scheme).isPresent() ? RuleOutcome.passed()
              : RuleOutcome.violated("NOT_EVALUATED", "violation.NOT_EVALUATED", scheme);
        }

        @Override
        public Set<String> evaluationSchemes() {
          return Set.of(scheme);
        }
      };
    }
  }

  @Test
  void aPlugInRuleTypeReceivesTheEvaluationResultsItDeclares() {
    String kipp = EvaluationSchemes.kippCriteria().id();
    String json = Rulebooks.fiveD().toCanonicalJson().replace("\"id\":\"5d\"", "\"id\":\"5d-kipp-gate\"")
        .replace("{\"params\":{\"field\":\"title\"},\"severity\":\"MUST\",\"type\":\"required-field\"}",
            "{\"params\":{\"scheme\":\"" + kipp + "\"},\"severity\":\"MUST\",\"type\":\"test:needs-kipp-score\"}");
    Rulebook rulebook = Rulebooks.parse(json, RuleTypes.builder().register(new NeedsKippScore()).build());
    assertThat(rulebook.evaluationSchemes()).containsExactly(kipp);
    LabFixture f = LabFixture.create(b -> b.rulebook(rulebook).evaluationStore(new InMemoryEvaluationStore()));
    InnovationRef ref = f.proposed();
    f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "k.pdf"), Options.none()).orThrow();
    f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();

    assertThat(f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).verdict().codes())
        .containsExactly("NOT_EVALUATED");
    Map<String, BigDecimal> scores = new java.util.TreeMap<>();
    var scheme = EvaluationSchemes.kippCriteria();
    scheme.criteria().forEach(c -> scores.put(c.code(), scheme.scale().max()));
    assertThat(f.lab.evaluations().submitScores(ref, LabFixture.EVALUATOR, kipp, 2024, scores).verdict().allowed())
        .isTrue();

    assertThat(f.lab.innovations().advance(ref, ADMIN, "DIAGNOSE", Options.none()).accepted()).isTrue();
    assertThat(NeedsKippScore.SEEN.get()).hasValueSatisfying(s -> assertThat(s.evaluatorCount()).isEqualTo(1));
  }
}
