package id.labinov.portal.web;

import id.labinov.core.Labinov;
import id.labinov.core.engine.Availability;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleSpec;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The "why not yet" checklist of a gate: every requirement of the rulebook's transition, met or not,
 * as labinov's {@code available(ref, actor)} judges it for the person, each unmet one with labinov's
 * reason and the portal's fix; reasons that belong to no rule of the gate (authorisation, the command
 * itself) follow as unmet items of their own.
 */
@Component
public class Checklists {
  private final Labinov labinov;
  private final Words words;

  /**
   * Creates the builder.
   *
   * @param labinov labinov's entry point
   * @param words names and labels
   */
  public Checklists(Labinov labinov, Words words) {
    this.labinov = labinov;
    this.words = words;
  }

  /**
   * One requirement of a gate.
   *
   * @param met whether it is met now
   * @param advice whether it is a should-meet requirement (advice, not a refusal)
   * @param text the requirement in words
   * @param detail labinov's reason when unmet, else {@code null}
   * @param fix what to do, or {@code null}
   */
  public record Item(boolean met, boolean advice, String text, String detail, String fix) {}

  /**
   * The checklist of one transition.
   *
   * @param transitionId the transition's id
   * @param label the transition's name
   * @param toStage the code of the stage it leads to
   * @param toStageLabel that stage's label
   * @param allowed whether the person may take it now
   * @param items the requirements
   */
  public record Checklist(String transitionId, String label, String toStage, String toStageLabel, boolean allowed,
      List<Item> items) {}

  /**
   * The checklists of the unconditional advances from the innovation's current stage.
   *
   * @param ref the innovation
   * @param actor who would ask
   * @param rulebook its rulebook
   * @param locale the language
   * @return one checklist per advance (none in the last stage)
   */
  public List<Checklist> advances(InnovationRef ref, Actor actor, Rulebook rulebook, Locale locale) {
    List<Checklist> out = new ArrayList<>();
    for (Availability a : labinov.innovations().available(ref, actor)) {
      if (a.transition().kind() == TransitionKind.ADVANCE) {
        out.add(of(a.transition(), a.verdict(), rulebook, locale));
      }
    }
    return out;
  }

  /**
   * The checklist of one transition with its verdict.
   *
   * @param t the transition
   * @param verdict the verdict for the person
   * @param rulebook the rulebook
   * @param locale the language
   * @return the checklist
   */
  public Checklist of(Transition t, Verdict verdict, Rulebook rulebook, Locale locale) {
    List<Item> items = new ArrayList<>();
    Set<Violation> used = new HashSet<>();
    for (RuleSpec rule : t.rules()) {
      Violation broken = null;
      for (Violation v : verdict.violations()) {
        if (!used.contains(v) && matches(rule, v)) {
          broken = v;
          break;
        }
      }
      boolean advice = rule.severity() == Severity.SHOULD;
      if (broken == null) {
        items.add(new Item(true, advice, requirement(rule, locale), null, null));
      } else {
        used.add(broken);
        items.add(new Item(false, advice, requirement(rule, locale), words.message(broken, rulebook, locale),
            words.fix(broken, locale)));
      }
    }
    // reasons of no gate rule (authorisation, the command's own checks) come first, as a command meets them
    List<Item> others = new ArrayList<>();
    for (Violation v : verdict.violations()) {
      if (!used.contains(v)) {
        others.add(new Item(false, v.severity() == Severity.SHOULD, words.message(v, rulebook, locale), null,
            words.fix(v, locale)));
      }
    }
    others.addAll(items);
    String to = t.findTo().orElse(null);
    return new Checklist(t.id(), t.label().in(locale), to, to == null ? "" : words.stage(rulebook, to, locale),
        verdict.allowed(), others);
  }

  private static boolean matches(RuleSpec rule, Violation v) {
    if (!rule.type().equals(v.ruleType())) {
      return false;
    }
    Object key = null;
    for (String name : List.of("field", "kind", "role", "scheme", "stage")) {
      if (rule.parameters().get(name) != null) {
        key = rule.parameters().get(name);
        break;
      }
    }
    return key == null || (!v.arguments().isEmpty() && key.toString().equals(String.valueOf(v.arguments().get(0))));
  }

  /** A rule as a requirement in words. */
  private String requirement(RuleSpec rule, Locale locale) {
    var p = rule.parameters();
    return switch (rule.type()) {
      case "required-field" -> words.text("req.required-field", locale, field(p.get("field"), locale));
      case "min-length" -> words.text("req.min-length." + ("CHARACTERS".equals(p.get("unit")) ? "characters" : "words"),
          locale, field(p.get("field"), locale), number(p.get("min")));
      case "evidence" -> number(p.get("min")) > 1
          ? words.text("req.evidence.many", locale, words.evidenceKind(String.valueOf(p.get("kind")), locale), number(p.get("min")))
          : words.text("req.evidence", locale, words.evidenceKind(String.valueOf(p.get("kind")), locale));
      case "approvals" -> words.text("req.approvals", locale, role(p.get("role"), locale), Math.max(1, number(p.get("count"))));
      case "actor-role" -> words.text("req.actor-role", locale, roles(p.get("anyOf"), locale));
      case "min-days-in-stage" -> words.text("req.min-days-in-stage", locale, number(p.get("days")));
      case "no-open-conditions" -> words.text("req.no-open-conditions", locale);
      case "phase-window" -> words.text("req.phase-window", locale);
      case "min-evaluation-score" -> words.text("req.min-evaluation-score", locale, String.valueOf(p.get("min")));
      case "min-evaluators" -> words.text("req.min-evaluators", locale, number(p.get("count")));
      default -> words.text("req.other", locale, rule.type());
    };
  }

  private static String field(Object field, Locale locale) {
    String key = "field." + field;
    return id.labinov.core.i18n.Messages.isDefined(key) ? id.labinov.core.i18n.Messages.format(locale, key)
        : String.valueOf(field);
  }

  private static int number(Object value) {
    return value instanceof Number n ? n.intValue() : 1;
  }

  private String role(Object role, Locale locale) {
    try {
      return words.role(Role.valueOf(String.valueOf(role)), locale);
    } catch (IllegalArgumentException e) {
      return String.valueOf(role);
    }
  }

  private String roles(Object roles, Locale locale) {
    List<String> names = new ArrayList<>();
    if (roles instanceof Collection<?> c) {
      for (Object r : c) {
        names.add(role(r, locale));
      }
    }
    if (names.size() <= 1) {
      return String.join("", names);
    }
    String last = names.remove(names.size() - 1);
    return String.join(", ", names) + " " + words.text("word.or", locale) + " " + last;
  }
}
