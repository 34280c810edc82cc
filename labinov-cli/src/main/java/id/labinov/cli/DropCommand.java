package id.labinov.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov drop}: drops an innovation (it keeps its stage, so reopen returns to it). */
@Command(name = "drop", mixinStandardHelpOptions = true, sortOptions = false)
final class DropCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
  String reason;

  @Override
  int run() {
    try (Session s = open()) {
      return print(s, s.lab().innovations().drop(ref(), settings().actor(), reason, write.options()));
    }
  }
}
