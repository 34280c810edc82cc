package id.labinov.cli;

import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labinov handover}: hands an innovation over to a new owner (serah terima pemilik inovasi)
 * when its innovator moves to another OPD or leaves, a lab administrator's command recorded in its
 * history. The new owner must be in the directory ({@code labinov directory load}); with
 * {@code --opd} the innovation moves to the new owner's OPD in the same step.
 */
@Command(name = "handover", mixinStandardHelpOptions = true, sortOptions = false)
final class HandOverCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  @Option(names = "--to", required = true, paramLabel = "PERSON", descriptionKey = "option.newOwner")
  String to;

  @Option(names = "--opd", paramLabel = "OPD", descriptionKey = "option.ownerOpd")
  String opd;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
  String reason;

  @Override
  int run() {
    try (Session s = open()) {
      return print(s, s.lab().innovations().handOver(ref(), settings().actor(), PersonId.of(to.strip()),
          opd == null ? null : OpdCode.of(opd.strip()), reason, write.options()));
    }
  }
}
