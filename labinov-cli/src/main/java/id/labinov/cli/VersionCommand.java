package id.labinov.cli;

import id.labinov.core.cycle.CycleRefusedException;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov version}: an innovation's development across years (pengembangan), one version per
 * year from the year it was displayed. {@code add} records what changed and why; {@code list} lists
 * the versions. A version carries the previous year's IID claims into the year's pre-flight until they
 * are confirmed ({@code claim confirm-carried}).
 */
@Command(name = "version", mixinStandardHelpOptions = true,
    subcommands = {VersionCommand.Add.class, VersionCommand.ListVersions.class})
final class VersionCommand extends BaseCommand {
  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /**
   * {@code labinov version add INNOVATION --year Y --changes scope,digitalisation --note TEXT}: refused
   * (exit 1) for an innovation not yet displayed or a year that has a version; a year before the display
   * or after this year is a usage error (exit 2).
   */
  @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Add extends CycleCommand {
    @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
    String innovation;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.versionYear")
    int year;

    @Option(names = "--changes", required = true, paramLabel = "CHANGE[,CHANGE...]",
        descriptionKey = "option.versionChanges")
    List<String> changes = new ArrayList<>();

    @Option(names = "--note", required = true, paramLabel = "TEXT", descriptionKey = "option.versionNote")
    String note;

    @Override
    int run() {
      Texts t = texts();
      cycleYear(year);
      Set<DevelopmentChange> what = CycleValues.changes("--changes", changes);
      if (note.isBlank()) {
        throw new CliException(ExitCodes.USAGE, "error.version.note");
      }
      InnovationRef ref = innovation("INNOVATION", innovation, region());
      try (Session s = open()) {
        Actor actor = actor();
        String title = title(s, ref, true);
        InnovationVersion v;
        try {
          v = s.lab().cycle().recordVersion(actor, ref, year, note, what);
        } catch (CycleRefusedException refusal) {
          return refused(refusal);
        }
        out().println(t.get("version.added", title, year, v.number(), CycleValues.changes(v.changes(), t)));
        // last year's claims of indicators not claimed this year are carried into this year's pre-flight
        Set<String> claimed = new java.util.HashSet<>();
        s.lab().iid().claims(actor, ref.region(), Optional.of(ref.id()), year).forEach(c -> claimed.add(c.claim().indicator()));
        long carried = year <= 2000 ? 0 : s.lab().iid().claims(actor, ref.region(), Optional.of(ref.id()), year - 1).stream()
            .map(RegisteredClaim::claim).filter(c -> !claimed.contains(c.indicator())).count();
        if (carried > 0) {
          out().println(t.get("version.carried", carried, String.valueOf(year - 1), String.valueOf(year)));
        }
        return ExitCodes.OK;
      }
    }
  }

  /** {@code labinov version list INNOVATION}: the development versions, oldest first. */
  @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
  static final class ListVersions extends CycleCommand {
    @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
    String innovation;

    @Override
    int run() {
      Texts t = texts();
      InnovationRef ref = innovation("INNOVATION", innovation, region());
      try (Session s = open()) {
        String title = title(s, ref, true);
        List<InnovationVersion> versions = s.lab().cycle().versions(actor(), ref);
        Names names = Names.of(s, t);
        out().println(t.get("version.list", title, versions.size()));
        for (InnovationVersion v : versions) {
          out().println(t.get("version.line", v.number(), String.valueOf(v.year()), CycleValues.changes(v.changes(), t),
              v.note(), names.person(v.recordedBy())));
        }
        return ExitCodes.OK;
      }
    }
  }
}
