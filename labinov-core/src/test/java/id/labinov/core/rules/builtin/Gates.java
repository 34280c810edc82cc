package id.labinov.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test fixtures: a two-stage rulebook whose {@code go} transition (DRUM_UP to DESIGN) carries the
 * rules under test, facts with sensible defaults, and assertions on one violation.
 */
final class Gates {
  static final Instant NOW = Instant.parse("2025-03-10T03:00:00Z"); // 10:00 WIB
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final RuleContext CONTEXT = RuleContext.of(NOW, JAKARTA);

  private Gates() {}

  /** Returns a rulebook whose {@code go} transition has the given rules (JSON objects). */
  static Rulebook withRules(String... rulesJson) {
    return Rulebooks.parse("""
        {"format": "labinov-rulebook/1", "id": "builtin-test", "version": 1,
         "name": {"id": "Uji aturan bawaan", "en": "Built-in rule test"},
         "entryStage": "DRUM_UP",
         "stages": [
           {"code": "DRUM_UP", "order": 1, "label": {"id": "Drum-up", "en": "Drum-up"}},
           {"code": "DESIGN", "order": 2, "label": {"id": "Design", "en": "Design"}}],
         "transitions": [
           {"id": "go", "kind": "ADVANCE", "from": ["DRUM_UP"], "to": "DESIGN",
            "label": {"id": "Lanjut", "en": "Advance"}, "rules": [%s]},
           {"id": "hold", "kind": "HOLD", "from": ["*"], "label": {"id": "Tunda", "en": "Hold"}, "rules": []},
           {"id": "resume", "kind": "RESUME", "from": ["*"], "label": {"id": "Lanjutkan", "en": "Resume"}, "rules": []}]}
        """.formatted(String.join(",", rulesJson)));
  }

  /** Returns a rulebook whose {@code go} transition has one rule. */
  static Rulebook withRule(String type, Severity severity, String paramsJson) {
    return withRules("{\"type\": \"%s\", \"severity\": \"%s\"%s}".formatted(type, severity,
        paramsJson == null ? "" : ", \"params\": " + paramsJson));
  }

  /** Returns facts in DRUM_UP, entered 35 days before {@link #NOW}, acted on by an innovator. */
  static SimpleFacts.Builder facts() {
    return SimpleFacts.builder()
        .stage("DRUM_UP")
        .stageEnteredAt(Instant.parse("2025-02-03T03:00:00Z"))
        .actor(Actor.of("p-inovator-01", "DINKES", Role.INNOVATOR));
  }

  static Verdict check(Rulebook rulebook, SimpleFacts.Builder facts) {
    return Rulebooks.check(rulebook, "go", facts.build(), CONTEXT);
  }

  static Verdict check(Rulebook rulebook, SimpleFacts.Builder facts, RuleContext context) {
    return Rulebooks.check(rulebook, "go", facts.build(), context);
  }

  /** Asserts the verdict holds exactly one violation and returns it. */
  static Violation only(Verdict verdict) {
    assertThat(verdict.violations()).hasSize(1);
    return verdict.violations().get(0);
  }

  /**
   * Asserts a violation's parts and its messages. Arguments compare by kind and value: numbers as
   * numbers (of any integral type), texts as texts.
   */
  static void assertViolation(Violation v, String code, Severity severity, String ruleType, List<Object> arguments,
      String english, String indonesian) {
    assertThat(v.code()).isEqualTo(code);
    assertThat(v.severity()).isEqualTo(severity);
    assertThat(v.ruleType()).isEqualTo(ruleType);
    assertThat(shown(v.arguments())).containsExactlyElementsOf(shown(arguments));
    assertThat(v.message(Locale.ENGLISH)).isEqualTo(english);
    assertThat(v.message(Messages.INDONESIAN)).isEqualTo(indonesian);
  }

  private static List<String> shown(List<Object> arguments) {
    List<String> out = new ArrayList<>();
    for (Object a : arguments) {
      out.add(a instanceof Number n ? "number " + n.longValue() : "text " + a);
    }
    return out;
  }
}
