package id.labinov.core.rules;

import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.OpdCode;
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
        new Approvals(), new MinDaysInStage(), new NoOpenConditions(),
        new PhaseWindowRule(), new MinEvaluationScore(), new MinEvaluators(), new StatusRule(),
        new ApprovalRole(), new ApproverOwnOpd(), new ActorOwnOpd(), new ActorOnTeam(), new ActorInRegion());
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
      return (facts, ctx) -> facts.hasField(field)
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
      for (String token : text.strip().split("[\\s\\p{Z}]+")) {
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
      Role[] anyOf = roles.toArray(new Role[0]);
      return (facts, ctx) -> {
        Actor actor = facts.actor();
        for (Role r : anyOf) {
          if (actor.has(r)) {
            return RuleOutcome.passed();
          }
        }
        return RuleOutcome.violated("ROLE_NOT_PERMITTED", "violation.ROLE_NOT_PERMITTED", names);
      };
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

  /** How {@code phase-window} reads its window. */
  enum WindowMode {
    /** Enter only inside the window. */
    INSIDE,
    /** Enter any time after the window opens. */
    AFTER_OPEN
  }

  /**
   * {@code phase-window}: today (in the context's zone) must be inside the programme's window for
   * {@code stage} ({@code mode} {@code INSIDE}, default) or on/after its first day
   * ({@code AFTER_OPEN}). Not applicable without a programme or without a window for the stage.
   */
  static final class PhaseWindowRule implements RuleType {
    @Override
    public String name() {
      return "phase-window";
    }

    @Override
    public Rule create(RuleParameters p) {
      String stage = p.text("stage");
      WindowMode mode = p.optionalText("mode").isPresent()
          ? p.enumValue("mode", WindowMode.class).orElse(WindowMode.INSIDE) : WindowMode.INSIDE;
      return (facts, ctx) -> {
        if (ctx.programme().isEmpty()) {
          return RuleOutcome.notApplicable("NO_PROGRAMME", "violation.NO_PROGRAMME");
        }
        Optional<PhaseWindow> w = ctx.programme().get().findWindow(stage);
        if (w.isEmpty()) {
          return RuleOutcome.notApplicable("NO_PHASE_WINDOW", "violation.NO_PHASE_WINDOW", stage,
              ctx.programme().get().programmeId());
        }
        java.time.LocalDate today = ctx.today();
        PhaseWindow win = w.get();
        if (today.isBefore(win.start())) {
          return RuleOutcome.violated("PHASE_NOT_OPEN", "violation.PHASE_NOT_OPEN", stage, win.start().toString(), today.toString());
        }
        if (mode == WindowMode.INSIDE && !win.contains(today)) {
          return RuleOutcome.violated("PHASE_CLOSED", "violation.PHASE_CLOSED", stage, win.end().minusDays(1).toString(), today.toString());
        }
        return RuleOutcome.passed();
      };
    }
  }

  /**
   * {@code min-evaluation-score}: the innovation's aggregated score under {@code scheme} is at least
   * {@code min}.
   */
  static final class MinEvaluationScore implements RuleType {
    @Override
    public String name() {
      return "min-evaluation-score";
    }

    @Override
    public Rule create(RuleParameters p) {
      String scheme = p.text("scheme");
      java.math.BigDecimal min = p.decimal("min", java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(1_000_000));
      return readsScheme(scheme, (facts, ctx) -> {
        Optional<EvaluationSummary> e = ctx.evaluation(scheme);
        if (e.isEmpty() || e.get().evaluatorCount() == 0) {
          return RuleOutcome.violated("NOT_EVALUATED", "violation.NOT_EVALUATED", scheme);
        }
        return e.get().score().compareTo(min) >= 0
            ? RuleOutcome.passed()
            : RuleOutcome.violated("SCORE_TOO_LOW", "violation.SCORE_TOO_LOW", scheme,
                e.get().score().toPlainString(), min.toPlainString());
      });
    }
  }

  /** {@code min-evaluators}: at least {@code count} evaluators scored under {@code scheme}. */
  static final class MinEvaluators implements RuleType {
    @Override
    public String name() {
      return "min-evaluators";
    }

    @Override
    public Rule create(RuleParameters p) {
      String scheme = p.text("scheme");
      int count = p.integer("count", 1, 1000);
      return readsScheme(scheme, (facts, ctx) -> {
        int actual = ctx.evaluation(scheme).map(EvaluationSummary::evaluatorCount).orElse(0);
        return actual >= count
            ? RuleOutcome.passed()
            : RuleOutcome.violated("TOO_FEW_EVALUATORS", "violation.TOO_FEW_EVALUATORS", scheme, actual, count);
      });
    }
  }

  /**
   * {@code status}: the innovation's status is one of {@code anyOf} (e.g. editing is allowed while
   * active or on hold, not once dropped). Code {@code WRONG_STATUS}.
   */
  static final class StatusRule implements RuleType {
    @Override
    public String name() {
      return "status";
    }

    @Override
    public Rule create(RuleParameters p) {
      Set<id.labinov.core.model.InnovationStatus> allowed = p.enumSet("anyOf", id.labinov.core.model.InnovationStatus.class);
      String names = allowed.stream().map(Enum::name).collect(Collectors.joining("|"));
      return (facts, ctx) -> allowed.contains(facts.status())
          ? RuleOutcome.passed()
          : RuleOutcome.violated("WRONG_STATUS", "violation.WRONG_STATUS.rule", facts.status().name(), names);
    }
  }

  /**
   * {@code approval-role}: an approval may be given only in a role of {@code anyOf}
   * ({@code ROLE_CANNOT_APPROVE}) that the actor holds ({@code ROLE_NOT_HELD}). Reads
   * {@link Facts#approvalRole()}; not applicable without one.
   */
  static final class ApprovalRole implements RuleType {
    @Override
    public String name() {
      return "approval-role";
    }

    @Override
    public Rule create(RuleParameters p) {
      Set<Role> approvers = p.enumSet("anyOf", Role.class);
      return (facts, ctx) -> {
        Optional<Role> asked = facts.approvalRole();
        if (asked.isEmpty()) {
          return RuleOutcome.notApplicable("NO_APPROVAL_ASKED", "violation.NO_APPROVAL_ASKED");
        }
        if (!approvers.contains(asked.get())) {
          return RuleOutcome.violated("ROLE_CANNOT_APPROVE", "violation.ROLE_CANNOT_APPROVE", asked.get().name());
        }
        return facts.actor().has(asked.get())
            ? RuleOutcome.passed()
            : RuleOutcome.violated("ROLE_NOT_HELD", "violation.ROLE_NOT_HELD", asked.get().name());
      };
    }
  }

  /**
   * {@code approver-own-opd}: an approval in one of {@code roles} (e.g. {@code OPD_HEAD}) is given
   * only by a person of the innovation's own unit ({@code OTHER_OPD}). Passes when the innovation
   * has no unit yet or the approval is asked in another role.
   */
  static final class ApproverOwnOpd implements RuleType {
    @Override
    public String name() {
      return "approver-own-opd";
    }

    @Override
    public Rule create(RuleParameters p) {
      Set<Role> roles = p.enumSet("roles", Role.class);
      return (facts, ctx) -> {
        Optional<Role> asked = facts.approvalRole();
        if (asked.isEmpty() || !roles.contains(asked.get()) || facts.opd().isEmpty()
            || facts.opd().get().equals(facts.actor().opd())) {
          return RuleOutcome.passed();
        }
        OpdCode own = facts.actor().opd();
        return own == null
            ? RuleOutcome.violated("OTHER_OPD", "violation.OTHER_OPD.NONE", "-", facts.opd().get().value())
            : RuleOutcome.violated("OTHER_OPD", "violation.OTHER_OPD", own.value(), facts.opd().get().value());
      };
    }
  }

  /**
   * {@code actor-own-opd}: the actor belongs to the innovation's own unit ({@code ACTOR_OTHER_OPD}),
   * unless it holds one of the {@code exempt} roles (e.g. coaches and lab administrators, who work
   * on every unit's innovations). Passes while the innovation has no unit.
   */
  static final class ActorOwnOpd implements RuleType {
    @Override
    public String name() {
      return "actor-own-opd";
    }

    @Override
    public Rule create(RuleParameters p) {
      Set<Role> exempt = p.enumSet("exempt", Role.class);
      return (facts, ctx) -> {
        Actor a = facts.actor();
        if (holdsAny(a, exempt) || facts.opd().isEmpty() || facts.opd().get().equals(a.opd())) {
          return RuleOutcome.passed();
        }
        return RuleOutcome.violated("ACTOR_OTHER_OPD", "violation.ACTOR_OTHER_OPD",
            a.opd() == null ? "-" : a.opd().value(), facts.opd().get().value());
      };
    }
  }

  /**
   * {@code actor-on-team}: the actor proposed the innovation or is listed on its team
   * ({@code coInnovators}) ({@code ACTOR_NOT_ON_TEAM}), unless it holds one of the {@code exempt}
   * roles. Not applicable ({@code PROPOSER_UNKNOWN}) when the facts do not name the proposer.
   */
  static final class ActorOnTeam implements RuleType {
    @Override
    public String name() {
      return "actor-on-team";
    }

    @Override
    public Rule create(RuleParameters p) {
      Set<Role> exempt = p.enumSet("exempt", Role.class);
      return (facts, ctx) -> {
        Actor a = facts.actor();
        if (holdsAny(a, exempt)) {
          return RuleOutcome.passed();
        }
        if (facts.proposer().isEmpty()) {
          return RuleOutcome.notApplicable("PROPOSER_UNKNOWN", "violation.PROPOSER_UNKNOWN");
        }
        if (facts.proposer().get().equals(a.personId())) {
          return RuleOutcome.passed();
        }
        Optional<String> team = facts.field("coInnovators");
        if (team.isPresent() && List.of(team.get().split(",")).contains(a.personId().value())) {
          return RuleOutcome.passed();
        }
        return RuleOutcome.violated("ACTOR_NOT_ON_TEAM", "violation.ACTOR_NOT_ON_TEAM", a.personId().value());
      };
    }
  }

  /**
   * {@code actor-in-region}: the innovation's region is inside the scope the actor works in
   * ({@code ACTOR_OUTSIDE_REGION}; an actor without a scope is outside every region). Not applicable
   * ({@code REGION_UNKNOWN}) when the facts do not name the region. No parameters.
   */
  static final class ActorInRegion implements RuleType {
    @Override
    public String name() {
      return "actor-in-region";
    }

    @Override
    public Rule create(RuleParameters p) {
      return (facts, ctx) -> {
        if (facts.region().isEmpty()) {
          return RuleOutcome.notApplicable("REGION_UNKNOWN", "violation.REGION_UNKNOWN");
        }
        id.labinov.core.model.Scope scope = facts.actor().scope();
        if (scope != null && scope.includes(facts.region().get())) {
          return RuleOutcome.passed();
        }
        return RuleOutcome.violated("ACTOR_OUTSIDE_REGION", "violation.ACTOR_OUTSIDE_REGION",
            scope == null ? "-" : scope.code(), facts.region().get().value());
      };
    }
  }

  private static boolean holdsAny(Actor a, Set<Role> roles) {
    for (Role r : roles) {
      if (a.has(r)) {
        return true;
      }
    }
    return false;
  }

  /** A rule that declares the evaluation scheme it reads. */
  private static Rule readsScheme(String scheme, Rule body) {
    java.util.Set<String> schemes = java.util.Set.of(scheme);
    return new Rule() {
      @Override
      public RuleOutcome evaluate(Facts facts, RuleContext context) {
        return body.evaluate(facts, context);
      }

      @Override
      public java.util.Set<String> evaluationSchemes() {
        return schemes;
      }
    };
  }
}
