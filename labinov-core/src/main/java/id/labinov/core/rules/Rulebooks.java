package id.labinov.core.rules;

import id.labinov.core.error.InputLimitException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.Resources;
import id.labinov.core.model.InnovationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads, checks and exports rulebooks, and evaluates their gates.
 *
 * <p>The shipped rulebooks are {@link #fiveD()} (the 5D method: DRUM_UP, DIAGNOSE, DESIGN, DELIVER,
 * DISPLAY) and {@link #fiveDPlusOne()} (adds DOCUMENTATION). The JSON format is described by the
 * JSON Schema at {@value #SCHEMA_RESOURCE}. All methods are thread-safe.
 */
public final class Rulebooks {
  /** Class-path resource of the rulebook format's JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/id/labinov/core/rulebooks/rulebook.schema.json";
  /** Class-path resource of the 5D rulebook. */
  public static final String FIVE_D_RESOURCE = "/id/labinov/core/rulebooks/5d.json";
  /** Class-path resource of the 5D+1 rulebook. */
  public static final String FIVE_D_PLUS_ONE_RESOURCE = "/id/labinov/core/rulebooks/5d-plus-1.json";
  /** Class-path resource of version 2 of the 5D rulebook (ownership and region rules). */
  public static final String FIVE_D_V2_RESOURCE = "/id/labinov/core/rulebooks/5d-v2.json";
  /** Class-path resource of version 2 of the 5D+1 rulebook (ownership and region rules). */
  public static final String FIVE_D_PLUS_ONE_V2_RESOURCE = "/id/labinov/core/rulebooks/5d-plus-1-v2.json";

  private Rulebooks() {}

  /**
   * Parses a rulebook that uses only built-in rule types.
   *
   * @param json the rulebook JSON
   * @return the validated rulebook
   * @throws RulebookValidationException listing every problem with its JSON path
   */
  public static Rulebook parse(String json) {
    return parse(json, RuleTypes.builtIn());
  }

  /**
   * Parses a rulebook.
   *
   * @param json the rulebook JSON
   * @param types the rule types it may use
   * @return the validated rulebook
   * @throws RulebookValidationException listing every problem with its JSON path
   */
  public static Rulebook parse(String json, RuleTypes types) {
    return parse(json, types, RulebookLimits.defaults());
  }

  /**
   * Parses a rulebook within limits.
   *
   * @param json the rulebook JSON
   * @param types the rule types it may use
   * @param limits how large and deep it may be
   * @return the validated rulebook
   * @throws RulebookValidationException listing every problem with its JSON path
   * @throws InputLimitException if it is larger or deeper than {@code limits} allow
   */
  public static Rulebook parse(String json, RuleTypes types, RulebookLimits limits) {
    Checks.notNull(json, "json");
    Checks.notNull(types, "types");
    Checks.notNull(limits, "limits");
    return RulebookReader.read("rulebook", json, types, limits);
  }

  /**
   * Reads a rulebook from a UTF-8 stream (the caller closes it).
   *
   * @param source a name for messages, e.g. the file name
   * @param in the stream
   * @param types the rule types it may use
   * @return the validated rulebook
   * @throws RulebookValidationException listing every problem
   * @throws InputLimitException if it is larger or deeper than {@link RulebookLimits#defaults()} allow
   * @throws InvalidValueException with code {@code MALFORMED_UTF8} naming the byte offset if the stream
   *     is not UTF-8 (a leading byte order mark is dropped)
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Rulebook read(String source, InputStream in, RuleTypes types) {
    return read(source, in, types, RulebookLimits.defaults());
  }

  /**
   * Reads a rulebook from a UTF-8 stream within limits (the caller closes the stream). At most
   * {@code limits.maxBytes() + 1} bytes are read, so a stream of any length costs no more memory.
   *
   * @param source a name for messages, e.g. the file name
   * @param in the stream
   * @param types the rule types it may use
   * @param limits how large and deep it may be
   * @return the validated rulebook
   * @throws RulebookValidationException listing every problem
   * @throws InputLimitException if it is larger or deeper than {@code limits} allow
   * @throws InvalidValueException with code {@code MALFORMED_UTF8} naming the byte offset if the stream
   *     is not UTF-8 (a leading byte order mark is dropped)
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Rulebook read(String source, InputStream in, RuleTypes types, RulebookLimits limits) {
    Checks.notNull(in, "in");
    Checks.notNull(types, "types");
    Checks.notNull(limits, "limits");
    String name = Checks.notBlank(source, "source");
    try {
      byte[] bytes = in.readNBytes((int) limits.maxBytes() + 1);
      if (bytes.length > limits.maxBytes()) {
        throw new InputLimitException(name, "rulebook.maxBytes", limits.maxBytes(), "RulebookLimits.withMaxBytes");
      }
      return RulebookReader.read(name, Checks.utf8(bytes, name), types, limits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rulebook " + source, e);
    }
  }

  /**
   * Returns the shipped 5D rulebook ({@code 5d}), built-in rule types only.
   *
   * @return the rulebook
   */
  public static Rulebook fiveD() {
    return Holder.FIVE_D;
  }

  /**
   * Returns the shipped 5D+1 rulebook ({@code 5d-plus-1}): 5D plus DOCUMENTATION.
   *
   * @return the rulebook
   */
  public static Rulebook fiveDPlusOne() {
    return Holder.FIVE_D_PLUS_ONE;
  }

  /**
   * Returns a shipped version of the 5D rulebook: 1 ({@link #fiveD()}), or 2, which adds the
   * ownership rule types ({@code actor-in-region} on every transition and command,
   * {@code actor-own-opd} and {@code actor-on-team} where innovators or OPD heads may act), so the
   * rulebook itself says what the services' default authorisation enforces. Innovations on version 1
   * move to version 2 with {@code lab.migrations().plan(...)} and {@code migrate(...)}.
   *
   * @param version 1 or 2
   * @return the rulebook
   * @throws InvalidValueException with code {@code UNKNOWN_RULEBOOK_VERSION} for another version
   */
  public static Rulebook fiveD(int version) {
    return switch (version) {
      case 1 -> Holder.FIVE_D;
      case 2 -> Holder.FIVE_D_V2;
      default -> throw new InvalidValueException("UNKNOWN_RULEBOOK_VERSION", "version", version,
          "error.shippedRulebookVersion", "5d", "1, 2");
    };
  }

  /**
   * Returns a shipped version of the 5D+1 rulebook: 1 ({@link #fiveDPlusOne()}) or 2 (with the
   * ownership rule types, as {@link #fiveD(int)}).
   *
   * @param version 1 or 2
   * @return the rulebook
   * @throws InvalidValueException with code {@code UNKNOWN_RULEBOOK_VERSION} for another version
   */
  public static Rulebook fiveDPlusOne(int version) {
    return switch (version) {
      case 1 -> Holder.FIVE_D_PLUS_ONE;
      case 2 -> Holder.FIVE_D_PLUS_ONE_V2;
      default -> throw new InvalidValueException("UNKNOWN_RULEBOOK_VERSION", "version", version,
          "error.shippedRulebookVersion", "5d-plus-1", "1, 2");
    };
  }

  /**
   * Loads a rulebook from a class-path resource.
   *
   * <p>labinov's shipped resources are always found. On the module path, a resource of another
   * module is found only if it lies in a package that module opens, or outside any package.
   *
   * @param resource an absolute resource path, e.g. {@link #FIVE_D_RESOURCE}
   * @param types the rule types it may use
   * @return the rulebook
   * @throws InvalidValueException with code {@code RESOURCE_NOT_FOUND} if there is no such resource
   */
  public static Rulebook fromResource(String resource, RuleTypes types) {
    Checks.notBlank(resource, "resource");
    try (InputStream in = Resources.open(Rulebooks.class, resource)) {
      if (in == null) {
        throw new InvalidValueException("RESOURCE_NOT_FOUND", "resource", resource, "error.resourceNotFound");
      }
      return read(resource, in, types);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks a transition's gate against facts, listing every violation: structural reasons first
   * ({@code WRONG_STAGE}: the transition does not start from the current stage; {@code WRONG_STATUS}:
   * e.g. advancing while on hold), then each rule in rulebook order.
   *
   * @param rulebook the rulebook
   * @param transitionId the transition's id
   * @param facts the innovation's facts
   * @param context the time and zone
   * @return the verdict
   * @throws InvalidValueException with code {@code UNKNOWN_TRANSITION} if the id is not in the rulebook
   */
  public static Verdict check(Rulebook rulebook, String transitionId, Facts facts, RuleContext context) {
    Checks.notNull(rulebook, "rulebook");
    Checks.notNull(facts, "facts");
    Checks.notNull(context, "context");
    Rulebook.Gate gate = rulebook.transitionGate(transitionId);
    Transition t = gate.transition();
    List<Violation> structural = null;
    if (!t.startsFrom(facts.stage())) {
      structural = new ArrayList<>(2);
      structural.add(new Violation("WRONG_STAGE", Severity.MUST, "transition", "violation.WRONG_STAGE",
          List.of(t.id(), facts.stage(), String.join(", ", t.from()))));
    }
    InnovationStatus required = requiredStatus(t.kind(), facts.status());
    if (required != null) {
      if (structural == null) {
        structural = new ArrayList<>(1);
      }
      structural.add(new Violation("WRONG_STATUS", Severity.MUST, "transition", "violation.WRONG_STATUS",
          List.of(t.id(), facts.status().name(), required.name())));
    }
    return evaluate(gate, t.id(), structural, facts, context);
  }

  /**
   * Checks a non-transition command's rules against facts (who may propose, edit, attach evidence
   * or approve, and in which status), listing every violation in rule order. For {@code approve},
   * the facts carry the role asked for ({@link Facts#approvalRole()}).
   *
   * @param rulebook the rulebook (its own {@code commands} section, or the shipped defaults)
   * @param command one of {@link Rulebook#COMMANDS}
   * @param facts the innovation's facts
   * @param context the time and zone
   * @return the verdict, with the command as its id
   * @throws InvalidValueException with code {@code UNKNOWN_COMMAND} for another command
   */
  public static Verdict checkCommand(Rulebook rulebook, String command, Facts facts, RuleContext context) {
    Checks.notNull(rulebook, "rulebook");
    Checks.notNull(facts, "facts");
    Checks.notNull(context, "context");
    return evaluate(rulebook.commandGate(command), command, null, facts, context);
  }

  /**
   * Evaluates the rules after the structural violations (or {@code null}); the lists are made only
   * when something is found, and a check that finds nothing gets the rulebook's shared passed verdict.
   */
  private static Verdict evaluate(Rulebook.Gate gate, String id, List<Violation> structural, Facts facts,
      RuleContext context) {
    List<RuleSpec> specs = gate.specs();
    List<Rule> rules = gate.rules();
    List<Violation> violations = structural;
    Violation onlyViolation = null;
    List<Violation> skipped = null;
    for (int i = 0; i < rules.size(); i++) {
      RuleSpec spec = specs.get(i);
      RuleOutcome outcome = rules.get(i).evaluate(facts, context);
      if (outcome == null) {
        throw new IllegalStateException("rule type " + spec.type() + " returned null");
      }
      switch (outcome.result()) {
        case VIOLATED -> {
          Violation v = new Violation(outcome.code(), spec.severity(), spec.type(), outcome.messageKey(),
              outcome.arguments());
          if (violations == null && onlyViolation == null) {
            onlyViolation = v; // a list is made only for a second one
          } else {
            if (violations == null) {
              violations = new ArrayList<>(4);
              violations.add(onlyViolation);
              onlyViolation = null;
            }
            violations.add(v);
          }
        }
        case NOT_APPLICABLE -> {
          if (skipped == null) {
            skipped = new ArrayList<>(2);
          }
          skipped.add(new Violation(outcome.code(), Severity.SHOULD, spec.type(), outcome.messageKey(),
              outcome.arguments()));
        }
        default -> { }
      }
    }
    if (violations == null && onlyViolation == null && skipped == null) {
      return gate.passed();
    }
    return new Verdict(id, onlyViolation != null ? List.of(onlyViolation) : violations == null ? List.of() : violations,
        skipped == null ? List.of() : skipped);
  }

  /** Returns the status the transition needs, or {@code null} if the current one is fine. */
  private static InnovationStatus requiredStatus(TransitionKind kind, InnovationStatus actual) {
    return switch (kind) {
      case RESUME -> actual == InnovationStatus.ON_HOLD ? null : InnovationStatus.ON_HOLD;
      case REOPEN -> actual == InnovationStatus.DROPPED ? null : InnovationStatus.DROPPED;
      case DROP, CLEAR_CONDITION -> actual == InnovationStatus.DROPPED ? InnovationStatus.ACTIVE : null;
      default -> actual == InnovationStatus.ACTIVE ? null : InnovationStatus.ACTIVE;
    };
  }

  /**
   * Counts words as the {@code min-length} rule does: tokens separated by white space (Unicode
   * spaces included) that contain at least one letter or digit.
   *
   * @param text the text, or {@code null} (0 words)
   * @return the number of words
   */
  public static int countWords(String text) {
    return text == null ? 0 : BuiltInRuleTypes.MinLength.words(text);
  }

  /**
   * Exports a rulebook as a Mermaid state diagram ({@code stateDiagram-v2}), with stage and
   * transition labels in the given language.
   *
   * @param rulebook the rulebook
   * @param locale {@code en} for English, otherwise Indonesian
   * @return the diagram source
   */
  public static String toMermaid(Rulebook rulebook, Locale locale) {
    return MermaidExport.render(Checks.notNull(rulebook, "rulebook"), locale);
  }

  private static final class Holder {
    static final Rulebook FIVE_D = fromResource(FIVE_D_RESOURCE, RuleTypes.builtIn());
    static final Rulebook FIVE_D_PLUS_ONE = fromResource(FIVE_D_PLUS_ONE_RESOURCE, RuleTypes.builtIn());
    static final Rulebook FIVE_D_V2 = fromResource(FIVE_D_V2_RESOURCE, RuleTypes.builtIn());
    static final Rulebook FIVE_D_PLUS_ONE_V2 = fromResource(FIVE_D_PLUS_ONE_V2_RESOURCE, RuleTypes.builtIn());
  }
}
