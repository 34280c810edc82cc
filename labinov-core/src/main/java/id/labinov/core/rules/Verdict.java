package id.labinov.core.rules;

import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
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
   * The ids of verdicts on commands that are not rulebook transitions (editing, approving,
   * scoring, programme operations, ...): described as actions, not transitions, each by its label
   * ({@code action.<id>} in the bundles, e.g. "Beri nilai" / "Submit scores" for {@code score}).
   */
  public static final java.util.Set<String> ACTIONS = java.util.Set.of("propose", "update-details",
      "attach-evidence", "approve", "score", "monitoring", "open-programme", "adjust-schedule", "close-programme",
      "migrate-rulebook", "change-opd", "hand-over", "replay", "add-document", "supersede-document", "delete-document",
      "put-claim", "remove-claim", "verify-claim", "record-entry", "record-version");

  /**
   * Validates and copies the parts.
   *
   * @param transitionId the transition checked
   * @param violations every violation, in rulebook order, structural reasons first
   * @param notApplicable rules skipped as not applicable (with severity {@link Severity#SHOULD})
   * @throws id.labinov.core.error.InvalidValueException if a part is missing
   */
  public Verdict {
    Checks.notBlank(transitionId, "transitionId");
    violations = List.copyOf(Checks.notNull(violations, "violations"));
    notApplicable = List.copyOf(Checks.notNull(notApplicable, "notApplicable"));
  }

  /** {@return whether no must-meet rule is violated} */
  public boolean allowed() {
    for (int i = 0; i < violations.size(); i++) {
      if (violations.get(i).severity() == Severity.MUST) {
        return false;
      }
    }
    return true;
  }

  /** {@return the must-meet violations: the reasons for a refusal} */
  public List<Violation> refusals() {
    return withSeverity(Severity.MUST);
  }

  /** {@return the should-meet violations} */
  public List<Violation> warnings() {
    return withSeverity(Severity.SHOULD);
  }

  /** {@return the codes of every violation, in order} */
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
   * Describes the verdict for a person: a head line naming the action by its label (transitions by
   * their id; see {@link #describe(Locale, Rulebook)} for their labels), then one line per violation
   * with its severity and its message, worded as a requirement or as advice. Codes are left out: they
   * are for machines ({@link #codes()}, {@link Violation#code()}).
   *
   * @param locale {@code en} for English, otherwise (also {@code null}) Indonesian
   * @return the text
   */
  public String describe(Locale locale) {
    return describe(locale, null);
  }

  /**
   * Describes the verdict like {@link #describe(Locale)}, naming the transition and the stages and
   * transitions in the messages by their labels in the rulebook, e.g. {@code Perpindahan "Lanjut ke
   * Diagnose" ditolak.} instead of {@code Perpindahan "drum-up-to-diagnose" ditolak.} A verdict on a
   * kind of move no transition of the rulebook makes ({@code advance}, {@code conditional-advance},
   * {@code return-for-rework}) names the kind.
   *
   * @param locale {@code en} for English, otherwise (also {@code null}) Indonesian
   * @param rulebook the rulebook the verdict was reached under, or {@code null} to show ids
   * @return the text
   */
  public String describe(Locale locale, Rulebook rulebook) {
    String head;
    if (ACTIONS.contains(transitionId)) {
      head = Messages.format(locale, "verdict.action." + (allowed() ? "allowed" : "refused"),
          Messages.format(locale, "action." + transitionId));
    } else {
      String name = rulebook == null ? null
          : rulebook.findTransition(transitionId).map(t -> t.label().in(locale)).orElse(null);
      if (name == null) {
        // a move of some kind that no transition of the rulebook makes, e.g. "advance" to a stage it cannot reach
        name = Messages.isDefined("transition." + transitionId) ? Messages.format(locale, "transition." + transitionId)
            : transitionId;
      }
      head = Messages.format(locale, "verdict." + (allowed() ? "allowed" : "refused"), name);
    }
    return head + violations.stream()
        .map(v -> "\n  " + Messages.format(locale, "severity." + v.severity()) + " " + v.message(locale, rulebook))
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
