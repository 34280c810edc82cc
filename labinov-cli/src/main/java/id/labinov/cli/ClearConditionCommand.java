package id.labinov.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov clear-condition}: clears an open condition of a conditional advance. */
@Command(name = "clear-condition", mixinStandardHelpOptions = true, sortOptions = false)
final class ClearConditionCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @picocli.CommandLine.Parameters(index = "1", paramLabel = "CONDITION-ID", descriptionKey = "param.condition")
  String condition;

  @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.note")
  String note;

  @Override
  int run() {
    try (Session s = open()) {
      return print(s, s.lab().innovations().clearCondition(ref(), settings().actor(), condition, note, write.options()));
    }
  }
}
