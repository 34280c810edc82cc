package id.labinov.portal.web;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.core.spi.Directory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What people read instead of codes: OPD and person names from labinov's directory, stage labels from
 * the rulebook, labels of statuses, roles and evidence kinds from labinov's own words, and a refusal's
 * reasons with the fix the portal suggests for each.
 */
@Component
public class Words {
  /** Kabupaten Lebak keeps Western Indonesian Time. */
  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
  /** Reasons whose arguments name OPDs (by position), shown by the OPD's name. */
  private static final Map<String, Set<Integer>> OPD_ARGUMENTS = Map.of(
      "CONFLICT_OF_INTEREST_OPD", Set.of(0), "OTHER_OPD", Set.of(0, 1), "ACTOR_OTHER_OPD", Set.of(0, 1),
      "NOT_OWN_OPD", Set.of(0, 1), "SAME_OPD", Set.of(0), "OPD_NOT_PARTICIPATING", Set.of(0));
  /** Reasons whose arguments name people (by position), shown by the person's name. */
  private static final Map<String, Set<Integer>> PERSON_ARGUMENTS = Map.of(
      "CONFLICT_OF_INTEREST_INNOVATOR", Set.of(0), "ACTOR_NOT_ON_TEAM", Set.of(0), "SAME_OWNER", Set.of(0));

  private final Directory directory;
  private final MessageSource messages;

  /**
   * Creates the helper.
   *
   * @param storage labinov's storage, whose directory holds the names
   * @param messages the portal's words (for the fixes)
   */
  public Words(JdbcStorage storage, MessageSource messages) {
    this.directory = storage.directory();
    this.messages = messages;
  }

  /**
   * A reason with the fix the portal suggests.
   *
   * @param text the reason in words
   * @param fix what to do about it, or {@code null} when the reason says it itself
   * @param advice {@code true} for a should-meet reason (advice, not a refusal)
   */
  public record Reason(String text, String fix, boolean advice) {}

  /**
   * An OPD's name.
   *
   * @param opd the OPD, or {@code null}
   * @param locale the language
   * @return its name from the directory; words saying it is not in the directory (never its code); a
   *     dash for none
   */
  public String opd(OpdCode opd, Locale locale) {
    if (opd == null) {
      return "–";
    }
    return directory.findOpdName(opd).orElseGet(() -> text("opd.unknown", locale));
  }

  /**
   * A person's name.
   *
   * @param person the person, or {@code null}
   * @param locale the language
   * @return the name from the directory, or words saying it was erased or is not in the directory
   *     (never the person's id)
   */
  public String person(PersonId person, Locale locale) {
    if (person == null) {
      return "–";
    }
    PersonName name = directory.findPersonName(person);
    if (name.isErased()) {
      return text("person.erased", locale);
    }
    return name.findName().orElseGet(() -> text("person.unknown", locale));
  }

  /**
   * A stage's label.
   *
   * @param rulebook the rulebook, or {@code null}
   * @param stage the stage code
   * @param locale the language
   * @return the rulebook's label of the stage
   */
  public String stage(Rulebook rulebook, String stage, Locale locale) {
    if (rulebook == null || stage == null) {
      return stage == null ? "–" : stage;
    }
    return rulebook.findStage(stage).map(s -> s.label().in(locale)).orElse(stage);
  }

  /**
   * A stage's short name: the label up to its explanation in brackets ("Design").
   *
   * @param rulebook the rulebook
   * @param stage the stage code
   * @param locale the language
   * @return the short name
   */
  public String stageShort(Rulebook rulebook, String stage, Locale locale) {
    String full = stage(rulebook, stage, locale);
    int bracket = full.indexOf(" (");
    return bracket > 0 ? full.substring(0, bracket) : full;
  }

  /**
   * A status's label.
   *
   * @param status the status
   * @param locale the language
   * @return labinov's label
   */
  public String status(InnovationStatus status, Locale locale) {
    return Messages.format(locale, "label.InnovationStatus." + status.name());
  }

  /**
   * A role's label.
   *
   * @param role the role
   * @param locale the language
   * @return labinov's label
   */
  public String role(Role role, Locale locale) {
    return Messages.format(locale, "label.Role." + role.name());
  }

  /**
   * An evidence kind's label.
   *
   * @param kind the kind's code
   * @param locale the language
   * @return labinov's label, or the rulebook's code when labinov has none
   */
  public String evidenceKind(String kind, Locale locale) {
    String key = "label.EvidenceKind." + kind;
    return Messages.isDefined(key) ? Messages.format(locale, key) : kind;
  }

  /**
   * A moment as people read it, in the region's time.
   *
   * @param at the moment, or {@code null}
   * @param locale the language
   * @return e.g. {@code 13 Desember 2019 09.05}
   */
  public String when(Instant at, Locale locale) {
    if (at == null) {
      return "–";
    }
    var local = at.atZone(ZONE);
    return Messages.longDate(locale, local.toLocalDate()) + " "
        + local.format(DateTimeFormatter.ofPattern(Messages.resolve(locale).getLanguage().equals("en") ? "HH:mm" : "HH.mm"));
  }

  /**
   * A day as people read it.
   *
   * @param day the day
   * @param locale the language
   * @return e.g. {@code 31 Agustus 2019}
   */
  public String day(java.time.LocalDate day, Locale locale) {
    return day == null ? "–" : Messages.longDate(locale, day);
  }

  /**
   * The reasons of a verdict in words, refusals first, each with its fix.
   *
   * @param verdict the verdict
   * @param rulebook the rulebook for stage and transition names, or {@code null}
   * @param locale the language
   * @return the reasons
   */
  public List<Reason> reasons(Verdict verdict, Rulebook rulebook, Locale locale) {
    List<Reason> out = new ArrayList<>();
    for (Violation v : verdict.refusals()) {
      out.add(reason(v, rulebook, locale));
    }
    for (Violation v : verdict.warnings()) {
      out.add(reason(v, rulebook, locale));
    }
    return out;
  }

  /**
   * One reason in words, with OPDs and people by name and the portal's fix.
   *
   * @param v the reason
   * @param rulebook the rulebook, or {@code null}
   * @param locale the language
   * @return the reason
   */
  public Reason reason(Violation v, Rulebook rulebook, Locale locale) {
    return new Reason(message(v, rulebook, locale), fix(v, locale), v.severity() == id.labinov.core.rules.Severity.SHOULD);
  }

  /**
   * A reason's message, with OPDs and people named.
   *
   * @param v the reason
   * @param rulebook the rulebook, or {@code null}
   * @param locale the language
   * @return the message
   */
  public String message(Violation v, Rulebook rulebook, Locale locale) {
    Set<Integer> opds = OPD_ARGUMENTS.getOrDefault(v.code(), Set.of());
    Set<Integer> people = PERSON_ARGUMENTS.getOrDefault(v.code(), Set.of());
    if (opds.isEmpty() && people.isEmpty()) {
      return v.message(locale, rulebook);
    }
    List<Object> args = new ArrayList<>(v.arguments());
    for (int i = 0; i < args.size(); i++) {
      if (!(args.get(i) instanceof String s) || s.isBlank() || s.equals("-")) {
        continue;
      }
      try {
        if (opds.contains(i)) {
          args.set(i, opd(OpdCode.of(s), locale));
        } else if (people.contains(i)) {
          args.set(i, person(PersonId.of(s), locale));
        }
      } catch (RuntimeException notACode) {
        // not an OPD code or person id after all: shown as labinov gave it
      }
    }
    return new Violation(v.code(), v.severity(), v.ruleType(), v.messageKey(), args).message(locale, rulebook);
  }

  /**
   * The fix the portal suggests for a reason, from the pages' words ({@code fix.<CODE>}).
   *
   * @param v the reason
   * @param locale the language
   * @return the fix, or {@code null} when the reason's own words say what to do
   */
  public String fix(Violation v, Locale locale) {
    String key = "fix." + v.code();
    String found = messages.getMessage(key, fixArguments(v, locale), null, locale);
    return found == null || found.isBlank() ? null : found;
  }

  private Object[] fixArguments(Violation v, Locale locale) {
    List<Object> args = v.arguments();
    Object first = args.isEmpty() ? "" : args.get(0);
    if (first instanceof String s) {
      String key = switch (v.code()) {
        case "EVIDENCE_MISSING" -> "label.EvidenceKind." + s;
        case "APPROVALS_MISSING", "ROLE_NOT_PERMITTED" -> "label.Role." + s;
        case "FIELD_REQUIRED", "FIELD_TOO_SHORT" -> "field." + s;
        default -> null;
      };
      if (key != null && Messages.isDefined(key)) {
        first = Messages.format(locale, key);
      }
    }
    return new Object[] {first};
  }

  /**
   * A word of the portal's bundles.
   *
   * @param key the key
   * @param locale the language
   * @param args the arguments
   * @return the words
   */
  public String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, "[" + key + "]", locale);
  }
}
