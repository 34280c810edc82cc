package id.labinov.core.rules;

import id.labinov.core.Checks;
import id.labinov.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One unmet gate rule, or one structural reason a transition cannot apply (wrong stage, wrong
 * status).
 *
 * @param code stable upper-snake code, e.g. {@code EVIDENCE_MISSING}
 * @param severity must-meet (refuses) or should-meet (warns)
 * @param ruleType the rule type that found it, or {@code transition} for structural reasons
 * @param messageKey message key in the bundles
 * @param arguments message arguments (texts and numbers)
 */
public record Violation(String code, Severity severity, String ruleType, String messageKey, List<Object> arguments) {
  /**
   * Validates and copies the parts.
   *
   * @throws id.labinov.core.InvalidValueException if a part is missing
   */
  public Violation {
    Checks.notBlank(code, "code");
    Checks.notNull(severity, "severity");
    Checks.notBlank(ruleType, "ruleType");
    Checks.notBlank(messageKey, "messageKey");
    arguments = List.copyOf(Checks.notNull(arguments, "arguments"));
  }

  /**
   * Returns the message in the given language. Arguments naming a known field (e.g.
   * {@code designNarrative}) or role are shown with their label.
   *
   * @param locale {@code en} for English, anything else for Indonesian
   * @return the message
   */
  public String message(Locale locale) {
    List<Object> shown = new ArrayList<>(arguments.size());
    for (Object a : arguments) {
      if (a instanceof String s && s.contains(", ")) {
        List<String> parts = new ArrayList<>();
        for (String part : s.split(", ")) {
          parts.add(label(part, locale));
        }
        shown.add(String.join(", ", parts));
      } else if (a instanceof String s) {
        shown.add(label(s, locale));
      } else {
        shown.add(a);
      }
    }
    return Messages.format(locale, messageKey, shown);
  }

  private static String label(String s, Locale locale) {
    if (Messages.isDefined("field." + s)) {
      return Messages.format(locale, "field." + s);
    }
    if (Messages.isDefined("label.Role." + s)) {
      return Messages.format(locale, "label.Role." + s);
    }
    return s;
  }
}
