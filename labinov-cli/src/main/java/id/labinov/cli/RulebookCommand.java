package id.labinov.cli;

import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookProblem;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code labinov rulebook}: validate a rulebook file, or draw it as a Mermaid state diagram. */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
    subcommands = {RulebookCommand.Validate.class, RulebookCommand.Diagram.class})
final class RulebookCommand extends BaseCommand {
  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /**
   * Reads a shipped rulebook by name ({@code 5d}, {@code 5d-plus-1}, any case), else a rulebook file.
   * A name that is neither a file nor a shipped rulebook is refused naming both kinds of source, and
   * the shipped name it is close to ({@code 5D+1}).
   */
  static Rulebook read(String source, Limits limits) throws IOException {
    Choices<String> shipped = Choices.shippedRulebooks("FILE");
    java.util.Optional<String> name = shipped.find(source);
    if (name.isPresent()) {
      return name.get().equals("5d") ? Rulebooks.fiveD() : Rulebooks.fiveDPlusOne();
    }
    Path file = null;
    try {
      file = Path.of(source);
    } catch (java.nio.file.InvalidPathException e) {
      // no file can have this name: refused below like a missing file
    }
    if (file == null || !Files.exists(file)) {
      throw new CliException(ExitCodes.USAGE, "error.rulebook.source", source,
          String.join(", ", shipped.codes()), shipped.didYouMean(source));
    }
    Settings.ensureReadable(file);
    try (InputStream in = Files.newInputStream(file)) {
      // at most the limit (plus one byte) is read, whatever the file's size
      return Rulebooks.read(file.toString(), in, RuleTypes.discovered(), limits.rulebook());
    }
  }

  /** {@code labinov rulebook validate FILE}: every problem with its JSON path; exit 1 if any. */
  @Command(name = "validate", mixinStandardHelpOptions = true)
  static final class Validate extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.rulebook")
    String file;

    @Override
    int run() throws IOException {
      Texts t = texts();
      try {
        Rulebook r = read(file, settings().limits());
        if (Choices.shippedRulebooks("FILE").find(file).isEmpty()) {
          noteByteOrderMark(Path.of(file));
        }
        out().println(t.get("rulebook.valid", r.reference(), r.stages().size(), r.transitions().size(), r.hash()));
        return ExitCodes.OK;
      } catch (RulebookValidationException e) {
        out().println(t.get("rulebook.invalid", file, e.problems().size()));
        for (RulebookProblem p : e.problems()) {
          out().println("  " + p.path() + "  " + p.code() + ": " + p.message(t.locale()));
        }
        return ExitCodes.REFUSED;
      }
    }
  }

  /** {@code labinov rulebook diagram FILE}: a Mermaid state diagram in the chosen language. */
  @Command(name = "diagram", mixinStandardHelpOptions = true)
  static final class Diagram extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.rulebook")
    String file;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.outFile")
    Path target;

    @Override
    int run() throws IOException {
      String mermaid = Rulebooks.toMermaid(read(file, settings().limits()), texts().locale());
      if (target == null) {
        out().print(mermaid);
        if (!mermaid.endsWith("\n")) {
          out().println();
        }
      } else {
        Files.writeString(target, mermaid);
        out().println(texts().get("written", target));
      }
      return ExitCodes.OK;
    }
  }
}
