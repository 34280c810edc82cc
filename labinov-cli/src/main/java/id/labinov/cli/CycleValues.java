package id.labinov.cli;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Labelled;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values of the yearly cycle's commands, read by code or label in either language (the
 * competitions, groups, results and kinds of development), and their names in sentences: a
 * competition by the name people use for it ({@code IGA}, {@code KIPP}), a group or change in lower
 * case inside a sentence.
 */
final class CycleValues {
  /** Further names people type, beyond the code and the two labels. */
  private static final Map<String, List<String>> OTHER_NAMES = Map.ofEntries(
      Map.entry("GENERAL", List.of("umum", "general")),
      Map.entry("REPLICATION", List.of("replikasi", "replication")),
      Map.entry("SPECIAL", List.of("khusus", "special")),
      Map.entry("NOT_SELECTED", List.of("gagal")),
      Map.entry("NOMINEE", List.of("nomine", "nominated")),
      Map.entry("TOP_99", List.of("top99")),
      Map.entry("TOP_45", List.of("top45")),
      Map.entry("WINNER", List.of("juara", "terbaik")),
      Map.entry("SCOPE", List.of("cakupan", "scope")),
      Map.entry("DIGITALISATION", List.of("digitalization")),
      Map.entry("BENEFICIARIES", List.of("penerima manfaat", "beneficiaries")),
      Map.entry("OTHER", List.of("lainnya", "lain", "other")));

  private CycleValues() {}

  /** The competitions, by code or name ({@code IGA}, {@code Kompetisi Inovasi Pelayanan Publik}). */
  static Choices<Competition> competitions(String option) {
    List<Choices.Choice<Competition>> list = new ArrayList<>();
    for (Choices.Choice<Competition> c : Choices.ofLabelled(option, Competition.class).all()) {
      list.add(new Choices.Choice<>(c.value(), c.code(), Choices.bracketNames(c.labels())));
    }
    return Choices.of(option, list);
  }

  /** The groups of an entry ({@code GENERAL}, {@code umum}, {@code Kelompok replikasi}). */
  static Choices<EntryGroup> groups(String option) {
    return withOtherNames(option, EntryGroup.class);
  }

  /** The results of an entry ({@code NOT_SELECTED}, {@code tidak lolos}, {@code Top 99}). */
  static Choices<EntryResult> results(String option) {
    return withOtherNames(option, EntryResult.class);
  }

  /** The kinds of development ({@code SCOPE}, {@code cakupan}, {@code digitalisasi}). */
  static Choices<DevelopmentChange> changes(String option) {
    return withOtherNames(option, DevelopmentChange.class);
  }

  /**
   * Reads the kinds of development typed as a comma-separated list, or as the option repeated.
   *
   * @throws CliException with {@link ExitCodes#USAGE} for an unknown kind, or for none at all
   */
  static Set<DevelopmentChange> changes(String option, List<String> typed) {
    Choices<DevelopmentChange> choices = changes(option);
    Set<DevelopmentChange> out = EnumSet.noneOf(DevelopmentChange.class);
    for (String part : typed) {
      for (String one : part.split(",")) {
        if (!one.isBlank()) {
          out.add(choices.parse(one));
        }
      }
    }
    if (out.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "error.version.noChanges");
    }
    return out;
  }

  private static <E extends Enum<E> & Labelled> Choices<E> withOtherNames(String option, Class<E> type) {
    List<Choices.Choice<E>> list = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      List<String> names = new ArrayList<>(List.of(e.label(Messages.INDONESIAN), e.label(Locale.ENGLISH)));
      for (String other : OTHER_NAMES.getOrDefault(e.name(), List.of())) {
        if (!names.contains(other)) {
          names.add(other);
        }
      }
      list.add(new Choices.Choice<>(e, e.name(), names));
    }
    return Choices.of(option, list);
  }

  /** The name people use for a competition: the abbreviation its label gives ({@code IGA}, {@code KIPP}). */
  static String name(Competition competition, Texts texts) {
    String label = competition.label(texts.locale());
    int open = label.lastIndexOf(" (");
    return open > 0 && label.endsWith(")") ? label.substring(open + 2, label.length() - 1) : label;
  }

  /** A label as a sentence uses it inside: its first letter in lower case ({@code kelompok umum}). */
  static String inSentence(Labelled value, Texts texts) {
    String label = value.label(texts.locale());
    if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
      return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
    return label;
  }

  /** The kinds of development as a sentence lists them: {@code perluasan cakupan, digitalisasi}. */
  static String changes(Set<DevelopmentChange> changes, Texts texts) {
    return changes.stream().sorted().map(c -> inSentence(c, texts)).collect(Collectors.joining(", "));
  }
}
