package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.MonitoringEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labinov monitor}: monitoring (monev) after Display. {@code add} records one observation of
 * an indicator as the actor; {@code list} prints an innovation's observations, oldest first. The
 * library refuses an entry before the innovation reached Display, or by a role that may not monitor
 * (printed with every reason, exit 1). Also called {@code monitoring}, as the sustainability watch
 * speaks of it.
 */
@Command(name = "monitor", aliases = "monitoring", mixinStandardHelpOptions = true,
    subcommands = {MonitorCommand.Add.class, MonitorCommand.ListEntries.class})
final class MonitorCommand extends BaseCommand {
  /** An indicator code: a letter or digit, then letters, digits, {@code _ . -}; at most 64 characters. */
  private static final Pattern INDICATOR = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]{0,63}");

  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /**
   * {@code labinov monitor add INNOVATION --indicator CODE --value N --date YYYY-MM-DD [--note TEXT]}:
   * a value with a decimal comma or point, observed on a day that is not after today (in the region's
   * zone).
   */
  @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Add extends InnovationCommand {
    @Option(names = "--indicator", required = true, paramLabel = "CODE", descriptionKey = "option.monitorIndicator")
    String indicator;

    @Option(names = "--value", required = true, paramLabel = "N", descriptionKey = "option.monitorValue")
    String value;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "option.monitorDate")
    String date;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.note")
    String note;

    @Override
    int run() {
      Texts t = texts();
      String code = indicator.strip();
      if (!INDICATOR.matcher(code).matches()) {
        throw new CliException(ExitCodes.USAGE, "error.monitor.indicator", indicator);
      }
      BigDecimal number = ValueText.decimal(value)
          .orElseThrow(() -> new CliException(ExitCodes.USAGE, "error.monitor.value", value));
      LocalDate observed = ValueText.date(date)
          .orElseThrow(() -> new CliException(ExitCodes.USAGE, "error.monitor.date", date));
      InnovationRef ref = ref();
      LocalDate today = LocalDate.now(root().clock().withZone(ref.region().defaultTimeZone().zoneId()));
      if (observed.isAfter(today)) {
        throw new CliException(ExitCodes.USAGE, "error.monitor.future", ValueText.date(observed, t),
            ValueText.date(today, t));
      }
      String text = note == null || note.isBlank() ? null : note.strip();
      try (Session s = open()) {
        EvaluationDecision<MonitoringEntry> d = s.lab().evaluations().recordMonitoring(ref, settings().actor(), code,
            number, observed, text);
        if (!d.accepted()) {
          out().println(d.verdict().describe(t.locale(), s.lab().innovations().rulebookOf(ref)));
          return ExitCodes.REFUSED;
        }
        MonitoringEntry e = d.findEntry().orElseThrow();
        String title = s.lab().innovations().get(ref).details().title();
        out().println(t.get("monitor.added", title, code, ValueText.decimal(number, t), ValueText.date(observed, t),
            e.sequence()));
        return ExitCodes.OK;
      }
    }
  }

  /** {@code labinov monitor list INNOVATION}: the innovation's monitoring entries, oldest first. */
  @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
  static final class ListEntries extends InnovationCommand {
    @Override
    int run() {
      Texts t = texts();
      InnovationRef ref = ref();
      try (Session s = open()) {
        // an unknown innovation ends with exit 3, not an empty list
        String title = s.lab().innovations().get(ref).details().title();
        List<MonitoringEntry> entries = s.lab().evaluations().monitoring(ref);
        Names names = Names.of(s, t);
        out().println(t.get("monitor.list", title, entries.size()));
        for (MonitoringEntry e : entries) {
          out().println(t.get("monitor.entry", ValueText.date(e.observedOn(), t), e.indicator(),
              ValueText.decimal(e.value(), t), names.person(e.recordedBy()), e.note() == null ? "" : " - " + e.note()));
        }
        return ExitCodes.OK;
      }
    }
  }
}
