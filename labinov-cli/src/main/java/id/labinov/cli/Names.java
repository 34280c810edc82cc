package id.labinov.cli;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.spi.Directory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a lab administrator reads instead of codes: OPD, person and theme names from the directory
 * ({@code labinov directory load}), stage and status labels in the user's language, and the labels
 * core gives evidence kinds and roles. A code the directory has no name for is shown as it is.
 * Each name is looked up once per command.
 */
final class Names {
  private final Directory directory;
  private final Texts texts;
  private final Map<OpdCode, Optional<String>> opds = new HashMap<>();
  private final Map<PersonId, String> people = new HashMap<>();
  private final Map<Theme, Optional<String>> themes = new HashMap<>();

  /**
   * Looks names up in a directory, for messages in a language.
   *
   * @param directory the directory ({@link Directory#empty()} knows no names)
   * @param texts the user's language
   */
  Names(Directory directory, Texts texts) {
    this.directory = directory;
    this.texts = texts;
  }

  /** The names of a session's directory, in the command's language. */
  static Names of(Session session, Texts texts) {
    return new Names(session.storage().directory(), texts);
  }

  /** The user's language. */
  Texts texts() {
    return texts;
  }

  /** An OPD's name from the directory, if it has one. */
  Optional<String> findOpd(OpdCode opd) {
    return opd == null ? Optional.empty() : opds.computeIfAbsent(opd, directory::findOpdName);
  }

  /** An OPD's name, else its code; {@code -} for none. */
  String opd(OpdCode opd) {
    return opd == null ? "-" : findOpd(opd).orElse(opd.value());
  }

  /** An OPD's name with its code in brackets ({@code Dinas Kesehatan (DINKES)}), else the code; {@code -} for none. */
  String opdWithCode(OpdCode opd) {
    return opd == null ? "-" : findOpd(opd).map(n -> n + " (" + opd.value() + ")").orElse(opd.value());
  }

  /** A person's name, "(dihapus)" if it was erased, else the person id. */
  String person(PersonId person) {
    if (person == null) {
      return "-";
    }
    return people.computeIfAbsent(person, p -> {
      PersonName n = directory.findPersonName(p);
      return n.isErased() ? texts.get("names.erased") : n.findName().orElse(p.value());
    });
  }

  /** A theme's name in the user's language (else Indonesian), else its code. */
  String theme(Theme theme) {
    return themes.computeIfAbsent(theme, t -> directory.findThemeName(t, texts.locale())).orElse(theme.code());
  }

  /** A status's label ({@code Aktif}, {@code On hold}). */
  String status(InnovationStatus status) {
    return status.label(texts.locale());
  }

  /**
   * A stage's short name: its label without the explanation in brackets ({@code Design} of
   * {@code Design (merancang inovasi dan rencana aksi)}), the name the reports print too; the code if
   * the rulebook has no such stage. The 5D rulebooks keep the method's own names in Indonesian, as LAN
   * and the labs write them ("tahap Design"); {@code Desain} and {@code Diagnosa} are accepted as input
   * ({@link Choices#stages}).
   */
  String stage(Rulebook rulebook, String code) {
    return stage(rulebook, code, texts);
  }

  /** {@link #stage(Rulebook, String)} where no directory is at hand (a programme's schedule). */
  static String stage(Rulebook rulebook, String code, Texts texts) {
    if (rulebook == null) {
      return code;
    }
    return rulebook.findStage(code).map(s -> shortLabel(s.label().in(texts.locale()), texts)).orElse(code);
  }

  private static String shortLabel(String label, Texts texts) {
    return Choices.head(label);
  }

  /** The label core gives a code (an evidence kind, a role) in the user's language, else the code. */
  String label(String kind, Object code) {
    String key = "label." + kind + "." + code;
    return Messages.isDefined(key) ? Messages.format(texts.locale(), key) : String.valueOf(code);
  }
}
