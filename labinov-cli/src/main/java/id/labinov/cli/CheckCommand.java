package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov check}: evaluates one transition's gate for the actor without changing anything,
 * listing every rule that fails. The transition is named by its id, or by the stage an advance
 * leads to.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand extends InnovationCommand {
  @Parameters(index = "1", paramLabel = "TRANSITION", descriptionKey = "param.transition")
  String transition;

  @Override
  int run() {
    try (Session s = open()) {
      InnovationRef ref = ref();
      InnovationState state = s.lab().innovations().get(ref);
      Rulebook rulebook = s.lab().innovations().rulebookOf(ref);
      String id = resolve(rulebook, state.stage(), transition);
      Verdict v = s.lab().innovations().check(ref, settings().actor(), id);
      out().println(v.describe(texts().locale(), rulebook));
      return v.allowed() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
  }

  /**
   * Finds a transition by its exact id (any transition of the rulebook: the verdict says when it
   * does not start from the current stage), else among the transitions from the current stage by
   * id or label, an advance also by the stage it leads to (code or label, any case).
   *
   * @throws CliException with {@link ExitCodes#USAGE} naming the transitions from the current stage
   */
  static String resolve(Rulebook rulebook, String stage, String text) {
    String typed = text.strip();
    if (rulebook.findTransition(typed).isPresent()) {
      return typed;
    }
    return Choices.transitions("TRANSITION", rulebook, stage).parse(typed);
  }
}
