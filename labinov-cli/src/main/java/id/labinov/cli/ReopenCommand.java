package id.labinov.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov reopen}: reopens a dropped innovation in the stage it was dropped from. */
@Command(name = "reopen", mixinStandardHelpOptions = true, sortOptions = false)
final class ReopenCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
  String reason;

  @Override
  int run() {
    try (Session s = open()) {
      return print(s, s.lab().innovations().reopen(ref(), settings().actor(), reason, write.options()));
    }
  }
}
