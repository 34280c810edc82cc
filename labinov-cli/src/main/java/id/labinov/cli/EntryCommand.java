package id.labinov.cli;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.CycleRefusedException;
import id.labinov.core.cycle.EligibilityReason;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.Actor;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov entry}: an innovation's competition entries (IGA, KIPP), one per competition and year.
 * {@code add} records an entry (refused, exit 1, when the innovation already entered as many other years
 * as the competition allows); {@code result} records the result of an entry already recorded;
 * {@code list} lists the entries with their latest results.
 */
@Command(name = "entry", mixinStandardHelpOptions = true,
    subcommands = {EntryCommand.Add.class, EntryCommand.Result.class, EntryCommand.ListEntries.class})
final class EntryCommand extends BaseCommand {
  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /**
   * {@code labinov entry add INNOVATION --competition C --year Y [--group G] [--result R] [--note TEXT]}:
   * the group by default the replication group for a replication, else the general one; the result by
   * default "entered". Another eligibility rule the entry breaks does not refuse it (the region entered
   * it already): the sentence after it names every reason.
   */
  @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Add extends CycleCommand {
    @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
    String innovation;

    @Option(names = "--competition", required = true, paramLabel = "IGA|KIPP", descriptionKey = "option.competition")
    String competition;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.competitionYear")
    int year;

    @Option(names = "--group", paramLabel = "GROUP", descriptionKey = "option.entryGroup")
    String group;

    @Option(names = "--result", paramLabel = "RESULT", descriptionKey = "option.entryResult")
    String result;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.cycleNote")
    String note;

    @Override
    int run() {
      Texts t = texts();
      Competition c = CycleValues.competitions("--competition").parse(competition);
      cycleYear(year);
      Optional<EntryGroup> g = group == null ? Optional.empty()
          : Optional.of(CycleValues.groups("--group").parse(group));
      EntryResult r = result == null ? EntryResult.ENTERED : CycleValues.results("--result").parse(result);
      InnovationRef ref = innovation("INNOVATION", innovation, region());
      try (Session s = open()) {
        Actor actor = actor();
        String title = title(s, ref, true);
        Optional<CompetitionEntry> known = s.lab().cycle().entries(actor, ref).stream()
            .filter(e -> e.competition() == c && e.year() == year).findFirst();
        if (known.isPresent()) {
          throw new CliException(ExitCodes.REFUSED, "error.entry.exists", title, CycleValues.name(c, t),
              String.valueOf(year), known.get().result().label(t.locale()));
        }
        EntryGroup entered = g.orElseGet(() -> s.lab().innovations().get(ref).details().replicates() != null
            ? EntryGroup.REPLICATION : EntryGroup.GENERAL);
        CompetitionEntry e;
        try {
          e = s.lab().cycle().recordEntry(actor, ref, c, year, entered, r, note);
        } catch (CycleRefusedException refusal) {
          return refused(refusal);
        }
        out().println(t.get("entry.added", title, CycleValues.name(c, t), year,
            CycleValues.inSentence(e.group(), t), e.result().label(t.locale()), e.sequence()));
        if (s.lab().cycle().rules().find(c, year).isPresent()) {
          EligibilityVerdict v = s.lab().cycle().eligibility(actor, ref, c, year);
          if (!v.eligible()) {
            out().println(t.get("entry.notEligible", CycleValues.name(c, t), year));
            for (EligibilityReason reason : v.reasons()) {
              out().println(t.get("entry.reason", reason.message(t.locale())));
            }
          }
        }
        return ExitCodes.OK;
      }
    }
  }

  /**
   * {@code labinov entry result INNOVATION --competition C --year Y --result R [--note TEXT]}: the result
   * of an entry already recorded (its group kept); the same result again changes nothing.
   */
  @Command(name = "result", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Result extends CycleCommand {
    @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
    String innovation;

    @Option(names = "--competition", required = true, paramLabel = "IGA|KIPP", descriptionKey = "option.competition")
    String competition;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.competitionYear")
    int year;

    @Option(names = "--result", required = true, paramLabel = "RESULT", descriptionKey = "option.entryResultNew")
    String result;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.cycleNote")
    String note;

    @Override
    int run() {
      Texts t = texts();
      Competition c = CycleValues.competitions("--competition").parse(competition);
      cycleYear(year);
      EntryResult r = CycleValues.results("--result").parse(result);
      InnovationRef ref = innovation("INNOVATION", innovation, region());
      try (Session s = open()) {
        Actor actor = actor();
        String title = title(s, ref, true);
        CompetitionEntry before = s.lab().cycle().entries(actor, ref).stream()
            .filter(e -> e.competition() == c && e.year() == year).findFirst()
            .orElseThrow(() -> new CliException(ExitCodes.NOT_FOUND, "error.entry.none", title,
                CycleValues.name(c, t), String.valueOf(year), ref.toString(), c.name()));
        String name = CycleValues.name(c, t);
        boolean sameNote = note == null || note.strip().equals(before.note());
        if (before.result() == r && sameNote) {
          out().println(t.get("entry.unchanged", title, name, year, r.label(t.locale())));
          return ExitCodes.OK;
        }
        CompetitionEntry e;
        try {
          e = s.lab().cycle().recordEntry(actor, ref, c, year, before.group(), r, note == null ? before.note() : note);
        } catch (CycleRefusedException refusal) {
          return refused(refusal);
        }
        out().println(t.get("entry.updated", title, name, year, e.result().label(t.locale()),
            before.result().label(t.locale()), e.sequence()));
        return ExitCodes.OK;
      }
    }
  }

  /** {@code labinov entry list INNOVATION}: the entries, by competition then year, each with its latest result. */
  @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
  static final class ListEntries extends CycleCommand {
    @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
    String innovation;

    @Override
    int run() {
      Texts t = texts();
      InnovationRef ref = innovation("INNOVATION", innovation, region());
      try (Session s = open()) {
        String title = title(s, ref, true);
        List<CompetitionEntry> entries = s.lab().cycle().entries(actor(), ref);
        Names names = Names.of(s, t);
        out().println(t.get("entry.list", title, entries.size()));
        for (CompetitionEntry e : entries) {
          out().println(t.get("entry.line", CycleValues.name(e.competition(), t), String.valueOf(e.year()),
              e.group().label(t.locale()), e.result().label(t.locale()), names.person(e.recordedBy()),
              day(ref, e.recordedAt()), e.note() == null ? "" : " - " + e.note()));
        }
        return ExitCodes.OK;
      }
    }
  }
}
