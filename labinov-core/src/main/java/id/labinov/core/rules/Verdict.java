package id.labinov.core.rules;

import id.labinov.core.Checks;
import id.labinov.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result of checking a transition's gate: <em>every</em> violated rule, not only the first.
 * The transition is {@link #allowed() allowed} when no must-meet rule is violated; should-meet
 * violations are {@link #warnings() warnings}. Rules that could not be evaluated (e.g. programme
 * rules without a programme) are listed in {@link #notApplicable()}.
 *
 * @param transitionId the transition checked
 * @param violations every violation, in rulebook order, structural reasons first
 * @param notApplicable rules skipped as not applicable (with severity {@link Severity#SHOULD})
 */
public record Verdict(String transitionId, List<Violation> violations, List<Violation> notApplicable) {
  /**
   * Validates and copies the parts.
   *
   * @throws id.labinov.core.InvalidValueException if a part is missing
   */
  /**
   * The ids of verdicts on commands that are not rulebook transitions (editing, approving,
   * scoring, programme operations, ...): described as actions, not transitions.
   */
  public static final java.util.Set<String> ACTIONS = java.util.Set.of("propose", "update-details",
      "attach-evidence", "approve", "score", "monitoring", "open-programme", "adjust-schedule", "close-programme",
      "migrate-rulebook", "change-opd", "replay");

  public Verdict {
    Checks.notBlank(transitionId, "transitionId");
    violations = List.copyOf(Checks.notNull(violations, "violations"));
    notApplicable = List.copyOf(Checks.notNull(notApplicable, "notApplicable"));
  }

  /** Tells whether no must-meet rule is violated. */
  public boolean allowed() {
    for (int i = 0; i < violations.size(); i++) {
      if (violations.get(i).severity() == Severity.MUST) {
        return false;
      }
    }
    return true;
  }

  /** Returns the must-meet violations: the reasons for a refusal. */
  public List<Violation> refusals() {
    return withSeverity(Severity.MUST);
  }

  /** Returns the should-meet violations. */
  public List<Violation> warnings() {
    return withSeverity(Severity.SHOULD);
  }

  /** Returns the codes of every violation, in order. */
  public List<String> codes() {
    List<String> out = new ArrayList<>(violations.size());
    for (int i = 0; i < violations.size(); i++) {
      out.add(violations.get(i).code());
    }
    return List.copyOf(out);
  }

  private List<Violation> withSeverity(Severity severity) {
    List<Violation> out = null;
    for (int i = 0; i < violations.size(); i++) {
      Violation v = violations.get(i);
      if (v.severity() == severity) {
        if (out == null) {
          out = new ArrayList<>(violations.size() - i);
        }
        out.add(v);
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  /**
   * Describes the verdict for a person, one line per violation.
   *
   * @param locale {@code en} for English, otherwise Indonesian
   * @return the text
   */
  public String describe(Locale locale) {
    String kind = ACTIONS.contains(transitionId) ? "verdict.action." : "verdict.";
    String head = Messages.format(locale, kind + (allowed() ? "allowed" : "refused"), transitionId);
    return head + violations.stream()
        .map(v -> "\n  " + Messages.format(locale, "severity." + v.severity()) + " " + v.code() + ": " + v.message(locale))
        .collect(Collectors.joining());
  }

  /**
   * Returns this verdict if allowed, else throws, for callers who prefer to fail fast.
   *
   * @return this verdict
   * @throws TransitionRefusedException if a must-meet rule is violated
   */
  public Verdict orThrow() {
    if (!allowed()) {
      throw new TransitionRefusedException(this);
    }
    return this;
  }
}
