package id.labinov.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov resume}: resumes an innovation on hold. */
@Command(name = "resume", mixinStandardHelpOptions = true, sortOptions = false)
final class ResumeCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.note")
  String note;

  @Override
  int run() {
    try (Session s = open()) {
      return print(s, s.lab().innovations().resume(ref(), settings().actor(), note, write.options()));
    }
  }
}
