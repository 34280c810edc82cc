package id.labinov.core.rules;

import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One unmet gate rule, or one structural reason a transition cannot apply (wrong stage, wrong
 * status).
 *
 * <p>The code, key and arguments are for machines (logs, refusal records, counts); {@link
 * #message(Locale)} is for people. A should-meet violation is worded as advice ("Hasil sebaiknya
 * diisi." / "Results should be filled in."), a must-meet one as a requirement ("Hasil wajib diisi."):
 * the message comes from the key's should-form, {@code messageKey + }{@value #SHOULD_FORM}, where the
 * bundles define one. A rule type of one's own gives its keys a should-form the same way.
 *
 * @param code stable upper-snake code, e.g. {@code EVIDENCE_MISSING}
 * @param severity must-meet (refuses) or should-meet (warns)
 * @param ruleType the rule type that found it, or {@code transition} for structural reasons
 * @param messageKey message key in the bundles (the must-meet wording)
 * @param arguments message arguments (texts and numbers)
 */
public record Violation(String code, Severity severity, String ruleType, String messageKey, List<Object> arguments) {
  /** The suffix that turns a message key into its should-meet form, e.g. {@code violation.FIELD_REQUIRED.should}. */
  public static final String SHOULD_FORM = ".should";

  /** The kinds of value an argument may name, by the prefix of their label keys. */
  private static final List<String> LABELLED = List.of("field.", "label.Role.", "label.InnovationStatus.");
  /** The same, for violations about evidence, whose arguments also name evidence kinds. */
  private static final List<String> LABELLED_WITH_EVIDENCE =
      List.of("field.", "label.Role.", "label.InnovationStatus.", "label.EvidenceKind.");
  /** The codes of violations about evidence. */
  private static final java.util.Set<String> EVIDENCE_CODES = java.util.Set.of("EVIDENCE_MISSING", "DUPLICATE_EVIDENCE");

  /**
   * Validates and copies the parts.
   *
   * @param code stable upper-snake code, e.g. {@code EVIDENCE_MISSING}
   * @param severity must-meet (refuses) or should-meet (warns)
   * @param ruleType the rule type that found it, or {@code transition} for structural reasons
   * @param messageKey message key in the bundles (the must-meet wording)
   * @param arguments message arguments (texts and numbers)
   * @throws id.labinov.core.error.InvalidValueException if a part is missing
   */
  public Violation {
    Checks.notBlank(code, "code");
    Checks.notNull(severity, "severity");
    Checks.notBlank(ruleType, "ruleType");
    Checks.notBlank(messageKey, "messageKey");
    arguments = List.copyOf(Checks.notNull(arguments, "arguments"));
  }

  /**
   * Returns the message in the given language, worded by severity (see the type's description).
   * Arguments naming a known field (e.g. {@code designNarrative}), role or status, and the evidence
   * kind of a violation about evidence, are shown with their label; a list of alternatives written {@code A|B} reads "A atau B" / "A or B".
   *
   * @param locale {@code en} for English, anything else (also {@code null}) for Indonesian
   * @return the message
   */
  public String message(Locale locale) {
    return message(locale, null);
  }

  /**
   * Returns the message like {@link #message(Locale)}, also showing the stages and transitions of a
   * rulebook by their labels (e.g. {@code "Lanjut ke Display"} for {@code deliver-to-display}).
   *
   * @param locale {@code en} for English, anything else (also {@code null}) for Indonesian
   * @param rulebook the rulebook the violation was found under, or {@code null} to show ids as they are
   * @return the message
   */
  public String message(Locale locale, Rulebook rulebook) {
    List<String> labelled = EVIDENCE_CODES.contains(code) ? LABELLED_WITH_EVIDENCE : LABELLED;
    List<Object> shown = new ArrayList<>(arguments.size());
    for (Object a : arguments) {
      shown.add(a instanceof String s ? shown(s, locale, rulebook, labelled) : a);
    }
    return Messages.format(locale, wordingKey(), shown);
  }

  /** Returns the key the message is worded from: the should-form of a should-meet violation, if defined. */
  String wordingKey() {
    if (severity == Severity.SHOULD) {
      String should = messageKey + SHOULD_FORM;
      if (Messages.isDefined(should)) {
        return should;
      }
    }
    return messageKey;
  }

  private static String shown(String s, Locale locale, Rulebook rulebook, List<String> labelled) {
    if (s.contains(", ")) {
      List<String> parts = new ArrayList<>();
      for (String part : s.split(", ")) {
        parts.add(label(part, locale, rulebook, labelled));
      }
      return String.join(", ", parts);
    }
    if (s.indexOf('|') > 0 && !s.endsWith("|")) {
      String[] parts = s.split("\\|");
      String out = label(parts[0], locale, rulebook, labelled);
      for (int i = 1; i < parts.length; i++) {
        out = Messages.format(locale, "list.or", out, label(parts[i], locale, rulebook, labelled));
      }
      return out;
    }
    return label(s, locale, rulebook, labelled);
  }

  private static String label(String s, Locale locale, Rulebook rulebook, List<String> labelled) {
    for (String prefix : labelled) {
      if (Messages.isDefined(prefix + s)) {
        return Messages.format(locale, prefix + s);
      }
    }
    if (rulebook != null) {
      Optional<Stage> stage = rulebook.findStage(s);
      if (stage.isPresent()) {
        return stage.get().label().in(locale);
      }
      Optional<Transition> transition = rulebook.findTransition(s);
      if (transition.isPresent()) {
        return transition.get().label().in(locale);
      }
    }
    return s;
  }
}
