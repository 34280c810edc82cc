package id.labinov.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov hold}: puts an innovation on hold. */
@Command(name = "hold", mixinStandardHelpOptions = true, sortOptions = false)
final class HoldCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
  String reason;

  @Override
  int run() {
    try (Session s = open()) {
      return print(s, s.lab().innovations().hold(ref(), settings().actor(), reason, write.options()));
    }
  }
}
