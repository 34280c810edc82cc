package id.labinov.core.rules.builtin;

import static id.labinov.core.rules.builtin.Gates.CONTEXT;
import static id.labinov.core.rules.builtin.Gates.JAKARTA;
import static id.labinov.core.rules.builtin.Gates.NOW;
import static id.labinov.core.rules.builtin.Gates.assertViolation;
import static id.labinov.core.rules.builtin.Gates.check;
import static id.labinov.core.rules.builtin.Gates.facts;
import static id.labinov.core.rules.builtin.Gates.only;
import static id.labinov.core.rules.builtin.Gates.withRule;
import static id.labinov.core.rules.builtin.Gates.withRules;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.EvaluationSummary;
import id.labinov.core.rules.HoldPeriod;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.ProgrammeContext;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Examples of each built-in rule type, through {@link Rulebooks#check}: the violation's code,
 * severity, rule type, arguments, and its message in English and Bahasa Indonesia.
 */
class BuiltInRuleTypesTest {

  @Nested
  class RequiredField {
    private final Rulebook title = withRule("required-field", Severity.MUST, "{\"field\": \"title\"}");

    @Test
    void passesWhenTheFieldHasText() {
      assertThat(check(title, facts().field("title", "Antrean Daring")).violations()).isEmpty();
    }

    @Test
    void refusesAFieldOfWhiteSpaceOnly() {
      Verdict v = check(title, facts().field("title", " \t\n "));
      assertThat(v.allowed()).isFalse();
      assertViolation(only(v), "FIELD_REQUIRED", Severity.MUST, "required-field", List.of("title"),
          "Title must be filled in.", "Judul wajib diisi.");
    }

    @Test
    void namesAFieldWithoutALabelAsWritten() {
      Rulebook tagline = withRule("required-field", Severity.MUST, "{\"field\": \"tagline\"}");
      assertViolation(only(check(tagline, facts())), "FIELD_REQUIRED", Severity.MUST, "required-field",
          List.of("tagline"), "tagline must be filled in.", "tagline wajib diisi.");
    }

    @Test
    void onlyWarnsWhenShouldMeet() {
      Rulebook goals = withRule("required-field", Severity.SHOULD, "{\"field\": \"goals\"}");
      Verdict v = check(goals, facts());
      assertThat(v.allowed()).isTrue();
      assertThat(v.warnings()).containsExactlyElementsOf(v.violations());
      assertViolation(only(v), "FIELD_REQUIRED", Severity.SHOULD, "required-field", List.of("goals"),
          "Goals should be filled in.", "Tujuan sebaiknya diisi.");
    }

    @Test
    void readsTheOpdFieldFromTheInnovationsUnit() {
      Rulebook opd = withRule("required-field", Severity.MUST, "{\"field\": \"opd\"}");
      assertThat(check(opd, facts().opd(OpdCode.of("DINKES"))).violations()).isEmpty();
      assertViolation(only(check(opd, facts())), "FIELD_REQUIRED", Severity.MUST, "required-field", List.of("opd"),
          "OPD (work unit) must be filled in.", "OPD (perangkat daerah) wajib diisi.");
    }
  }

  @Nested
  class MinLength {
    @ParameterizedTest(name = "[{0}] has {1} words")
    @CsvSource(delimiter = '|', value = {
        "satu dua tiga|3",
        "'   satu    dua   '|2",
        "berjam-jam|1",
        "kata, kata. kata!|3",
        "— ... !! ?|0",
        "2025 (1) - •|2",
        "Ünïcödé naïve café|3",
        "😀 🎉 satu|1",
        "kata—kata|1"})
    void countsTokensHoldingALetterOrDigitAsWords(String text, int words) {
      Rulebook rb = withRule("min-length", Severity.MUST, "{\"field\": \"problem\", \"min\": %d, \"unit\": \"WORDS\"}".formatted(words + 1));
      Violation v = only(check(rb, facts().field("problem", text)));
      assertThat(v.arguments()).containsExactly("problem", words, words + 1);
      Rulebook exact = withRule("min-length", Severity.MUST, "{\"field\": \"problem\", \"min\": %d}".formatted(Math.max(1, words)));
      assertThat(check(exact, facts().field("problem", text)).allowed()).isEqualTo(words > 0);
    }

    @Test
    void splitsWordsAtTabsAndLineBreaks() {
      Rulebook rb = withRule("min-length", Severity.MUST, "{\"field\": \"problem\", \"min\": 5}");
      Violation v = only(check(rb, facts().field("problem", "satu\tdua\nTiga\r\nempat")));
      assertThat(v.arguments()).containsExactly("problem", 4, 5);
    }

    @ParameterizedTest(name = "[{0}] has {1} characters")
    @CsvSource(delimiter = '|', value = {
        "😀|1",
        "e\u0301|1",
        "'  ab  '|2",
        "a b|3",
        "🇮🇩|2",
        "Café 😀 ok|9"})
    void countsCodePointsAfterNormalisation(String text, int characters) {
      Rulebook rb = withRule("min-length", Severity.MUST,
          "{\"field\": \"tagline\", \"min\": %d, \"unit\": \"CHARACTERS\"}".formatted(characters + 1));
      Violation v = only(check(rb, facts().field("tagline", text)));
      assertThat(v.arguments()).containsExactly("tagline", characters, characters + 1);
    }

    @Test
    void passesAtExactlyTheMinimum() {
      String words300 = "kata ".repeat(300).strip() + " — ...";
      Rulebook rb = withRule("min-length", Severity.MUST, "{\"field\": \"designNarrative\", \"min\": 300, \"unit\": \"WORDS\"}");
      assertThat(check(rb, facts().field("designNarrative", words300)).violations()).isEmpty();
    }

    @Test
    void refusesOneWordShortWithBothMessages() {
      String words299 = "kata ".repeat(299).strip() + " — ... !";
      Rulebook rb = withRule("min-length", Severity.MUST, "{\"field\": \"designNarrative\", \"min\": 300, \"unit\": \"WORDS\"}");
      assertViolation(only(check(rb, facts().field("designNarrative", words299))), "FIELD_TOO_SHORT", Severity.MUST,
          "min-length", List.of("designNarrative", 299, 300),
          "Design narrative (rancang bangun) has 299 words; at least 300 are needed.",
          "Rancang bangun berisi 299 kata; paling sedikit 300 kata.");
    }

    @Test
    void reportsCharactersWithGroupedNumbersInEachLanguage() {
      Rulebook rb = withRule("min-length", Severity.SHOULD, "{\"field\": \"tagline\", \"min\": 1500, \"unit\": \"CHARACTERS\"}");
      assertViolation(only(check(rb, facts().field("tagline", "Kopi ☕"))), "FIELD_TOO_SHORT", Severity.SHOULD,
          "min-length", List.of("tagline", 6, 1500),
          "tagline has 6 characters; at least 1,500 are recommended.",
          "tagline berisi 6 karakter; sebaiknya paling sedikit 1.500 karakter.");
    }

    @Test
    void countsAMissingFieldAsZeroWords() {
      Rulebook rb = withRule("min-length", Severity.SHOULD, "{\"field\": \"problem\", \"min\": 20}");
      assertViolation(only(check(rb, facts())), "FIELD_TOO_SHORT", Severity.SHOULD, "min-length",
          List.of("problem", 0, 20), "Problem statement has 0 words; at least 20 are recommended.",
          "Rumusan masalah berisi 0 kata; sebaiknya paling sedikit 20 kata.");
    }
  }

  @Nested
  class Evidence {
    private final Rulebook surveys = withRule("evidence", Severity.MUST, "{\"kind\": \"SURVEY\", \"min\": 3}");

    @Test
    void passesWithTheMinimumOfThatKind() {
      assertThat(check(surveys, facts().evidence("SURVEY", 3)).violations()).isEmpty();
    }

    @Test
    void refusesOneShortAndIgnoresOtherKinds() {
      assertViolation(only(check(surveys, facts().evidence("SURVEY", 2).evidence("PHOTO", 9))), "EVIDENCE_MISSING",
          Severity.MUST, "evidence", List.of("SURVEY", 2, 3),
          "Evidence (SURVEY): 2 attached, at least 3 needed.",
          "Bukti dukung SURVEY: 2 terlampir, paling sedikit 3.");
    }

    @Test
    void needsOnePieceByDefault() {
      Rulebook photo = withRule("evidence", Severity.SHOULD, "{\"kind\": \"PHOTO\"}");
      assertThat(check(photo, facts().evidence("PHOTO", 1)).violations()).isEmpty();
      Verdict v = check(photo, facts());
      assertThat(v.allowed()).isTrue();
      assertViolation(only(v), "EVIDENCE_MISSING", Severity.SHOULD, "evidence", List.of("PHOTO", 0, 1),
          "Evidence (photo): 0 attached; at least 1 should be attached.",
          "Bukti dukung foto kegiatan sebaiknya dilampirkan paling sedikit 1; yang terlampir 0.");
    }
  }

  @Nested
  class ActorRole {
    @Test
    void passesWhenTheActorHoldsAnyListedRole() {
      Rulebook rb = withRule("actor-role", Severity.MUST, "{\"anyOf\": [\"LAB_ADMIN\", \"COACH\"]}");
      Actor both = new Actor(PersonId.of("p-1"), null, Set.of(Role.EVALUATOR, Role.COACH));
      assertThat(check(rb, facts().actor(both)).violations()).isEmpty();
    }

    @Test
    void refusesAnotherRoleNamingTheOnePermitted() {
      Rulebook rb = withRule("actor-role", Severity.MUST, "{\"anyOf\": [\"LAB_ADMIN\"]}");
      assertViolation(only(check(rb, facts())), "ROLE_NOT_PERMITTED", Severity.MUST, "actor-role", List.of("LAB_ADMIN"),
          "Only these roles may do this: Lab administrator.",
          "Hanya peran berikut yang boleh melakukannya: Pengelola laboratorium.");
    }

    @Test
    void listsSeveralRolesInTheRoleOrderNotTheRulebookOrder() {
      Rulebook rb = withRule("actor-role", Severity.MUST, "{\"anyOf\": [\"LAB_ADMIN\", \"OPD_HEAD\", \"COACH\"]}");
      assertViolation(only(check(rb, facts())), "ROLE_NOT_PERMITTED", Severity.MUST, "actor-role",
          List.of("OPD_HEAD, COACH, LAB_ADMIN"),
          "Only these roles may do this: Head of OPD, Coach, Lab administrator.",
          "Hanya peran berikut yang boleh melakukannya: Kepala OPD, Coach (pendamping), Pengelola laboratorium.");
    }

    @Test
    void refusesAnActorWithoutRoles() {
      Rulebook rb = withRule("actor-role", Severity.SHOULD, "{\"anyOf\": [\"INNOVATOR\"]}");
      Verdict v = check(rb, facts().actor(new Actor(PersonId.of("p-1"), null, Set.of())));
      assertThat(v.allowed()).isTrue();
      assertThat(only(v).severity()).isEqualTo(Severity.SHOULD);
    }
  }

  @Nested
  class Approvals {
    @Test
    void needsOneApprovalByDefault() {
      Rulebook rb = withRule("approvals", Severity.MUST, "{\"role\": \"OPD_HEAD\"}");
      assertThat(check(rb, facts().approvals(Role.OPD_HEAD, 1)).violations()).isEmpty();
      assertViolation(only(check(rb, facts().approvals(Role.COACH, 3))), "APPROVALS_MISSING", Severity.MUST, "approvals",
          List.of("OPD_HEAD", 0, 1), "Approvals by Head of OPD in this stage: 0, at least 1 needed.",
          "Persetujuan oleh Kepala OPD pada tahap ini: 0, paling sedikit 1.");
    }

    @Test
    void countsDistinctApproversAgainstCount() {
      Rulebook rb = withRule("approvals", Severity.SHOULD, "{\"role\": \"EVALUATOR\", \"count\": 2}");
      assertThat(check(rb, facts().approvals(Role.EVALUATOR, 2)).violations()).isEmpty();
      assertViolation(only(check(rb, facts().approvals(Role.EVALUATOR, 1))), "APPROVALS_MISSING", Severity.SHOULD,
          "approvals", List.of("EVALUATOR", 1, 2), "Approvals by Evaluator in this stage: 1; at least 2 recommended.",
          "Persetujuan oleh Penilai pada tahap ini: 1; sebaiknya paling sedikit 2.");
    }
  }

  @Nested
  class MinDaysInStage {
    @ParameterizedTest(name = "{0} to {1} in {2}: {3} days")
    @CsvSource({
        "2025-02-08T03:00:00Z, 2025-03-09T15:30:00Z, Asia/Jakarta,  29",
        "2025-02-08T03:00:00Z, 2025-03-09T15:30:00Z, Asia/Makassar, 29",
        "2025-02-08T03:00:00Z, 2025-03-09T15:30:00Z, Asia/Jayapura, 30",
        "2025-02-08T16:30:00Z, 2025-03-10T05:00:00Z, Asia/Jakarta,  30",
        "2025-02-08T16:30:00Z, 2025-03-10T05:00:00Z, Asia/Jayapura, 29",
        "2025-02-08T16:59:00Z, 2025-03-10T00:01:00Z, Asia/Jakarta,  30",
        "2025-02-08T16:59:00Z, 2025-03-10T00:01:00Z, UTC,           30",
        "2025-03-10T16:00:00Z, 2025-03-10T03:00:00Z, Asia/Jakarta,  0"})
    void countsCalendarDaysInTheZone(String entered, String now, String zone, int days) {
      RuleContext context = RuleContext.of(Instant.parse(now), ZoneId.of(zone));
      SimpleFacts facts = inStageSince(entered);
      Violation v = only(verdict(withRule("min-days-in-stage", Severity.MUST, "{\"days\": %d}".formatted(days + 1)), facts, context));
      assertThat(v.arguments()).extracting(a -> ((Number) a).longValue()).containsExactly((long) days, (long) days + 1);
      if (days > 0) {
        assertThat(verdict(withRule("min-days-in-stage", Severity.MUST, "{\"days\": %d}".formatted(days)), facts, context)
            .violations()).isEmpty();
      }
    }

    @Test
    void excludesTheCalendarDaysOnHold() {
      assertThat(daysWith(hold("2025-01-25T03:00:00Z", "2025-02-15T03:00:00Z"))).isEqualTo(49 - 21);
    }

    @Test
    void excludesEveryHold() {
      assertThat(daysWith(hold("2025-01-22T03:00:00Z", "2025-01-27T03:00:00Z"),
          hold("2025-02-01T03:00:00Z", "2025-02-16T03:00:00Z"))).isEqualTo(49 - 5 - 15);
    }

    @Test
    void excludesNothingForAHoldWithinOneDay() {
      assertThat(daysWith(hold("2025-02-10T01:00:00Z", "2025-02-10T09:00:00Z"))).isEqualTo(49);
    }

    @Test
    void excludesOneDayForAShortHoldAcrossMidnight() {
      assertThat(daysWith(hold("2025-02-10T15:00:00Z", "2025-02-11T02:00:00Z"))).isEqualTo(48);
    }

    @Test
    void runsAnOpenHoldToNow() {
      assertThat(daysWith(new HoldPeriod(Instant.parse("2025-03-01T03:00:00Z"), null))).isEqualTo(49 - 9);
    }

    @Test
    void cutsAHoldEndingAfterNowAtNow() {
      assertThat(daysWith(hold("2025-03-05T03:00:00Z", "2025-03-20T03:00:00Z"))).isEqualTo(49 - 5);
    }

    @Test
    void reportsTheDaysInBothLanguages() {
      Rulebook rb = withRule("min-days-in-stage", Severity.SHOULD, "{\"days\": 30}");
      Verdict v = check(rb, facts().stageEnteredAt(Instant.parse("2025-02-09T03:00:00Z")));
      assertThat(v.allowed()).isTrue();
      assertViolation(only(v), "TOO_EARLY_IN_STAGE", Severity.SHOULD, "min-days-in-stage", List.of(29, 30),
          "29 day(s) in this stage (holds excluded); at least 30 recommended.",
          "29 hari di tahap ini (di luar masa tunda); sebaiknya paling sedikit 30 hari.");
    }

    /** Days in stage since 20 January (49 calendar days before {@link Gates#NOW}) with holds. */
    private long daysWith(HoldPeriod... holds) {
      SimpleFacts.Builder b = facts().stageEnteredAt(Instant.parse("2025-01-20T03:00:00Z"));
      for (HoldPeriod h : holds) {
        b.hold(h);
      }
      Violation v = only(check(withRule("min-days-in-stage", Severity.MUST, "{\"days\": 3650}"), b));
      assertThat(((Number) v.arguments().get(1)).intValue()).isEqualTo(3650);
      return ((Number) v.arguments().get(0)).longValue();
    }

    private HoldPeriod hold(String start, String end) {
      return new HoldPeriod(Instant.parse(start), Instant.parse(end));
    }

    private SimpleFacts inStageSince(String entered) {
      return facts().stageEnteredAt(Instant.parse(entered)).build();
    }

    private Verdict verdict(Rulebook rb, SimpleFacts facts, RuleContext context) {
      return Rulebooks.check(rb, "go", facts, context);
    }
  }

  @Nested
  class NoOpenConditions {
    private final Rulebook rb = withRule("no-open-conditions", Severity.MUST, null);

    @Test
    void passesWithoutOpenConditions() {
      assertThat(check(rb, facts()).violations()).isEmpty();
    }

    @Test
    void refusesListingTheOpenConditions() {
      assertViolation(only(check(rb, facts().openCondition("Lengkapi SOP").openCondition("Lampirkan SK"))),
          "CONDITIONS_OPEN", Severity.MUST, "no-open-conditions", List.of(2, "Lengkapi SOP; Lampirkan SK"),
          "2 condition(s) still open: Lengkapi SOP; Lampirkan SK. Clear them first.",
          "2 syarat belum dipenuhi: Lengkapi SOP; Lampirkan SK. Selesaikan dahulu.");
    }
  }

  @Nested
  class PhaseWindowRule {
    private final Rulebook rb = withRule("phase-window", Severity.MUST, "{\"stage\": \"DESIGN\"}");

    private RuleContext in(String start, String end) {
      return RuleContext.builder().now(NOW).zone(JAKARTA)
          .programme(new ProgrammeContext("lab-2025", true, Set.of(), Map.of("DESIGN", PhaseWindow.of(start, end))))
          .build();
    }

    @Test
    void doesNotApplyWithoutAProgramme() {
      Verdict v = check(rb, facts());
      assertThat(v.violations()).isEmpty();
      assertThat(v.allowed()).isTrue();
      assertViolation(v.notApplicable().get(0), "NO_PROGRAMME", Severity.SHOULD, "phase-window", List.of(),
          "The innovation belongs to no programme: programme rules do not apply.",
          "Inovasi tidak termasuk program mana pun: aturan program tidak berlaku.");
    }

    @Test
    void doesNotApplyWithoutAWindowForTheStage() {
      RuleContext other = RuleContext.builder().now(NOW).zone(JAKARTA)
          .programme(new ProgrammeContext("lab-2025", true, Set.of(), Map.of("DIAGNOSE", PhaseWindow.of("2025-01-01", "2025-02-01"))))
          .build();
      Verdict v = check(rb, facts(), other);
      assertThat(v.violations()).isEmpty();
      assertViolation(v.notApplicable().get(0), "NO_PHASE_WINDOW", Severity.SHOULD, "phase-window", List.of("DESIGN", "lab-2025"),
          "Programme lab-2025 schedules no window for stage DESIGN: the rule does not apply.",
          "Program lab-2025 tidak menjadwalkan jendela untuk tahap DESIGN: aturan ini tidak berlaku.");
    }

    @Test
    void refusesBeforeTheFirstDay() {
      assertViolation(only(check(rb, facts(), in("2025-03-11", "2025-04-01"))), "PHASE_NOT_OPEN", Severity.MUST,
          "phase-window", List.of("DESIGN", "2025-03-11", "2025-03-10"),
          "The DESIGN phase opens on 2025-03-11; today is 2025-03-10.",
          "Fase DESIGN dibuka pada 2025-03-11; hari ini 2025-03-10.");
    }

    @Test
    void refusesFromTheExclusiveEnd() {
      assertThat(check(rb, facts(), in("2025-02-10", "2025-03-11")).violations()).isEmpty();
      assertViolation(only(check(rb, facts(), in("2025-02-10", "2025-03-10"))), "PHASE_CLOSED", Severity.MUST,
          "phase-window", List.of("DESIGN", "2025-03-09", "2025-03-10"),
          "The DESIGN phase closed after 2025-03-09; today is 2025-03-10.",
          "Fase DESIGN ditutup setelah 2025-03-09; hari ini 2025-03-10.");
    }

    @Test
    void acceptsAnyDayFromTheFirstInAfterOpenMode() {
      Rulebook afterOpen = withRule("phase-window", Severity.MUST, "{\"stage\": \"DESIGN\", \"mode\": \"AFTER_OPEN\"}");
      assertThat(check(afterOpen, facts(), in("2025-02-10", "2025-03-10")).violations()).isEmpty();
      assertThat(only(check(afterOpen, facts(), in("2025-03-11", "2025-04-01"))).code()).isEqualTo("PHASE_NOT_OPEN");
    }
  }

  @Nested
  class Evaluations {
    private final Rulebook rb = withRules(
        "{\"type\": \"min-evaluation-score\", \"severity\": \"MUST\", \"params\": {\"scheme\": \"kovablik\", \"min\": 70}}",
        "{\"type\": \"min-evaluators\", \"severity\": \"SHOULD\", \"params\": {\"scheme\": \"kovablik\", \"count\": 3}}");

    private RuleContext scored(String score, int evaluators) {
      return RuleContext.builder().now(NOW).zone(JAKARTA)
          .evaluation(new EvaluationSummary("kovablik", new BigDecimal(score), evaluators)).build();
    }

    @Test
    void passesAtExactlyTheMinimumScore() {
      assertThat(check(rb, facts(), scored("70.00", 3)).violations()).isEmpty();
    }

    @Test
    void refusesWithoutAnEvaluation() {
      Verdict v = check(rb, facts());
      assertThat(v.codes()).containsExactly("NOT_EVALUATED", "TOO_FEW_EVALUATORS");
      assertViolation(v.violations().get(0), "NOT_EVALUATED", Severity.MUST, "min-evaluation-score", List.of("kovablik"),
          "The innovation has not been scored under scheme kovablik.", "Inovasi belum dinilai dengan skema kovablik.");
      assertViolation(v.violations().get(1), "TOO_FEW_EVALUATORS", Severity.SHOULD, "min-evaluators",
          List.of("kovablik", 0, 3), "0 evaluator(s) scored under scheme kovablik; at least 3 are recommended.",
          "0 penilai memberi nilai dengan skema kovablik; sebaiknya paling sedikit 3.");
    }

    @Test
    void refusesALowScoreShownAsWritten() {
      Verdict v = check(rb, facts(), scored("69.99", 3));
      assertViolation(only(v), "SCORE_TOO_LOW", Severity.MUST, "min-evaluation-score", List.of("kovablik", "69.99", "70"),
          "The score under scheme kovablik is 69.99; at least 70 is needed.",
          "Nilai dengan skema kovablik adalah 69.99; paling sedikit 70.");
    }

    @Test
    void treatsASummaryWithoutEvaluatorsAsNotEvaluated() {
      assertThat(check(rb, facts(), scored("95", 0)).codes()).containsExactly("NOT_EVALUATED", "TOO_FEW_EVALUATORS");
    }
  }

  @Nested
  class StructuralReasons {
    private final Rulebook open = withRules();

    @Test
    void refusesATransitionFromAnotherStage() {
      Verdict v = check(open, facts().stage("DESIGN"));
      assertViolation(only(v), "WRONG_STAGE", Severity.MUST, "transition", List.of("go", "DESIGN", "DRUM_UP"),
          "\"go\" cannot start from stage DESIGN; it starts from: DRUM_UP.",
          "\"go\" tidak dapat dilakukan dari tahap DESIGN; tahap asalnya: DRUM_UP.");
    }

    @ParameterizedTest
    @EnumSource(value = InnovationStatus.class, names = {"ON_HOLD", "DROPPED"})
    void refusesToAdvanceUnlessActive(InnovationStatus status) {
      Violation v = only(check(open, facts().status(status)));
      assertThat(v.code()).isEqualTo("WRONG_STATUS");
      assertThat(v.arguments()).containsExactly("go", status.name(), "ACTIVE");
    }

    @Test
    void refusesToResumeAnActiveInnovation() {
      Verdict v = Rulebooks.check(open, "resume", facts().build(), CONTEXT);
      assertViolation(only(v), "WRONG_STATUS", Severity.MUST, "transition", List.of("resume", "ACTIVE", "ON_HOLD"),
          "\"resume\" needs status On hold, but the innovation is Active.",
          "\"resume\" memerlukan status Ditunda, tetapi inovasi berstatus Aktif.");
    }

    @Test
    void listsStructuralReasonsBeforeRuleViolations() {
      Rulebook rb = withRule("required-field", Severity.SHOULD, "{\"field\": \"title\"}");
      Verdict v = check(rb, facts().stage("DESIGN").status(InnovationStatus.ON_HOLD));
      assertThat(v.codes()).containsExactly("WRONG_STAGE", "WRONG_STATUS", "FIELD_REQUIRED");
      assertThat(v.describe(Locale.ENGLISH)).startsWith("Transition \"go\" is refused.");
      assertThat(v.describe(Messages.INDONESIAN)).startsWith("Perpindahan \"go\" ditolak.");
    }
  }
}
