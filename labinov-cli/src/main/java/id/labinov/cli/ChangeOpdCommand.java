package id.labinov.cli;

import id.labinov.core.model.OpdCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labinov change-opd}: moves an innovation to another OPD (pindah OPD), a lab administrator's
 * command recorded in its history. Editing the details cannot change a recorded OPD.
 */
@Command(name = "change-opd", mixinStandardHelpOptions = true, sortOptions = false)
final class ChangeOpdCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @Option(names = "--to-opd", required = true, paramLabel = "OPD", descriptionKey = "option.toOpd")
  String toOpd;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
  String reason;

  @Override
  int run() {
    try (Session s = open()) {
      return print(s, s.lab().innovations().changeOpd(ref(), settings().actor(), OpdCode.of(toOpd), reason,
          write.options()));
    }
  }
}
