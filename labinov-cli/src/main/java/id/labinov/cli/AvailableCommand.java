package id.labinov.cli;

import id.labinov.core.engine.Availability;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.Violation;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code labinov available}: every transition from the innovation's current stage, whether the
 * actor may take it now and, if not, why: each failing must-meet rule's message on a line of its own
 * (the codes are in {@code check}'s verdict for programs; people read the reasons).
 */
@Command(name = "available", mixinStandardHelpOptions = true, sortOptions = false)
final class AvailableCommand extends InnovationCommand {
  @Override
  int run() {
    try (Session s = open()) {
      InnovationRef ref = ref();
      InnovationState state = s.lab().innovations().get(ref);
      Texts t = texts();
      Rulebook rulebook = s.lab().innovations().rulebookOf(ref);
      out().println(t.get("available.head", ref, stageLabel(rulebook, state.stage()), state.status().label(t.locale())));
      List<Availability> all = s.lab().innovations().available(ref, settings().actor());
      for (Availability a : all) {
        Transition tr = a.transition();
        String target = tr.findTo().map(x -> " -> " + x).orElse("");
        out().println((a.allowed() ? "  + " : "  - ") + tr.id() + target + "  (" + tr.label().in(t.locale()) + ")");
        if (!a.allowed()) {
          for (Violation v : a.verdict().refusals()) {
            out().println("      " + v.message(t.locale(), rulebook));
          }
        }
      }
      long allowed = all.stream().filter(Availability::allowed).count();
      out().println(t.get("available.count", allowed, all.size()));
      return ExitCodes.OK;
    }
  }
}
