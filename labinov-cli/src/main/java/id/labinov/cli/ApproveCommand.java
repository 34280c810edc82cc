package id.labinov.cli;

import id.labinov.core.model.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov approve}: records the actor's approval in the current stage, in one of their roles. */
@Command(name = "approve", mixinStandardHelpOptions = true, sortOptions = false)
final class ApproveCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  /** Read by the converter {@link Main} registers: a code or a label ({@code OPD_HEAD}, {@code kepala opd}). */
  @Option(names = "--as", required = true, paramLabel = "ROLE", descriptionKey = "option.as")
  Role role;

  @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.note")
  String note;

  @Override
  int run() {
    try (Session s = open()) {
      return print(s, s.lab().innovations().approve(ref(), settings().actor(), role, note, write.options()));
    }
  }
}
