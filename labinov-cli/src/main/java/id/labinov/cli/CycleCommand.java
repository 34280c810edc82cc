package id.labinov.cli;

import id.labinov.core.cycle.CycleRefusedException;
import id.labinov.core.engine.InnovationRef;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the yearly cycle's commands share ({@code entry}, {@code version}, {@code eligibility},
 * {@code sustainability}): the region, innovations and titles as the IID commands find them, a
 * competition year checked as the library does, and a refusal printed as a verdict (exit 1).
 */
abstract class CycleCommand extends IidCommand {
  /**
   * Checks a competition or development year: from 2000 to 2200, as the library accepts.
   *
   * @throws CliException with {@link ExitCodes#USAGE} naming the year and the range
   */
  static int cycleYear(int year) {
    if (year < 2000 || year > 2200) {
      throw new CliException(ExitCodes.USAGE, "error.cycle.year", String.valueOf(year));
    }
    return year;
  }

  /** Prints a refusal of the cycle (every reason) on standard output, as a refused command's verdict; exit 1. */
  int refused(CycleRefusedException e) {
    out().println(e.getMessage(texts().locale()));
    return ExitCodes.REFUSED;
  }

  /** The day of an instant in the region's zone, in words. */
  String day(InnovationRef ref, Instant at) {
    return ValueText.date(LocalDate.ofInstant(at, ref.region().defaultTimeZone().zoneId()), texts());
  }

  /** Today in the region's zone, by the tool's clock. */
  LocalDate today(InnovationRef ref) {
    return LocalDate.now(root().clock().withZone(ref.region().defaultTimeZone().zoneId()));
  }
}
