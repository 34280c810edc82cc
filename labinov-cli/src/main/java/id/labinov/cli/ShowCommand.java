package id.labinov.cli;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.EvidenceRef;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code labinov show}: an innovation's current state (stage, status, evidence, approvals, conditions). */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
final class ShowCommand extends InnovationCommand {
  @Override
  int run() {
    try (Session s = open()) {
      InnovationState st = s.lab().innovations().get(ref());
      Texts t = texts();
      out().println(t.get("show.title", st.ref(), st.details().title()));
      out().println(t.get("show.stage", stageLabel(s.lab().innovations().rulebookOf(st.ref()), st.stage()),
          st.status().label(t.locale()), st.version(), st.rulebookReference()));
      out().println(t.get("show.opd", st.details().field("opd").orElse("-")));
      out().println(t.get("show.evidence", st.evidence().isEmpty() ? "-"
          : st.evidence().stream().map(EvidenceRef::kind).map(k -> label("label.EvidenceKind." + k, k, t))
              .collect(Collectors.joining(", "))));
      out().println(t.get("show.approvals", st.approvals().isEmpty() ? "-"
          : st.approvals().stream().map(a -> label("label.Role." + a.role(), a.role(), t) + " (" + a.approver() + ")")
              .collect(Collectors.joining(", "))));
      out().println(t.get("show.conditions", st.openConditions().isEmpty() ? "-"
          : st.openConditions().stream().map(c -> c.id() + " " + c.text()).collect(Collectors.joining("; "))));
      return ExitCodes.OK;
    }
  }

  /** The label core gives a code (an evidence kind, a role) in the user's language; the code if it has none. */
  private static String label(String key, Object code, Texts t) {
    return Messages.isDefined(key) ? Messages.format(t.locale(), key) : String.valueOf(code);
  }
}
