package id.labinov.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.Refusal.Kind;
import id.labinov.core.engine.Refusal.Reason;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The refusal record: its checks (typed errors naming the part), its reasons and its helpers. */
class RefusalTest {
  private static final RegionCode LEBAK = RegionCode.parse("36.02");
  private static final InnovationRef REF =
      new InnovationRef(LEBAK, InnovationId.parse("018f0000-0000-7000-8000-00000000000a"));
  private static final Instant AT = Instant.parse("2024-03-04T02:00:00.123456789Z");

  private static Refusal.Builder innovation() {
    return Refusal.builder().kind(Kind.INNOVATION).target(REF).actor(PersonId.of("asn-1")).command("Advance").at(AT);
  }

  private static InvalidValueException refused(UnaryOperator<Refusal.Builder> change) {
    try {
      change.apply(innovation()).build();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("no InvalidValueException");
  }

  @Test
  void takesTheRegionFromTheTargetKeepsMicrosecondsAndTheActorsOpdOnly() {
    Actor actor = Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR).in(LEBAK);

    Refusal r = innovation().actor(actor).build();

    assertThat(r.region()).isEqualTo(LEBAK);
    assertThat(r.at()).isEqualTo(Instant.parse("2024-03-04T02:00:00.123456Z"));
    assertThat(r.actor()).isEqualTo(actor.personId());
    assertThat(r.actorOpd()).isEqualTo(OpdCode.of("DINKES"));
    assertThat(r.violations()).isEmpty();
    assertThat(r.codes()).isEmpty();
  }

  @Test
  void namesEveryMissingPartWithATypedError() {
    assertThat(refused(b -> b.kind(null)).field()).isEqualTo("kind");
    assertThat(refused(b -> b.actor((PersonId) null)).field()).isEqualTo("actor");
    assertThat(refused(b -> b.command(" ")).field()).isEqualTo("command");
    assertThat(refused(b -> b.at(null)).field()).isEqualTo("at");
    assertThat(refused(b -> b.violations(null)).field()).isEqualTo("violations");
    assertThat(refused(b -> b.violations(java.util.Arrays.asList((Reason) null))).field()).isEqualTo("violations[]");
    assertThat(refused(b -> b.target(null)).field()).as("an innovation command names its innovation").isEqualTo("target");
    assertThat(refused(b -> b.kind(Kind.EVALUATION).target(null)).field()).isEqualTo("target");
    assertThat(refused(b -> b.kind(Kind.PROGRAMME).target(null).region(LEBAK)).field())
        .as("a programme command names its programme").isEqualTo("subject");
    assertThat(refused(b -> b.kind(Kind.PROGRAMME).target(null).region(null).subject("programme:x")).field())
        .isEqualTo("region");
    assertThat(refused(b -> b.kind(null)).code()).isEqualTo("REQUIRED");
  }

  @Test
  void refusesATargetOfAnotherRegionAndOverlongNames() {
    InvalidValueException mismatch = refused(b -> b.region(RegionCode.parse("32.01")));
    assertThat(mismatch.code()).isEqualTo("REGION_MISMATCH");
    assertThat(mismatch.getMessage()).contains("32.01").contains(REF.toString());
    assertThat(mismatch.getMessage(Locale.forLanguageTag("id"))).contains("wilayah 32.01");

    InvalidValueException tooLong = refused(b -> b.stage("S".repeat(Refusal.MAX_NAME + 1)));
    assertThat(tooLong.code()).isEqualTo("VALUE_TOO_LONG");
    assertThat(tooLong.field()).isEqualTo("stage");
    assertThat(refused(b -> b.command("C".repeat(101))).field()).isEqualTo("command");
    assertThat(refused(b -> b.verdictId("v".repeat(101))).field()).isEqualTo("verdictId");
    assertThat(refused(b -> b.subject("s".repeat(Refusal.MAX_SUBJECT + 1))).field()).isEqualTo("subject");
    assertThat(refused(b -> b.verdictId("")).code()).as("an optional part is absent or not blank").isEqualTo("REQUIRED");
    assertThat(innovation().stage("S".repeat(100)).subject("s".repeat(200)).build().subject()).hasSize(200);
  }

  @Test
  void aReasonKeepsArgumentsAsGivenAndRefusesWhatCannotBeStored() {
    Reason r = new Reason(" EVIDENCE_MISSING ", "evidence", List.of("  spasi  ", "baris\nbaru"));

    assertThat(r.code()).isEqualTo("EVIDENCE_MISSING");
    assertThat(r.arguments()).containsExactly("  spasi  ", "baris\nbaru");
    assertThatThrownBy(() -> new Reason("X", null, List.of("a\u0000b")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CHARACTER"));
    assertThatThrownBy(() -> new Reason("X", null, java.util.Arrays.asList("a", null)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("arguments[]"));
    assertThatThrownBy(() -> new Reason("X", "r".repeat(101), List.of()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("ruleId"));
    assertThatThrownBy(() -> new Reason(null, null, List.of()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
  }

  @Test
  void aReasonFromAViolationHasItsCodeRuleTypeAndArgumentsAsStorableText() {
    Violation v = new Violation("SCORE_OFF_SCALE", Severity.MUST, "evaluation", "violation.SCORE_OFF_SCALE",
        List.of("NOVELTY", new BigDecimal("1E+2"), 7, "a\u0000b\ud800", "x".repeat(1500)));

    Reason r = Reason.of(v);

    assertThat(r.code()).isEqualTo("SCORE_OFF_SCALE");
    assertThat(r.ruleId()).isEqualTo("evaluation");
    assertThat(r.arguments().subList(0, 4)).containsExactly("NOVELTY", "100", "7", "a\ufffdb\ufffd");
    assertThat(r.arguments().get(4)).hasSize(Refusal.MAX_ARGUMENT).endsWith("x\u2026");
    String emoji = "x".repeat(Refusal.MAX_ARGUMENT - 2) + "\ud83d\ude00" + "y";
    assertThat(Reason.of(new Violation("X", Severity.MUST, "command", "k", List.of(emoji))).arguments().get(0))
        .as("a cut never splits a surrogate pair").isEqualTo("x".repeat(Refusal.MAX_ARGUMENT - 2) + "\u2026");
  }

  @Test
  void aVerdictGivesItsIdAndOnlyItsMustMeetReasons() {
    Verdict verdict = new Verdict("drum-up-to-diagnose", List.of(
        new Violation("EVIDENCE_MISSING", Severity.MUST, "evidence", "k", List.of("COMMITMENT_LETTER")),
        new Violation("NARRATIVE_SHORT", Severity.SHOULD, "min-words", "k", List.of(300)),
        new Violation("APPROVALS_MISSING", Severity.MUST, "approvals", "k", List.of("OPD_HEAD"))), List.of());

    Refusal r = innovation().verdict(verdict).build();

    assertThat(r.verdictId()).isEqualTo("drum-up-to-diagnose");
    assertThat(r.codes()).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
    assertThat(r.violations().get(1)).isEqualTo(new Reason("APPROVALS_MISSING", "approvals", List.of("OPD_HEAD")));
  }

  @Test
  void tellsAScoreSheetOfASchemeAndRoundBySubject() {
    Refusal sheet = innovation().kind(Kind.EVALUATION).command("SubmitScores")
        .subject(Refusal.subjectOfScoreSheet("kipp-criteria", 2024)).build();
    Refusal monitoring = innovation().kind(Kind.EVALUATION).command("RecordMonitoring").build();
    Refusal advance = innovation().subject("scheme:kipp-criteria:2024").build();

    assertThat(sheet.subject()).isEqualTo("scheme:kipp-criteria:2024");
    assertThat(sheet.isScoreSheetFor("kipp-criteria", 2024)).isTrue();
    assertThat(sheet.isScoreSheetFor("kipp-criteria", 2025)).isFalse();
    assertThat(sheet.isScoreSheetFor("kipp", 2024)).isFalse();
    assertThat(monitoring.isScoreSheetFor("kipp-criteria", 2024)).isFalse();
    assertThat(advance.isScoreSheetFor("kipp-criteria", 2024)).as("only an evaluation refusal").isFalse();
    assertThat(Refusal.subjectOfProgramme("lebak-2019")).isEqualTo("programme:lebak-2019");
    assertThatThrownBy(() -> sheet.isScoreSheetFor(null, 2024))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("schemeId"));
  }
}
