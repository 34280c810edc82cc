package id.labinov.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov return}: returns an innovation to an earlier stage for rework. */
@Command(name = "return", mixinStandardHelpOptions = true, sortOptions = false)
final class ReturnCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @Option(names = "--to", required = true, paramLabel = "STAGE", descriptionKey = "option.toEarlier")
  String to;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
  String reason;

  @Override
  int run() {
    try (Session s = open()) {
      var ref = ref();
      String stage = Choices.stages("--to", s.lab().innovations().rulebookOf(ref)).parse(to);
      return print(s, s.lab().innovations().returnForRework(ref, settings().actor(), stage, reason, write.options()));
    }
  }
}
