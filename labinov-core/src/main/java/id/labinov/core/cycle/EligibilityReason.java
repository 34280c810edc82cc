package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One reason an innovation is not eligible, with what would make it eligible and by when.
 *
 * @param code the reason
 * @param verified whether the rule behind it is confirmed ({@link CompetitionRules#verified})
 * @param fixable whether anything the region does can lift it
 * @param fixBy the last day the fix counts for this competition year, or empty if no fix is possible
 *     this year
 * @param eligibleFromYear the first competition year the reason no longer applies without a further act
 *     (e.g. when a young innovation is old enough), or empty
 * @param arguments the message arguments (years, dates, counts as text)
 */
@Beta
public record EligibilityReason(EligibilityCode code, boolean verified, boolean fixable, Optional<LocalDate> fixBy,
    OptionalInt eligibleFromYear, List<String> arguments) {
  /**
   * Validates and copies the parts.
   *
   * @param code the reason
   * @param verified whether the rule is confirmed
   * @param fixable whether it can be lifted
   * @param fixBy the last day of the fix, or empty
   * @param eligibleFromYear the first year it no longer applies, or empty
   * @param arguments the message arguments
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public EligibilityReason {
    Checks.notNull(code, "code");
    Checks.notNull(fixBy, "fixBy");
    Checks.notNull(eligibleFromYear, "eligibleFromYear");
    arguments = List.copyOf(Checks.notNull(arguments, "arguments"));
  }

  /**
   * Says why, e.g. "Sudah dua kali diikutkan IGA (2024, 2025); batasnya dua kali."
   *
   * @param locale {@code en} for English, anything else for Indonesian
   * @return the sentence, with "(belum terverifikasi)" / "(unverified)" when the rule is
   */
  public String message(Locale locale) {
    String s = Messages.format(locale, "cycle.reason." + code.name(), readable(locale).toArray());
    return verified ? s : s + " " + Messages.format(locale, "cycle.unverifiedRule");
  }

  /**
   * Says what would make it eligible and by when, e.g. "Catat pengembangan inovasi tahun 2026 paling
   * lambat 31 Agustus 2026."
   *
   * @param locale {@code en} for English, anything else for Indonesian
   * @return the sentence (for a reason that cannot be lifted, says so)
   */
  public String fix(Locale locale) {
    List<String> readable = readable(locale);
    Object[] args = new Object[arguments.size() + 2];
    for (int i = 0; i < arguments.size(); i++) {
      args[i] = readable.get(i);
    }
    args[arguments.size()] = fixBy.map(d -> Messages.longDate(locale, d)).orElse("");
    args[arguments.size() + 1] = eligibleFromYear.isPresent() ? String.valueOf(eligibleFromYear.getAsInt()) : "";
    return Messages.format(locale, "cycle.fix." + code.name(), args);
  }

  /** The arguments as people read them: ISO dates written out, result codes as their labels. */
  private List<String> readable(Locale locale) {
    List<String> out = new java.util.ArrayList<>(arguments.size());
    for (String a : arguments) {
      if (a.matches("\\d{4}-\\d{2}-\\d{2}")) {
        out.add(Messages.longDate(locale, LocalDate.parse(a)));
      } else if (java.util.Arrays.stream(EntryResult.values()).anyMatch(r -> r.name().equals(a))) {
        out.add(EntryResult.valueOf(a).label(locale));
      } else {
        out.add(a);
      }
    }
    return out;
  }
}
