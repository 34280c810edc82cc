package id.labinov.reporting;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionRules;
import id.labinov.core.cycle.EligibilityReason;
import id.labinov.core.cycle.EligibilityRules;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.rules.LocalizedText;
import id.labinov.reporting.data.CompetitionVerdict;
import id.labinov.reporting.data.VerdictReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** What the yearly-cycle reports share: reading through core's cycle service, and its verdicts as report data. */
final class CycleReads {
  private CycleReads() {}

  /**
   * Reads through the cycle service, turning its missing-store error into the report's: a lab without a
   * cycle store cannot give these reports.
   */
  static <T> T read(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidValueException e) {
      if ("MISSING_SETTING".equals(e.code()) && "cycleStore".equals(e.field())) {
        throw new ReportException("NO_CYCLE_STORE", "error.cycleStore");
      }
      throw e;
    }
  }

  /**
   * Core's verdict as report data, every sentence in both languages; closed when the report day is after
   * the year's deadline (the report's day decides, not the day the facade's clock shows).
   */
  static CompetitionVerdict verdict(EligibilityVerdict asked, LocalDate day) {
    EligibilityVerdict v = new EligibilityVerdict(asked.ref(), asked.title(), asked.competition(), asked.year(),
        asked.deadline(), asked.entered(), asked.reasons(), day.isAfter(asked.deadline()));
    List<VerdictReason> reasons = new ArrayList<>();
    for (EligibilityReason r : v.reasons()) {
      reasons.add(new VerdictReason(r.code(), r.verified(), r.fixable(), r.fixBy().orElse(null),
          r.eligibleFromYear().isPresent() ? r.eligibleFromYear().getAsInt() : null, both(r::message), both(r::fix)));
    }
    return new CompetitionVerdict(v.competition(), v.year(), v.deadline(), reasons, v.closed(),
        v.closed() ? both(l -> v.closedNote(l).orElseThrow()) : null);
  }

  private static LocalizedText both(java.util.function.Function<Locale, String> text) {
    return LocalizedText.of(text.apply(Messages.INDONESIAN), text.apply(Locale.ENGLISH));
  }

  /**
   * The coming year of a competition on a day, as core's sustainability watch takes it: the day's year
   * while its entry deadline has not passed, else the next; empty when no rules cover that year.
   */
  static Optional<Integer> comingYear(EligibilityRules rules, Competition competition, LocalDate day) {
    Optional<CompetitionRules> now = rules.find(competition, day.getYear());
    int year = now.isPresent() && day.isAfter(now.get().deadline(day.getYear())) ? day.getYear() + 1 : day.getYear();
    return rules.find(competition, year).map(r -> year);
  }
}
