package id.labinov.core;

import id.labinov.core.CommandPipeline.CommandSource;
import id.labinov.core.CommandPipeline.Refused;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The command sources of moves named by a stage: the command is the rulebook's transition of the
 * kind from the stage read in the transaction, so a move never follows a stage read earlier.
 * Shared by the single commands, the bulk calls and the scope-wide advance. Stateless.
 */
final class MoveSources {
  private MoveSources() {}

  /** The source of a move to a named stage: the rulebook's transition of that kind from the current stage. */
  static CommandSource moveTo(String toStage, TransitionKind kind, Function<String, Command> command) {
    return new CommandSource() {
      @Override
      public Command build(InnovationState state, Rulebook rulebook) {
        rulebook.getStage(toStage);
        for (Transition t : rulebook.transitionsFrom(state.stage())) {
          if (t.kind() == kind && toStage.equals(t.to())) {
            return command.apply(t.id());
          }
        }
        throw new Refused(new Verdict(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            List.of(CommandPipeline.commandViolation("NO_TRANSITION", kind.name() + " -> " + toStage, state.stage(),
                rulebook.reference())), List.of()));
      }

      @Override
      public List<Command> candidates(Rulebook rulebook) {
        List<Command> out = new ArrayList<>();
        for (Transition t : rulebook.transitions()) {
          if (t.kind() == kind && toStage.equals(t.to())) {
            out.add(command.apply(t.id()));
          }
        }
        return out;
      }
    };
  }

  /**
   * The source of an advance to the stage after the current one (by the rulebook's order): the
   * rulebook's advance from the current stage to it; refused with {@code NO_TRANSITION} from the
   * last stage or where the rulebook has no such advance.
   */
  static CommandSource advanceToNext() {
    return new CommandSource() {
      @Override
      public Command build(InnovationState state, Rulebook rulebook) {
        String next = nextStage(rulebook, state.stage());
        if (next == null) {
          throw new Refused(new Verdict("advance", List.of(CommandPipeline.commandViolation("NO_TRANSITION",
              TransitionKind.ADVANCE.name() + " -> (next)", state.stage(), rulebook.reference())), List.of()));
        }
        return moveTo(next, TransitionKind.ADVANCE, t -> new Command.Advance(t, List.of())).build(state, rulebook);
      }

      @Override
      public List<Command> candidates(Rulebook rulebook) {
        List<Command> out = new ArrayList<>();
        for (Transition t : rulebook.transitions()) {
          if (t.kind() == TransitionKind.ADVANCE) {
            out.add(new Command.Advance(t.id(), List.of()));
          }
        }
        return out;
      }
    };
  }

  /** The stage after {@code stage} in the rulebook's order, or {@code null} after the last. */
  private static String nextStage(Rulebook rulebook, String stage) {
    int order = rulebook.getStage(stage).order();
    Stage next = null;
    for (Stage s : rulebook.stages()) {
      if (s.order() > order && (next == null || s.order() < next.order())) {
        next = s;
      }
    }
    return next == null ? null : next.code();
  }
}
