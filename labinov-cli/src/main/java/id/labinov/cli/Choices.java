package id.labinov.cli;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Labelled;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleSpec;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The closed set of values an option accepts (stages, statuses, evidence kinds, roles, report names,
 * formats, ...), read the way people type them: the code or the label, in Bahasa Indonesia or
 * English, in any case, with {@code -}, {@code _} and spaces alike ({@code design}, {@code Desain},
 * {@code DRUM-UP}, {@code foto kegiatan}). Anything else is refused with exit 2, naming the valid
 * values and, when one is close, asking "maksud Anda …?"; a text that names two different values is
 * refused naming both, never resolved by guessing.
 *
 * @param <T> the value type
 */
final class Choices<T> {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");
  /** The evidence kinds core names in both languages (a rulebook may add its own). */
  static final List<String> CORE_EVIDENCE_KINDS = List.of("COMMITMENT_LETTER", "ACTION_PLAN",
      "IMPLEMENTATION_REPORT", "PHOTO", "VIDEO", "DECREE");

  /**
   * One accepted value: its code (printed in lists and accepted as typed) and its labels, all accepted:
   * the first is shown in Bahasa Indonesia, the second in English, any further ones are other names
   * people use.
   */
  record Choice<T>(T value, String code, List<String> labels) {
    Choice {
      labels = List.copyOf(labels);
    }
  }

  /** Indonesian spellings of the 5D stages that rulebook labels (which keep the method's names) lack. */
  private static final Map<String, List<String>> STAGE_SPELLINGS = Map.of(
      "DRUM_UP", List.of("drumup"), "DIAGNOSE", List.of("Diagnosa", "Diagnosis"), "DESIGN", List.of("Desain"));

  private final String option;
  private final List<Choice<T>> choices;

  private Choices(String option, List<Choice<T>> choices) {
    this.option = option;
    this.choices = List.copyOf(choices);
  }

  /**
   * Creates a set of choices.
   *
   * @param option the option or column the values are for, as the message names it ({@code --stage})
   * @param choices the values in the order they are listed
   */
  static <T> Choices<T> of(String option, List<Choice<T>> choices) {
    return new Choices<>(option, choices);
  }

  /** The choices of labelled enum constants: the constant name and its labels in both languages. */
  static <E extends Enum<E> & Labelled> Choices<E> ofLabelled(String option, Class<E> type) {
    List<Choice<E>> list = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      list.add(new Choice<>(e, e.name(), List.of(e.label(Messages.INDONESIAN), e.label(Locale.ENGLISH))));
    }
    return of(option, list);
  }

  /** Stages of a rulebook, by code or label. */
  static Choices<String> stages(String option, Rulebook rulebook) {
    return stages(option, List.of(rulebook));
  }

  /**
   * Stages of several rulebooks (a listing filter over a whole scope), by code, by label (with or
   * without the explanation in brackets that rulebooks add) or by the Indonesian spelling of a 5D
   * stage ({@code Desain}, {@code Diagnosa}).
   */
  static Choices<String> stages(String option, List<Rulebook> rulebooks) {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (Rulebook r : rulebooks) {
      for (Stage s : r.stages()) {
        // the first rulebook's names come first (the two shown); the others' are only accepted
        List<String> l = labels.computeIfAbsent(s.code(), k -> new ArrayList<>(stageNames(s)));
        for (String name : stageNames(s)) {
          if (!l.contains(name)) {
            l.add(name);
          }
        }
      }
    }
    List<Choice<String>> list = new ArrayList<>();
    labels.forEach((code, l) -> list.add(new Choice<>(code, code, l)));
    return of(option, list);
  }

  /**
   * The names a stage is known by: first its label in Bahasa Indonesia and in English without the
   * explanation in brackets (the names shown), then the full labels and the Indonesian spellings of
   * a 5D stage (only accepted).
   */
  private static List<String> stageNames(Stage s) {
    String id = s.label().in(Messages.INDONESIAN);
    String en = s.label().in(Locale.ENGLISH);
    List<String> names = new ArrayList<>(List.of(head(id), head(en)));
    for (String other : concat(List.of(id, en), STAGE_SPELLINGS.getOrDefault(s.code(), List.of()))) {
      if (!names.contains(other)) {
        names.add(other);
      }
    }
    return List.copyOf(names);
  }

  /**
   * The transitions that start from a stage, by id or label ({@code drum-up-to-diagnose},
   * {@code Lanjut ke Diagnose}); an advance also by the stage it leads to, by code or label
   * ({@code DIAGNOSE}, {@code diagnosa}).
   */
  static Choices<String> transitions(String option, Rulebook rulebook, String stage) {
    List<Choice<String>> list = new ArrayList<>();
    for (Transition t : rulebook.transitionsFrom(stage)) {
      List<String> names = new ArrayList<>(List.of(t.label().in(Messages.INDONESIAN), t.label().in(Locale.ENGLISH)));
      if (t.kind() == TransitionKind.ADVANCE) {
        t.findTo().ifPresent(to -> {
          names.add(to);
          rulebook.findStage(to).ifPresent(target -> names.addAll(stageNames(target)));
        });
      }
      list.add(new Choice<>(t.id(), t.id(), names));
    }
    return of(option, list);
  }

  /** The languages of messages and help: {@code id} (Bahasa Indonesia) and {@code en} (English). */
  static Choices<Locale> languages(String option) {
    return of(option, List.of(
        new Choice<>(Messages.INDONESIAN, "id", List.of("Bahasa Indonesia", "Indonesian", "Indonesia", "ind")),
        new Choice<>(Locale.ENGLISH, "en", List.of("bahasa Inggris", "English", "Inggris", "eng"))));
  }

  /** The databases {@code migrate --print} writes a script for. */
  static Choices<String> databases(String option) {
    return of(option, List.of(new Choice<>("h2", "h2", List.of()),
        new Choice<>("postgresql", "postgresql", List.of("PostgreSQL", "PostgreSQL", "postgres")),
        new Choice<>("mariadb", "mariadb", List.of("MariaDB", "MariaDB"))));
  }

  /** The rulebooks labinov ships, by name: {@code 5d} and {@code 5d-plus-1}. */
  static Choices<String> shippedRulebooks(String option) {
    return of(option, List.of(new Choice<>("5d", "5d", List.of()),
        new Choice<>("5d-plus-1", "5d-plus-1", List.of("5D+1", "5D+1", "5D plus 1"))));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The choices of an enum type an option is declared with: by code or label for a labelled enum
   * ({@link Role}, {@link InnovationStatus}), by constant name otherwise; empty for any other type.
   */
  static java.util.Optional<Choices<?>> ofType(String option, Class<?> type) {
    if (type == null || !type.isEnum()) {
      return java.util.Optional.empty();
    }
    if (Labelled.class.isAssignableFrom(type)) {
      return java.util.Optional.of(labelledUnchecked(option, type));
    }
    return java.util.Optional.of(codes(option, java.util.Arrays.stream(type.getEnumConstants())
        .map(e -> ((Enum<?>) e).name()).toList()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Choices<?> labelledUnchecked(String option, Class<?> type) {
    return ofLabelled(option, (Class) type);
  }

  /** Statuses ({@code ACTIVE}, {@code Aktif}, {@code on hold}, ...). */
  static Choices<InnovationStatus> statuses(String option) {
    return ofLabelled(option, InnovationStatus.class);
  }

  /** Roles ({@code OPD_HEAD}, {@code Kepala OPD}, {@code opd-head}, ...). */
  static Choices<Role> roles(String option) {
    List<Choice<Role>> list = new ArrayList<>();
    for (Choice<Role> c : ofLabelled(option, Role.class).choices) {
      // "Coach (pendamping)": the name before the brackets and the one in them are accepted too
      list.add(new Choice<>(c.value(), c.code(), bracketNames(c.labels())));
    }
    return of(option, list);
  }

  /**
   * Labels with the name before the brackets and the one in them as further names: "decree (SK)" is
   * also "decree" and "SK".
   */
  static List<String> bracketNames(List<String> labels) {
    List<String> names = new ArrayList<>(labels);
    for (String label : labels) {
      int open = label.indexOf(" (");
      if (open > 0 && label.endsWith(")")) {
        for (String name : List.of(label.substring(0, open), label.substring(open + 2, label.length() - 1))) {
          if (!names.contains(name)) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }

  /**
   * Evidence kinds an innovation under this rulebook can use: the kinds its rules ask for and the
   * kinds core names, by code or label ({@code PHOTO}, {@code foto kegiatan}, {@code photo}).
   */
  static Choices<String> evidenceKinds(String option, Rulebook rulebook) {
    Set<String> kinds = new LinkedHashSet<>(CORE_EVIDENCE_KINDS);
    if (rulebook != null) {
      for (Transition t : rulebook.transitions()) {
        for (RuleSpec r : t.rules()) {
          if (r.parameters().get("kind") instanceof String k) {
            kinds.add(k);
          }
        }
      }
    }
    List<Choice<String>> list = new ArrayList<>();
    for (String k : kinds) {
      String key = "label.EvidenceKind." + k;
      List<String> labels = Messages.isDefined(key)
          ? List.of(Messages.format(Messages.INDONESIAN, key), Messages.format(Locale.ENGLISH, key)) : List.of();
      list.add(new Choice<>(k, k, labels));
    }
    return of(option, list);
  }

  /** Plain codes with no labels (report names, formats): the value is the code as listed. */
  static Choices<String> codes(String option, List<String> codes) {
    return of(option, codes.stream().map(c -> new Choice<>(c, c, List.<String>of())).toList());
  }

  /** Values of any type by a code function, with no labels. */
  static <T> Choices<T> codes(String option, List<T> values, Function<T, String> code) {
    return of(option, values.stream().map(v -> new Choice<>(v, code.apply(v), List.<String>of())).toList());
  }

  /** The codes, in the order listed. */
  List<String> codes() {
    return choices.stream().map(Choice::code).toList();
  }

  /** The choices. */
  List<Choice<T>> all() {
    return choices;
  }

  /**
   * Reads a value.
   *
   * @param text what the user typed
   * @param texts the user's language; not needed (a refusal is worded when it is printed), kept for
   *     the callers that pass it
   * @return the value
   * @throws CliException with {@link ExitCodes#USAGE} naming the valid values (and a close one), or
   *     both values when the text names two
   */
  T parse(String text, Texts texts) {
    return parse(text);
  }

  /**
   * Reads a value; a refusal is worded in the language it is printed in.
   *
   * @param text what the user typed; {@code null} is refused like an empty text
   * @return the value
   * @throws CliException with {@link ExitCodes#USAGE} naming the valid values (and a close one), or
   *     both values when the text names two
   */
  T parse(String text) {
    String typed = text == null ? "" : text.strip();
    List<Choice<T>> matched = matches(typed);
    if (matched.size() == 1) {
      return matched.get(0).value();
    }
    if (matched.size() > 1) {
      List<Choice<T>> two = List.copyOf(matched);
      throw new CliException(ExitCodes.USAGE, "error.value.ambiguous", option, typed,
          (CliException.Localized) t -> describe(two.get(0), t), (CliException.Localized) t -> describe(two.get(1), t));
    }
    throw new CliException(ExitCodes.USAGE, "error.value.unknown", option, typed,
        (CliException.Localized) this::listing, didYouMean(typed));
  }

  /** The value a text names, if it names exactly one. */
  java.util.Optional<T> find(String text) {
    List<Choice<T>> matched = matches(text == null ? "" : text.strip());
    return matched.size() == 1 ? java.util.Optional.of(matched.get(0).value()) : java.util.Optional.empty();
  }

  /**
   * The sentence asking whether the user meant the value closest to a text (" Maksud Anda PHOTO
   * (foto kegiatan)?"), or nothing when none is close; worded when printed.
   */
  CliException.Localized didYouMean(String text) {
    java.util.Optional<Choice<T>> close = suggest(normal(text == null ? "" : text));
    return t -> close.map(c -> t.get("error.value.didYouMean", describe(c, t))).orElse("");
  }

  private List<Choice<T>> matches(String typed) {
    String key = normal(typed);
    Map<String, Choice<T>> matched = new LinkedHashMap<>();
    for (Choice<T> c : choices) {
      if (names(c).contains(key)) {
        matched.putIfAbsent(c.code(), c);
      }
    }
    return List.copyOf(matched.values());
  }

  /** Every valid value, code and label in the user's language: {@code DRUM_UP (Drum-up), DIAGNOSE ...}. */
  String listing(Texts texts) {
    return String.join(", ", choices.stream().map(c -> describe(c, texts)).toList());
  }

  /** A value as a message shows it: the code, and its label in the user's language if it differs. */
  String describe(Choice<T> c, Texts texts) {
    if (c.labels().isEmpty()) {
      return c.code();
    }
    String label = c.labels().get(texts.english() && c.labels().size() > 1 ? 1 : 0);
    return normal(label).equals(normal(c.code())) ? c.code() : c.code() + " (" + label + ")";
  }

  /** The label of a value in the user's language, else its code. */
  String label(T value, Texts texts) {
    for (Choice<T> c : choices) {
      if (c.value().equals(value)) {
        return c.labels().isEmpty() ? c.code() : c.labels().get(texts.english() && c.labels().size() > 1 ? 1 : 0);
      }
    }
    return String.valueOf(value);
  }

  private java.util.Optional<Choice<T>> suggest(String key) {
    if (key.isEmpty()) {
      return java.util.Optional.empty();
    }
    Choice<T> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Choice<T> c : choices) {
      for (String name : names(c)) {
        // a start of a name ("foto" for "foto kegiatan") counts as close
        int d = name.startsWith(key) && key.length() >= 3 ? 0 : distance(key, name);
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
    }
    int allowed = Math.max(2, key.length() / 3);
    return bestDistance <= allowed ? java.util.Optional.of(best) : java.util.Optional.empty();
  }

  private static Set<String> names(Choice<?> c) {
    Set<String> names = new TreeSet<>();
    names.add(normal(c.code()));
    for (String l : c.labels()) {
      names.add(normal(l));
    }
    return names;
  }

  /** A label without the explanation in brackets at its end: {@code Design} of {@code Design (merancang ...)}. */
  static String head(String label) {
    int bracket = label.indexOf(" (");
    return bracket > 0 ? label.substring(0, bracket) : label;
  }

  /** Lower case, with runs of spaces, {@code -} and {@code _} as one space. */
  static String normal(String text) {
    return SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The optimal string alignment distance (Levenshtein with adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
