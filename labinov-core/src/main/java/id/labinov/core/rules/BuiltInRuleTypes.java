package id.labinov.core.rules;

import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.Role;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The built-in rule types. Each is stateless; the rules they create are pure functions. */
final class BuiltInRuleTypes {
  private BuiltInRuleTypes() {}

  static List<RuleType> all() {
    return List.of(
        new RequiredField(), new MinLength(), new Evidence(), new ActorRole(),
        new Approvals(), new MinDaysInStage(), new NoOpenConditions());
  }

  /** {@code required-field}: a named field is present and not blank. Params: {@code field}. */
  static final class RequiredField implements RuleType {
    @Override
    public String name() {
      return "required-field";
    }

    @Override
    public Rule create(RuleParameters p) {
      String field = p.text("field");
      return (facts, ctx) -> facts.field(field).isPresent()
          ? RuleOutcome.passed()
          : RuleOutcome.violated("FIELD_REQUIRED", "violation.FIELD_REQUIRED", field);
    }
  }

  /** The unit {@code min-length} counts in. */
  enum LengthUnit {
    WORDS, CHARACTERS
  }

  /**
   * {@code min-length}: a field has at least {@code min} words or characters. Params: {@code field},
   * {@code min} (1-100000), {@code unit} ({@code WORDS} default, or {@code CHARACTERS}). A missing
   * field counts as length 0.
   */
  static final class MinLength implements RuleType {
    @Override
    public String name() {
      return "min-length";
    }

    @Override
    public Rule create(RuleParameters p) {
      String field = p.text("field");
      int min = p.integer("min", 1, 100_000);
      LengthUnit unit = p.optionalText("unit").isPresent()
          ? p.enumValue("unit", LengthUnit.class).orElse(LengthUnit.WORDS)
          : LengthUnit.WORDS;
      return (facts, ctx) -> {
        int actual = facts.field(field).map(v -> unit == LengthUnit.WORDS ? words(v) : characters(v)).orElse(0);
        return actual >= min
            ? RuleOutcome.passed()
            : RuleOutcome.violated("FIELD_TOO_SHORT", "violation.FIELD_TOO_SHORT." + unit, field, actual, min);
      };
    }

    static int words(String text) {
      int count = 0;
      for (String token : text.strip().split("\\s+")) {
        if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
          count++;
        }
      }
      return count;
    }

    static int characters(String text) {
      String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
      return s.codePointCount(0, s.length());
    }
  }

  /** {@code evidence}: at least {@code min} (default 1) pieces of evidence of {@code kind}. */
  static final class Evidence implements RuleType {
    @Override
    public String name() {
      return "evidence";
    }

    @Override
    public Rule create(RuleParameters p) {
      String kindText = p.text("kind");
      int min = p.optionalInteger("min", 1, 1000, 1);
      Optional<EvidenceKind> kind = Optional.empty();
      if (!kindText.isEmpty()) {
        if (kindText.matches("[A-Z][A-Z0-9_]{1,39}")) {
          kind = Optional.of(EvidenceKind.of(kindText));
        } else {
          p.problem("kind", "PARAMETER_VALUE", "error.rulebook.evidenceKind", kindText);
        }
      }
      EvidenceKind k = kind.orElse(null);
      return (facts, ctx) -> {
        int actual = k == null ? 0 : facts.evidenceCount(k);
        return actual >= min
            ? RuleOutcome.passed()
            : RuleOutcome.violated("EVIDENCE_MISSING", "violation.EVIDENCE_MISSING", kindText, actual, min);
      };
    }
  }

  /** {@code actor-role}: the actor holds one of {@code anyOf} (role names). */
  static final class ActorRole implements RuleType {
    @Override
    public String name() {
      return "actor-role";
    }

    @Override
    public Rule create(RuleParameters p) {
      Set<Role> roles = p.enumSet("anyOf", Role.class);
      String names = roles.stream().map(Role::name).collect(Collectors.joining(", "));
      return (facts, ctx) -> roles.stream().anyMatch(facts.actor()::has)
          ? RuleOutcome.passed()
          : RuleOutcome.violated("ROLE_NOT_PERMITTED", "violation.ROLE_NOT_PERMITTED", names);
    }
  }

  /**
   * {@code approvals}: at least {@code count} (default 1) distinct people holding {@code role}
   * approved in the current stage.
   */
  static final class Approvals implements RuleType {
    @Override
    public String name() {
      return "approvals";
    }

    @Override
    public Rule create(RuleParameters p) {
      Optional<Role> role = p.enumValue("role", Role.class);
      int count = p.optionalInteger("count", 1, 100, 1);
      return (facts, ctx) -> {
        int actual = role.map(facts::approvals).orElse(0);
        return actual >= count
            ? RuleOutcome.passed()
            : RuleOutcome.violated("APPROVALS_MISSING", "violation.APPROVALS_MISSING",
                role.map(Role::name).orElse("?"), actual, count);
      };
    }
  }

  /**
   * {@code min-days-in-stage}: at least {@code days} calendar days in the current stage, counted in
   * the context's zone and excluding holds.
   */
  static final class MinDaysInStage implements RuleType {
    @Override
    public String name() {
      return "min-days-in-stage";
    }

    @Override
    public Rule create(RuleParameters p) {
      int days = p.integer("days", 1, 3650);
      return (facts, ctx) -> {
        long actual = ctx.daysInStage(facts);
        return actual >= days
            ? RuleOutcome.passed()
            : RuleOutcome.violated("TOO_EARLY_IN_STAGE", "violation.TOO_EARLY_IN_STAGE", actual, days);
      };
    }
  }

  /** {@code no-open-conditions}: no condition from a conditional advance is still open. No params. */
  static final class NoOpenConditions implements RuleType {
    @Override
    public String name() {
      return "no-open-conditions";
    }

    @Override
    public Rule create(RuleParameters p) {
      return (facts, ctx) -> facts.openConditions().isEmpty()
          ? RuleOutcome.passed()
          : RuleOutcome.violated("CONDITIONS_OPEN", "violation.CONDITIONS_OPEN",
              facts.openConditions().size(), String.join("; ", facts.openConditions()));
    }
  }
}
