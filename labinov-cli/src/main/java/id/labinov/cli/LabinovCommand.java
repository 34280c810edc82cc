package id.labinov.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command, {@code labinov}: holds the global options and lists the commands. */
@Command(name = "labinov", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    subcommands = {
        MigrateCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class,
        CheckCommand.class, AvailableCommand.class,
        AdvanceCommand.class, ReturnCommand.class, HoldCommand.class, ResumeCommand.class, DropCommand.class,
        ReopenCommand.class, ApproveCommand.class, AttachCommand.class, ClearConditionCommand.class,
        ChangeOpdCommand.class, HandOverCommand.class,
        ReportCommand.class, VerifyCommand.class, ExportHashesCommand.class, RulebookCommand.class,
        DirectoryCommand.class,
        ProgrammeCommands.class, ScoreCommand.class, MonitorCommand.class,
        DocumentCommand.class, ClaimCommand.class, PreflightCommand.class, VerifyClaimCommand.class,
        EntryCommand.class, VersionCommand.class, EligibilityCommand.class, SustainabilityCommand.class
    })
final class LabinovCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global = new GlobalOptions();

  private final Clock clock;

  LabinovCommand(Clock clock) {
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  GlobalOptions global() {
    return global;
  }

  Settings settings() {
    return Settings.of(global);
  }

  /** Returns the texts of {@code --lang}, or of the configuration file's {@code lang}. */
  Texts texts() {
    return Texts.of(global.lang != null ? global.lang : Settings.of(global).lang());
  }

  /** Like {@link #texts()}, but never fails: Indonesian when the language itself is the problem. */
  Texts textsOrDefault() {
    try {
      return texts();
    } catch (CliException e) {
      return Texts.of(null);
    }
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
