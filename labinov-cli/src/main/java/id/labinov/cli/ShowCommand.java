package id.labinov.cli;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.model.EvidenceRef;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code labinov show}: an innovation's current state in words: stage and status labels, its OPD's
 * name, themes, programme, evidence kinds, approvals (role and approver's name) and open conditions.
 * The innovation may be named by a start of its id or its title ({@link InnovationFinder}).
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
final class ShowCommand extends InnovationCommand {
  @Override
  int run() {
    try (Session s = open()) {
      InnovationState st = s.lab().innovations().get(ref());
      Texts t = texts();
      Names names = Names.of(s, t);
      out().println(t.get("show.title", st.ref(), st.details().title()));
      out().println(t.get("show.stage", stageLabel(s.lab().innovations().rulebookOf(st.ref()), st.stage()),
          names.status(st.status()), st.version(), st.rulebookReference()));
      out().println(t.get("show.opd", names.opdWithCode(st.details().opd())));
      out().println(t.get("show.themes", orDash(st.details().themes().stream().sorted().map(names::theme).toList())));
      out().println(t.get("show.programme", st.findProgrammeId().orElse("-")));
      out().println(t.get("show.evidence", orDash(st.evidence().stream().map(EvidenceRef::kind)
          .map(k -> names.label("EvidenceKind", k)).toList())));
      out().println(t.get("show.approvals", orDash(st.approvals().stream()
          .map(a -> names.label("Role", a.role()) + " (" + names.person(a.approver()) + ")").toList())));
      out().println(t.get("show.conditions", st.openConditions().isEmpty() ? "-"
          : st.openConditions().stream().map(c -> c.id() + " " + c.text()).collect(Collectors.joining("; "))));
      return ExitCodes.OK;
    }
  }

  private static String orDash(List<String> values) {
    return values.isEmpty() ? "-" : String.join(", ", values);
  }
}
