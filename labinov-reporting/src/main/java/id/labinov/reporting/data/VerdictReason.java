package id.labinov.reporting.data;

import id.labinov.core.annotation.Beta;
import id.labinov.core.cycle.EligibilityCode;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.time.LocalDate;

/**
 * One reason an innovation may not enter a competition year, as the report shows it: core's sentence
 * saying why and what would make it eligible by when, in both languages.
 *
 * @param code the reason
 * @param verified whether the rule behind it is confirmed (the sentence says so when it is not)
 * @param fixable whether anything the region does can lift it
 * @param fixBy the last day the fix counts for this competition year, or {@code null} if none is possible
 * @param eligibleFromYear the first competition year the reason no longer applies without a further act,
 *     or {@code null}
 * @param message why, e.g. "Inovasi ini sudah 2 kali diikutkan (2024, 2025); batasnya 2 kali."
 * @param fix what would make it eligible and by when
 */
@Beta
public record VerdictReason(EligibilityCode code, boolean verified, boolean fixable, LocalDate fixBy,
    Integer eligibleFromYear, LocalizedText message, LocalizedText fix) {
  /**
   * Validates the parts.
   *
   * @param code the reason
   * @param verified whether the rule is confirmed
   * @param fixable whether it can be lifted
   * @param fixBy the last day of the fix, or {@code null}
   * @param eligibleFromYear the first year it no longer applies, or {@code null}
   * @param message why
   * @param fix what would make it eligible
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public VerdictReason {
    Checks.notNull(code, "code");
    Checks.notNull(message, "message");
    Checks.notNull(fix, "fix");
  }
}
