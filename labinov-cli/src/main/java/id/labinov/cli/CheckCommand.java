package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import java.util.Optional;
import java.util.stream.Collectors;
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

  /** Finds a transition by id, else the advance from the current stage to a stage of that code. */
  static String resolve(Rulebook rulebook, String stage, String text) {
    if (rulebook.findTransition(text).isPresent()) {
      return text;
    }
    Optional<Transition> advance = rulebook.transitionsFrom(stage).stream()
        .filter(t -> t.kind() == TransitionKind.ADVANCE && text.equalsIgnoreCase(t.to()))
        .findFirst();
    if (advance.isPresent()) {
      return advance.get().id();
    }
    throw new CliException(ExitCodes.USAGE, "error.transition.unknown", text, stage,
        rulebook.transitionsFrom(stage).stream().map(Transition::id).collect(Collectors.joining(", ")));
  }
}
