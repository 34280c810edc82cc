package id.labinov.portal.api;

import id.labinov.core.engine.Approval;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.Condition;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Facts;
import id.labinov.core.rules.Rule;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.RuleOutcome;
import id.labinov.core.rules.RuleParameters;
import id.labinov.core.rules.RuleSpec;
import id.labinov.core.rules.RuleType;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.Directory;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.portal.api.ApiViews.CodeLabel;
import id.labinov.portal.api.ApiViews.Opd;
import id.labinov.portal.api.ApiViews.Person;
import id.labinov.portal.api.ApiViews.Reason;
import id.labinov.portal.api.ApiViews.Requirement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The API's words: labels of stages, statuses and roles, names of work units and people from labinov's
 * directory, labinov's messages for refusal reasons, and the API bundle's fixes and requirement texts,
 * all in the language asked for. Turns labinov's verdicts into {@link ApiViews.Verdict}s.
 */
@Component
public class ApiTexts {
  private static final RuleTypes RULE_TYPES = RuleTypes.discovered();
  private static final List<String> LABEL_PREFIXES =
      List.of("field.", "label.Role.", "label.InnovationStatus.", "label.EvidenceKind.");

  private final MessageSource messages;
  private final Directory directory;

  /**
   * Creates the texts.
   *
   * @param messages the portal's messages (the API bundle among them)
   * @param storage labinov's storage, whose directory names work units and people
   */
  public ApiTexts(MessageSource messages, JdbcStorage storage) {
    this.messages = messages;
    this.directory = storage.directory();
  }

  /**
   * A text of the API bundle.
   *
   * @param locale the language
   * @param key the key
   * @param arguments its arguments
   * @return the text
   */
  public String t(Locale locale, String key, Object... arguments) {
    return withInnovationId(messages.getMessage(key, arguments, Messages.resolve(locale)));
  }

  private String tOrNull(Locale locale, String key, Object... arguments) {
    return withInnovationId(messages.getMessage(key, arguments, null, Messages.resolve(locale)));
  }

  private static final java.util.regex.Pattern INNOVATION_PATH =
      java.util.regex.Pattern.compile("^/api/innovations/([0-9A-Za-z-]{1,64})(?:/|$)");

  /**
   * Puts the innovation's id of the request being answered where a text says {@code <id>} (the fixes
   * name the call to make next), so a caller can follow the fix as written.
   */
  private static String withInnovationId(String text) {
    if (text == null || !text.contains("<id>")) {
      return text;
    }
    if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        instanceof org.springframework.web.context.request.ServletRequestAttributes request) {
      java.util.regex.Matcher m = INNOVATION_PATH.matcher(request.getRequest().getRequestURI());
      if (m.find()) {
        return text.replace("<id>", m.group(1));
      }
    }
    return text;
  }

  /**
   * A stage's code with its label in the rulebook.
   *
   * @param rulebook the rulebook
   * @param code the stage's code, or {@code null}
   * @param locale the language
   * @return the pair, or {@code null} for no stage
   */
  public CodeLabel stage(Rulebook rulebook, String code, Locale locale) {
    if (code == null) {
      return null;
    }
    String label = rulebook == null ? code : rulebook.findStage(code).map(s -> s.label().in(locale)).orElse(code);
    return new CodeLabel(code, label);
  }

  /**
   * A status with its label.
   *
   * @param status the status
   * @param locale the language
   * @return the pair
   */
  public CodeLabel status(InnovationStatus status, Locale locale) {
    return new CodeLabel(status.name(), status.label(locale));
  }

  /**
   * A role with its label.
   *
   * @param role the role
   * @param locale the language
   * @return the pair
   */
  public CodeLabel role(Role role, Locale locale) {
    return new CodeLabel(role.name(), Messages.format(locale, "label.Role." + role.name()));
  }

  /**
   * A work unit with its name from the directory.
   *
   * @param opd the unit, or {@code null}
   * @return the unit, or {@code null}
   */
  public Opd opd(OpdCode opd) {
    return opd == null ? null : new Opd(opd.value(), directory.findOpdName(opd).orElse(null));
  }

  /**
   * A person with the name from the directory ({@code null} when unknown or erased).
   *
   * @param person the person
   * @return the person
   */
  public Person person(PersonId person) {
    return person == null ? null : new Person(person.value(), directory.findPersonName(person).findName().orElse(null));
  }

  /**
   * An innovation's state as the API shows it.
   *
   * @param s the state
   * @param rulebook the rulebook it follows
   * @param locale the language
   * @return the view
   */
  public ApiViews.Innovation innovation(InnovationState s, Rulebook rulebook, Locale locale) {
    List<ApiViews.Evidence> evidence = new ArrayList<>();
    for (EvidenceRef e : s.evidence()) {
      evidence.add(new ApiViews.Evidence(evidenceKind(e.kind().code(), locale), e.uri().toString(), e.sha256(),
          e.mediaType(), e.sizeBytes()));
    }
    List<ApiViews.Approval> approvals = new ArrayList<>();
    for (Approval a : s.approvals()) {
      approvals.add(new ApiViews.Approval(role(a.role(), locale), a.approver().value(), a.at()));
    }
    List<ApiViews.OpenCondition> conditions = new ArrayList<>();
    for (Condition c : s.openConditions()) {
      conditions.add(new ApiViews.OpenCondition(c.id(), c.text()));
    }
    return new ApiViews.Innovation(s.id().toString(), s.region().value(), s.details().title(),
        stage(rulebook, s.stage(), locale), status(s.status(), locale), s.version(), opd(s.details().opd()),
        person(s.proposedBy()), s.programmeId(), s.rulebookReference(), s.proposedAt(), s.stageEnteredAt(),
        s.lastChangedAt(), s.details().texts(), evidence, approvals, conditions);
  }

  private CodeLabel evidenceKind(String code, Locale locale) {
    String key = "label.EvidenceKind." + code;
    return new CodeLabel(code, Messages.isDefined(key) ? Messages.format(locale, key) : code);
  }

  /**
   * A value named in a message shown as people read it: a field, role, status or evidence kind by its
   * label, a stage or transition by the rulebook's label; anything else as it is.
   *
   * @param value the value
   * @param rulebook the rulebook, or {@code null}
   * @param locale the language
   * @return the text
   */
  public String shown(Object value, Rulebook rulebook, Locale locale) {
    if (!(value instanceof String s)) {
      return String.valueOf(value);
    }
    if (s.contains(", ")) {
      return java.util.Arrays.stream(s.split(", ")).map(p -> shown(p, rulebook, locale))
          .collect(Collectors.joining(", "));
    }
    for (String prefix : LABEL_PREFIXES) {
      if (Messages.isDefined(prefix + s)) {
        return Messages.format(locale, prefix + s);
      }
    }
    if (rulebook != null) {
      Optional<Stage> stage = rulebook.findStage(s);
      if (stage.isPresent()) {
        return stage.get().label().in(locale);
      }
      Optional<Transition> t = rulebook.findTransition(s);
      if (t.isPresent()) {
        return t.get().label().in(locale);
      }
    }
    return s;
  }

  /**
   * What to do about a reason, from the API bundle ({@code api.fix.<CODE>}, else the general fix).
   *
   * @param code labinov's code
   * @param arguments the reason's arguments
   * @param rulebook the rulebook, or {@code null}
   * @param locale the language
   * @return the fix
   */
  public String fix(String code, List<?> arguments, Rulebook rulebook, Locale locale) {
    Object[] shown = arguments.stream().map(a -> shown(a, rulebook, locale)).toArray();
    String fix = tOrNull(locale, "api.fix." + code, shown);
    return fix != null ? fix : t(locale, "api.fix.default");
  }

  /**
   * A refusal reason or warning with its message and fix.
   *
   * @param v labinov's violation
   * @param rulebook the rulebook, or {@code null}
   * @param locale the language
   * @return the reason
   */
  public Reason reason(Violation v, Rulebook rulebook, Locale locale) {
    return new Reason(v.code(), v.severity().name(), v.message(locale, rulebook),
        fix(v.code(), v.arguments(), rulebook, locale));
  }

  /**
   * Every reason of a verdict.
   *
   * @param verdict the verdict
   * @param rulebook the rulebook, or {@code null}
   * @param locale the language
   * @return the reasons, refusals and warnings in labinov's order
   */
  public List<Reason> reasons(Verdict verdict, Rulebook rulebook, Locale locale) {
    return verdict.violations().stream().map(v -> reason(v, rulebook, locale)).toList();
  }

  /**
   * A verdict as the API shows it: labinov's verdict (allowed, every reason) and each rule of the
   * transition's gate, judged on the same facts, met or not, in words.
   *
   * @param rulebook the rulebook
   * @param verdict labinov's verdict
   * @param facts the facts the gate read
   * @param context the moment and zone judged at
   * @param locale the language
   * @return the view
   */
  public ApiViews.Verdict verdict(Rulebook rulebook, Verdict verdict, Facts facts, RuleContext context,
      Locale locale) {
    Optional<Transition> t = rulebook.findTransition(verdict.transitionId());
    List<Requirement> requirements = t.map(tr -> requirements(tr, rulebook, facts, context, locale)).orElse(List.of());
    return new ApiViews.Verdict(rulebook.reference(), verdict.transitionId(),
        t.map(tr -> tr.label().in(locale)).orElse(verdict.transitionId()), t.map(tr -> tr.kind().name()).orElse(null),
        t.flatMap(Transition::findTo).map(to -> stage(rulebook, to, locale)).orElse(null), verdict.allowed(),
        verdict.describe(locale, rulebook), reasons(verdict, rulebook, locale), requirements);
  }

  /**
   * Each rule of a transition's gate judged on the facts, in words.
   *
   * @param transition the transition
   * @param rulebook its rulebook
   * @param facts the facts
   * @param context the moment and zone
   * @param locale the language
   * @return one requirement per rule, in the rulebook's order
   */
  public List<Requirement> requirements(Transition transition, Rulebook rulebook, Facts facts, RuleContext context,
      Locale locale) {
    List<Requirement> out = new ArrayList<>();
    List<RuleSpec> rules = transition.rules();
    for (int i = 0; i < rules.size(); i++) {
      RuleSpec spec = rules.get(i);
      String words = describe(spec, rulebook, locale);
      Optional<RuleType> type = RULE_TYPES.find(spec.type());
      if (type.isEmpty()) {
        out.add(new Requirement(spec.type(), spec.severity().name(), "NOT_APPLICABLE", true, words, null,
            t(locale, "api.requirement.unknownType", spec.type()), null));
        continue;
      }
      Rule rule = type.get().create(new RuleParameters("$.transitions[" + transition.id() + "].rules[" + i + "]",
          spec.parameters()));
      RuleOutcome outcome = rule.evaluate(facts, context);
      switch (outcome.result()) {
        case PASSED -> out.add(new Requirement(spec.type(), spec.severity().name(), "MET", true, words, null, null,
            null));
        case VIOLATED -> {
          Violation v = new Violation(outcome.code(), spec.severity(), spec.type(), outcome.messageKey(),
              outcome.arguments());
          out.add(new Requirement(spec.type(), spec.severity().name(), "UNMET", false, words, v.code(),
              v.message(locale, rulebook), fix(v.code(), v.arguments(), rulebook, locale)));
        }
        case NOT_APPLICABLE -> {
          Violation v = new Violation(outcome.code(), Severity.SHOULD, spec.type(), outcome.messageKey(),
              outcome.arguments());
          out.add(new Requirement(spec.type(), spec.severity().name(), "NOT_APPLICABLE", true, words, v.code(),
              v.message(locale, rulebook), null));
        }
        default -> throw new IllegalStateException("unknown rule outcome " + outcome.result());
      }
    }
    return out;
  }

  /**
   * What a rule asks, in words ({@code api.rule.<type>} with its parameters shown as labels).
   *
   * @param spec the rule as the rulebook gives it
   * @param rulebook the rulebook
   * @param locale the language
   * @return the words
   */
  public String describe(RuleSpec spec, Rulebook rulebook, Locale locale) {
    Map<String, Object> p = spec.parameters();
    Object[] args = switch (spec.type()) {
      case "required-field" -> new Object[] {shown(p.get("field"), rulebook, locale)};
      case "min-length" -> new Object[] {shown(p.get("field"), rulebook, locale), p.get("min"),
          t(locale, "api.unit." + String.valueOf(p.getOrDefault("unit", "WORDS")).toUpperCase(Locale.ROOT))};
      case "evidence" -> new Object[] {shown(p.get("kind"), rulebook, locale), p.getOrDefault("min", 1)};
      case "approvals" -> new Object[] {shown(p.get("role"), rulebook, locale), p.getOrDefault("count", 1)};
      case "actor-role", "status", "approval-role" -> new Object[] {list(p.get("anyOf"), rulebook, locale)};
      case "approver-own-opd" -> new Object[] {list(p.get("roles"), rulebook, locale)};
      case "actor-own-opd", "actor-on-team" -> new Object[] {list(p.get("exempt"), rulebook, locale)};
      case "min-days-in-stage" -> new Object[] {p.get("days")};
      case "phase-window" -> new Object[] {shown(p.get("stage"), rulebook, locale)};
      case "min-evaluation-score" -> new Object[] {p.get("scheme"), p.get("min")};
      case "min-evaluators" -> new Object[] {p.get("scheme"), p.get("count")};
      default -> new Object[] {spec.type()};
    };
    String words = tOrNull(locale, "api.rule." + spec.type(), args);
    return words != null ? words : t(locale, "api.rule.other", spec.type());
  }

  private String list(Object value, Rulebook rulebook, Locale locale) {
    if (value instanceof Collection<?> c && !c.isEmpty()) {
      return c.stream().map(v -> shown(String.valueOf(v), rulebook, locale))
          .collect(Collectors.joining(", "));
    }
    return value == null ? "-" : shown(String.valueOf(value), rulebook, locale);
  }
}
