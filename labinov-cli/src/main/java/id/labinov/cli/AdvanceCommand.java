package id.labinov.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov advance}: advances an innovation to a later stage, with conditions if any are given. */
@Command(name = "advance", mixinStandardHelpOptions = true, sortOptions = false)
final class AdvanceCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @Option(names = "--to", required = true, paramLabel = "STAGE", descriptionKey = "option.to")
  String to;

  @Option(names = "--condition", paramLabel = "TEXT", descriptionKey = "option.condition")
  java.util.List<String> conditions;

  @Override
  int run() {
    try (Session s = open()) {
      var actor = settings().actor();
      var ref = ref();
      String stage = Choices.stages("--to", s.lab().innovations().rulebookOf(ref)).parse(to);
      return print(s, conditions == null || conditions.isEmpty()
          ? s.lab().innovations().advance(ref, actor, stage, write.options())
          : s.lab().innovations().advanceConditionally(ref, actor, stage, conditions, write.options()));
    }
  }
}
