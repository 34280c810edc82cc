package id.labinov.cli;

import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeDecision;
import id.labinov.core.programme.ProgrammeProgress;
import id.labinov.core.programme.ProgrammeStatus;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.Directory;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov programme}: a lab programme (one region's cohort of a year) from the terminal:
 * {@code open} from a properties file (see {@link ProgrammeInput}) or options, {@code adjust} its
 * schedule, {@code close} it, and {@code show} it in words with its progress toward the target. A
 * refusal by the library's rules is printed with every reason (exit 1); an unknown programme ends
 * with exit 3.
 */
@Command(name = "programme", mixinStandardHelpOptions = true,
    subcommands = {ProgrammeCommands.Open.class, ProgrammeCommands.Adjust.class, ProgrammeCommands.Close.class,
        ProgrammeCommands.Show.class})
final class ProgrammeCommands extends BaseCommand {
  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /** What the programme subcommands share: the region, printing decisions and the schedule. */
  abstract static class OnProgramme extends BaseCommand {
    /** The configured region, checked against the working scope. */
    RegionCode region() {
      RegionCode region = InnovationCommand.parseRegion(null, settings());
      Scopes.checkReadable(region, settings());
      return region;
    }

    /**
     * Prints a decision: refused, every reason, stages named by their labels in {@code rulebook} when
     * known (exit 1); accepted, the sentence of {@code key} with the programme's id, version and the
     * extra arguments, then its schedule.
     */
    int print(Session s, ProgrammeDecision d, Rulebook rulebook, String key, Object... extra) {
      Texts t = texts();
      if (!d.accepted()) {
        out().println(d.verdict().describe(t.locale(), rulebook));
        return ExitCodes.REFUSED;
      }
      Programme p = d.programme();
      Object[] args = new Object[2 + extra.length];
      args[0] = p.id();
      args[1] = p.version();
      System.arraycopy(extra, 0, args, 2, extra.length);
      out().println(t.get(key, args));
      printSchedule(p, rulebook != null ? rulebook : s.lab().programmes().rulebookOf(p.region(), p.id()));
      return ExitCodes.OK;
    }

    /** The schedule, one stage a line with its first and last day in words, in rulebook order. */
    void printSchedule(Programme p, Rulebook rulebook) {
      Texts t = texts();
      if (p.schedule().isEmpty()) {
        out().println(t.get("programme.show.noSchedule"));
        return;
      }
      out().println(t.get("programme.show.schedule", p.timeZone().name()));
      for (var stage : rulebook.stages()) {
        PhaseWindow w = p.schedule().get(stage.code());
        if (w != null) {
          out().println(t.get("programme.show.phase", stageName(rulebook, stage.code()),
              ValueText.date(w.start(), t), ValueText.date(w.end().minusDays(1), t)));
        }
      }
    }

    /** A stage's short label in the user's language ({@code Drum-up}), its code if the rulebook lacks it. */
    String stageName(Rulebook rulebook, String code) {
      return Names.stage(rulebook, code, texts());
    }
  }

  /**
   * {@code labinov programme open [ID] [--file FILE] [options]}: opens a programme in the configured
   * region, from a properties file, options, or both (an option wins over the file's line).
   */
  @Command(name = "open", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Open extends OnProgramme {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", descriptionKey = "param.programmeIdOptional")
    String id;

    @Option(names = "--file", paramLabel = "FILE", descriptionKey = "option.programmeFile")
    Path file;

    @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "option.programmeName")
    String name;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "option.programmeYear")
    String year;

    @Option(names = "--organiser", paramLabel = "OPD", descriptionKey = "option.programmeOrganiser")
    String organiser;

    @Option(names = "--opds", paramLabel = "OPD", split = ",", descriptionKey = "option.programmeOpds")
    List<String> opds;

    @Option(names = "--coaches", paramLabel = "PERSON-ID", split = ",", descriptionKey = "option.programmeCoaches")
    List<String> coaches;

    @Option(names = "--target", paramLabel = "N", descriptionKey = "option.programmeTarget")
    String target;

    @Option(names = "--rulebook", paramLabel = "ID[@VERSION]", descriptionKey = "option.programmeRulebook")
    String rulebook;

    @Option(names = "--time-zone", paramLabel = "WIB|WITA|WIT", descriptionKey = "option.programmeTimeZone")
    String timeZone;

    @Option(names = "--phase", paramLabel = "STAGE=FIRST..LAST", descriptionKey = "option.programmePhase")
    List<String> phases;

    @Override
    int run() throws Exception {
      ProgrammeInput input = file == null ? new ProgrammeInput() : ProgrammeInput.read(file, settings().limits());
      input.option("id", id).option("name", name).option("year", year).option("organiser", organiser)
          .option("opds", opds).option("coaches", coaches).option("target", target).option("rulebook", rulebook)
          .option("time-zone", timeZone).phaseOptions(phases);
      RegionCode region = region();
      var actor = settings().actor();
      try (Session s = open()) {
        Rulebook named = knownRulebook(s, region, input.rulebookId(), input.rulebookVersion()).orElse(null);
        Programme spec = input.spec(region, actor.opd() == null ? null : actor.opd().value(),
            named, texts());
        ProgrammeDecision d = s.lab().programmes().open(actor, spec);
        return print(s, d, named, "programme.opened", spec.name(), region.value());
      }
    }

    /**
     * The rulebook a new programme names, to read its schedule's stages by label: a shipped one or one
     * in the region's rulebook store. Empty if unknown (opening then says so, exit 3).
     */
    private static Optional<Rulebook> knownRulebook(Session s, RegionCode region, String id, int version) {
      for (Rulebook shipped : List.of(Rulebooks.fiveD(), Rulebooks.fiveDPlusOne())) {
        if (shipped.id().equals(id) && shipped.version() == version) {
          return Optional.of(shipped);
        }
      }
      return s.storage().rulebookStore().find(region, id, version);
    }
  }

  /**
   * {@code labinov programme adjust ID --reason TEXT [--file FILE] [--phase STAGE=FIRST..LAST]...}:
   * changes the schedule. A file's phase lines replace the whole schedule (its other lines are not
   * read: only the schedule changes once a programme is open); each {@code --phase} changes one stage.
   */
  @Command(name = "adjust", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Adjust extends OnProgramme {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.programmeId")
    String id;

    @Option(names = "--file", paramLabel = "FILE", descriptionKey = "option.programmeScheduleFile")
    Path file;

    @Option(names = "--phase", paramLabel = "STAGE=FIRST..LAST", descriptionKey = "option.programmePhase")
    List<String> phases;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
    String reason;

    @Override
    int run() throws Exception {
      ProgrammeInput fromFile = file == null ? null : ProgrammeInput.read(file, settings().limits());
      if (fromFile != null && fromFile.text("id") != null && !fromFile.text("id").equals(id)) {
        throw new CliException(ExitCodes.USAGE, "error.programme.otherId", file, fromFile.text("id"), id);
      }
      if ((fromFile == null || !fromFile.hasPhases()) && (phases == null || phases.isEmpty())) {
        throw new CliException(ExitCodes.USAGE, "error.programme.noSchedule");
      }
      if (reason.isBlank()) {
        throw new CliException(ExitCodes.USAGE, "error.programme.reason");
      }
      RegionCode region = region();
      var actor = settings().actor();
      try (Session s = open()) {
        Programme p = s.lab().programmes().find(region, id)
            .orElseThrow(() -> new NoSuchProgrammeException(id, region.value()));
        Rulebook rulebook = s.lab().programmes().rulebookOf(region, id);
        Map<String, PhaseWindow> schedule = new LinkedHashMap<>(fromFile != null && fromFile.hasPhases()
            ? fromFile.schedule(rulebook, texts()) : p.schedule());
        schedule.putAll(new ProgrammeInput().phaseOptions(phases).schedule(rulebook, texts()));
        ProgrammeDecision d = s.lab().programmes().adjustSchedule(actor, region, id, schedule);
        return print(s, d, rulebook, "programme.adjusted", reason.strip());
      }
    }
  }

  /** {@code labinov programme close ID --reason TEXT}: closes a programme; no new innovations join it. */
  @Command(name = "close", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Close extends OnProgramme {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.programmeId")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
    String reason;

    @Override
    int run() {
      if (reason.isBlank()) {
        throw new CliException(ExitCodes.USAGE, "error.programme.reason");
      }
      RegionCode region = region();
      var actor = settings().actor();
      try (Session s = open()) {
        ProgrammeDecision d = s.lab().programmes().close(actor, region, id, reason.strip());
        return print(s, d, s.lab().programmes().rulebookOf(region, id), "programme.closed", reason.strip());
      }
    }
  }

  /**
   * {@code labinov programme show ID}: the programme in words: name, region, year, status, organiser,
   * participating OPDs (with the names the directory holds), coaches, rulebook, the schedule with its
   * dates, and the progress toward the target with the innovations behind the schedule.
   */
  @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Show extends OnProgramme {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.programmeId")
    String id;

    @Override
    int run() {
      RegionCode region = region();
      Texts t = texts();
      try (Session s = open()) {
        Programme p = s.lab().programmes().find(region, id)
            .orElseThrow(() -> new NoSuchProgrammeException(id, region.value()));
        Rulebook rulebook = s.lab().programmes().rulebookOf(region, id);
        ProgrammeProgress progress = s.lab().programmes().progress(region, id);
        Directory directory = s.storage().directory();
        out().println(t.get("programme.show.title", p.id(), p.name()));
        out().println(t.get("programme.show.facts", p.region().value(), String.valueOf(p.year()),
            p.status().label(t.locale()), p.version()));
        if (p.status() == ProgrammeStatus.CLOSED && p.closedAt() != null) {
          out().println(t.get("programme.show.closedOn",
              ValueText.date(p.closedAt().atZone(p.timeZone().zoneId()).toLocalDate(), t)));
        }
        out().println(t.get("programme.show.organiser", opd(p.organisingUnit(), directory)));
        out().println(t.get("programme.show.opds", p.participatingOpds().isEmpty() ? t.get("programme.show.anyOpd")
            : p.participatingOpds().stream().map(o -> opd(o, directory)).collect(Collectors.joining(", "))));
        out().println(t.get("programme.show.coaches", p.coaches().isEmpty() ? "-"
            : p.coaches().stream().sorted(Comparator.comparing(PersonId::value)).map(c -> person(c, directory))
                .collect(Collectors.joining(", "))));
        out().println(t.get("programme.show.rulebook", p.rulebookId(), p.rulebookVersion()));
        printSchedule(p, rulebook);
        out().println(t.get("programme.show.progress", progress.reachedFinalStage(), progress.target(),
            stageName(rulebook, rulebook.stages().get(rulebook.stages().size() - 1).code()),
            ValueText.decimal(progress.targetPercent(), t)));
        out().println(t.get("programme.show.members", progress.total(),
            progress.perStage().entrySet().stream().map(e -> stageName(rulebook, e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", ")), progress.dropped()));
        for (ProgrammeProgress.Late late : progress.late()) {
          out().println(t.get("programme.show.late", late.innovation().title(), late.innovation().ref(),
              stageName(rulebook, late.stage()), ValueText.date(late.deadline(), t)));
        }
        return ExitCodes.OK;
      }
    }

    /**
     * A person as {@code coach-lan-01 (Dewi Lestari, S.Sos.)} when the directory holds the name
     * ({@code (dihapus)} when it was erased), else the id.
     */
    private String person(PersonId id, Directory directory) {
      PersonName n = directory.findPersonName(id);
      if (n.isErased()) {
        return id.value() + " " + texts().get("names.erased");
      }
      return n.findName().map(name -> id.value() + " (" + name + ")").orElse(id.value());
    }

    /** An OPD as {@code DINKES (Dinas Kesehatan)} when the directory holds its name, else its code. */
    private static String opd(OpdCode code, Directory directory) {
      return directory.findOpdName(code).map(n -> code.value() + " (" + n + ")").orElse(code.value());
    }
  }
}
