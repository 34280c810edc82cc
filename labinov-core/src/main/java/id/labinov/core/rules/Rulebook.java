package id.labinov.core.rules;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.json.JsonTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stage model as data: stages, the entry stage, transitions and their gate rules. Loaded and
 * validated by {@link Rulebooks}; immutable and thread-safe.
 *
 * <p>Two rulebooks are equal when their canonical forms are equal; {@link #hash()} is the SHA-256
 * of the canonical form (labels included), which stores use to refuse a known id and version with
 * different content.
 */
public final class Rulebook {
  /**
   * The commands that are not transitions and have rules of their own, in a rulebook's
   * {@code commands} section or, when it has none, in the shipped defaults.
   */
  public static final List<String> COMMANDS = List.of("propose", "update-details", "attach-evidence", "approve");

  private final String id;
  private final int version;
  private final LocalizedText name;
  private final LocalizedText description;
  private final String entryStage;
  private final List<Stage> stages;
  private final List<Transition> transitions;
  private final Map<String, List<Rule>> compiled;
  private final String canonicalJson;
  private final String hash;
  private final Map<String, Stage> stagesByCode;
  private final Map<String, Transition> transitionsById;
  /** Transitions per starting stage; a transition from any stage is in every list. */
  private final Map<String, List<Transition>> transitionsByStage;
  /** This rulebook's own command rules, or {@code null} when the shipped defaults apply. */
  private final CommandRules ownCommands;
  private final CommandRules commands;
  /** This rulebook's own sustainability settings, or {@code null} when the defaults apply. */
  private final SustainabilitySettings ownSustainability;
  /** What a check of a transition needs, found in one lookup. */
  private final Map<String, Gate> transitionGates;
  /** What a check of a command needs. */
  private final Map<String, Gate> commandGates;

  /**
   * What checking one transition or command needs: the transition ({@code null} for a command), its
   * rules and their compiled forms, and the verdict of a check that finds nothing (shared).
   */
  record Gate(Transition transition, List<RuleSpec> specs, List<Rule> rules, Verdict passed) {}
  /** The evaluation schemes the compiled rules read, sorted. */
  private final java.util.Set<String> evaluationSchemes;

  Rulebook(String id, int version, LocalizedText name, LocalizedText description, String entryStage, List<Stage> stages,
      List<Transition> transitions, Map<String, List<Rule>> compiled, CommandRules ownCommands,
      SustainabilitySettings ownSustainability) {
    this.ownSustainability = ownSustainability;
    this.id = id;
    this.version = version;
    this.name = name;
    this.description = description;
    this.entryStage = entryStage;
    List<Stage> sorted = new ArrayList<>(stages);
    sorted.sort(Comparator.comparingInt(Stage::order));
    this.stages = List.copyOf(sorted);
    this.transitions = List.copyOf(transitions);
    this.compiled = lookup(compiled);
    this.ownCommands = ownCommands;
    this.commands = ownCommands != null ? ownCommands : CommandRules.defaults();
    this.canonicalJson = JsonTree.canonical(RulebookWriter.toTree(this));
    this.hash = JsonTree.sha256(canonicalJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<String, Stage> byCode = new java.util.HashMap<>();
    this.stages.forEach(st -> byCode.putIfAbsent(st.code(), st));
    this.stagesByCode = lookup(byCode);
    Map<String, Transition> byId = new java.util.HashMap<>();
    this.transitions.forEach(t -> byId.putIfAbsent(t.id(), t));
    this.transitionsById = lookup(byId);
    Map<String, List<Transition>> byStage = new java.util.HashMap<>();
    for (Stage st : this.stages) {
      byStage.put(st.code(), this.transitions.stream().filter(t -> t.startsFrom(st.code())).toList());
    }
    this.transitionsByStage = lookup(byStage);
    Map<String, Gate> byTransition = new java.util.HashMap<>();
    for (Transition t : this.transitionsById.values()) {
      byTransition.put(t.id(), new Gate(t, t.rules(), this.compiled.getOrDefault(t.id(), List.of()),
          new Verdict(t.id(), List.of(), List.of())));
    }
    this.transitionGates = lookup(byTransition);
    Map<String, Gate> byCommand = new java.util.HashMap<>();
    for (String c : COMMANDS) {
      byCommand.put(c, new Gate(null, commands.specs.getOrDefault(c, List.of()),
          commands.compiled.getOrDefault(c, List.of()), new Verdict(c, List.of(), List.of())));
    }
    this.commandGates = lookup(byCommand);
    java.util.SortedSet<String> schemes = new java.util.TreeSet<>();
    this.compiled.values().forEach(rules -> rules.forEach(r -> schemes.addAll(r.evaluationSchemes())));
    this.commands.compiled.values().forEach(rules -> rules.forEach(r -> schemes.addAll(r.evaluationSchemes())));
    this.evaluationSchemes = java.util.Collections.unmodifiableSortedSet(schemes);
  }

  /**
   * A private lookup table, never changed after construction (published through a final field): a
   * hash map, whose lookup is cheaper than the probe of {@code Map.copyOf}'s tables. No nulls.
   */
  private static <K, V> Map<K, V> lookup(Map<K, V> entries) {
    Map<K, V> m = new java.util.HashMap<>(Math.max(4, entries.size() * 2));
    entries.forEach((k, v) -> m.put(java.util.Objects.requireNonNull(k), java.util.Objects.requireNonNull(v)));
    return m;
  }

  /** {@return the rulebook's id, e.g. {@code 5d}} */
  public String id() {
    return id;
  }

  /** {@return the version, 1 or more} */
  public int version() {
    return version;
  }

  /** {@return the name in both languages} */
  public LocalizedText name() {
    return name;
  }

  /** {@return the description in both languages, if the rulebook has one} */
  public Optional<LocalizedText> description() {
    return Optional.ofNullable(description);
  }

  /** {@return the code of the stage where proposals start, e.g. {@code DRUM_UP}} */
  public String entryStage() {
    return entryStage;
  }

  /** {@return the stages in ascending order} */
  public List<Stage> stages() {
    return stages;
  }

  /** {@return the transitions in rulebook order} */
  public List<Transition> transitions() {
    return transitions;
  }

  /**
   * Finds a stage by code.
   *
   * @param code the stage code
   * @return the stage, or empty
   */
  public Optional<Stage> findStage(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(stagesByCode.get(code));
  }

  /**
   * Returns a stage by code.
   *
   * @param code the stage code
   * @return the stage
   * @throws InvalidValueException with code {@code UNKNOWN_STAGE} listing the known stages
   */
  public Stage getStage(String code) {
    Stage s = code == null ? null : stagesByCode.get(code);
    if (s == null) {
      throw new InvalidValueException("UNKNOWN_STAGE", "stage", code, "error.rulebook.unknownStageArg", id,
          String.join(", ", stages.stream().map(Stage::code).toList()));
    }
    return s;
  }

  /**
   * Finds a transition by id.
   *
   * @param transitionId the id
   * @return the transition, or empty
   */
  public Optional<Transition> findTransition(String transitionId) {
    return transitionId == null ? Optional.empty() : Optional.ofNullable(transitionsById.get(transitionId));
  }

  /**
   * Returns a transition by id.
   *
   * @param transitionId the id
   * @return the transition
   * @throws InvalidValueException with code {@code UNKNOWN_TRANSITION} listing the known ids
   */
  public Transition getTransition(String transitionId) {
    // a known id is valid text (the rulebook checked it); only an unknown one needs the argument check
    Transition t = transitionId == null ? null : transitionsById.get(transitionId);
    if (t == null) {
      Checks.notBlank(transitionId, "transitionId");
      throw new InvalidValueException("UNKNOWN_TRANSITION", "transitionId", transitionId,
          "error.rulebook.unknownTransitionArg", id, String.join(", ", transitions.stream().map(Transition::id).toList()));
    }
    return t;
  }

  /**
   * Returns the transitions that may start from a stage, in rulebook order.
   *
   * @param stage the stage code
   * @return the transitions
   */
  public List<Transition> transitionsFrom(String stage) {
    List<Transition> known = stage == null ? null : transitionsByStage.get(stage);
    return known != null ? known : transitions.stream().filter(t -> t.startsFrom(stage)).toList();
  }

  /**
   * Returns the rules of a non-transition command (one of {@link #COMMANDS}): this rulebook's own
   * {@code commands} section, or the shipped defaults when it has none.
   *
   * @param command e.g. {@code approve}
   * @return the rules in order; empty if the command has none
   * @throws InvalidValueException with code {@code UNKNOWN_COMMAND} if the command is not one of {@link #COMMANDS}
   */
  public List<RuleSpec> commandRules(String command) {
    List<RuleSpec> specs = command == null ? null : commands.specs.get(command);
    if (specs != null) {
      return specs;
    }
    checkCommand(command);
    return List.of();
  }

  /**
   * {@return the sustainability watch's settings: the rulebook's {@code sustainability} section, or
   * {@link SustainabilitySettings#DEFAULT} (one entry per quarter, at risk after 30
   * days overdue, lapsed after 180) when it has none}
   */
  public SustainabilitySettings sustainability() {
    return ownSustainability != null ? ownSustainability : SustainabilitySettings.DEFAULT;
  }

  /** Returns this rulebook's own sustainability settings, or {@code null}: what its canonical form holds. */
  SustainabilitySettings ownSustainability() {
    return ownSustainability;
  }

  /** {@return whether this rulebook has its own {@code commands} section (otherwise the defaults apply)} */
  public boolean hasOwnCommandRules() {
    return ownCommands != null;
  }

  /** Returns this rulebook's own command rules, or {@code null}: what its canonical form holds. */
  CommandRules ownCommandRules() {
    return ownCommands;
  }

  private static void checkCommand(String command) {
    if (!COMMANDS.contains(command)) {
      throw new id.labinov.core.error.InvalidValueException("UNKNOWN_COMMAND", "command", command, "error.rulebook.unknownCommand",
          String.join(", ", COMMANDS));
    }
  }

  /**
   * Returns what checking a transition needs.
   *
   * @throws InvalidValueException as {@link #getTransition} does, for an unknown id
   */
  Gate transitionGate(String transitionId) {
    Gate g = transitionId == null ? null : transitionGates.get(transitionId);
    if (g == null) {
      getTransition(transitionId); // throws, naming the known transitions
      throw new IllegalStateException("no gate for transition " + transitionId);
    }
    return g;
  }

  /**
   * Returns what checking a command needs.
   *
   * @throws InvalidValueException with code {@code UNKNOWN_COMMAND} for another name
   */
  Gate commandGate(String command) {
    Gate g = command == null ? null : commandGates.get(command);
    if (g == null) {
      checkCommand(command); // throws, naming the commands
      throw new IllegalStateException("no gate for command " + command);
    }
    return g;
  }

  /**
   * Returns the evaluation schemes whose results this rulebook's rules read (from
   * {@link Rule#evaluationSchemes()}), so a rule context needs to load only those.
   *
   * @return the scheme ids, sorted; empty if no rule reads an evaluation
   */
  public java.util.Set<String> evaluationSchemes() {
    return evaluationSchemes;
  }

  /** {@return the canonical JSON: sorted keys, no insignificant white space, NFC strings} */
  public String toCanonicalJson() {
    return canonicalJson;
  }

  /** {@return the SHA-256 of the canonical form, 64 lower-case hex digits} */
  public String hash() {
    return hash;
  }

  /** {@return {@code id@version}, e.g. {@code 5d@1}} */
  public String reference() {
    return id + "@" + version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rulebook r && r.canonicalJson.equals(canonicalJson);
  }

  @Override
  public int hashCode() {
    return canonicalJson.hashCode();
  }

  @Override
  public String toString() {
    return "Rulebook[" + reference() + ", " + hash.substring(0, 12) + "]";
  }
}
