package id.labinov.cli;

import id.labinov.core.model.InnovationStatus;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labinov list}: the innovations of a scope, one line each (id, stage, status, OPD, title). */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
final class ListCommand extends BaseCommand {
  @Option(names = "--scope", paramLabel = "SCOPE", descriptionKey = "option.scope")
  String scope;

  @Option(names = "--stage", paramLabel = "STAGE", descriptionKey = "option.stageFilter")
  String stage;

  @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "option.statusFilter")
  InnovationStatus status;

  @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.titleFilter")
  String title;

  @Override
  int run() {
    InnovationFilter.Builder f = InnovationFilter.builder();
    if (stage != null) {
      f.stages(stage);
    }
    if (status != null) {
      f.statuses(status);
    }
    if (title != null) {
      f.titleContains(title);
    }
    InnovationFilter filter = f.build();
    try (Session s = open()) {
      var where = Scopes.of(scope, settings());
      Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
      long n = 0;
      while (page.isPresent()) {
        Page<InnovationSummary> p = s.lab().queries().find(where, filter, page.get());
        for (InnovationSummary i : p.items()) {
          // one record per line whatever a title holds (tabs and line breaks in it are escaped)
          out().println(i.ref() + "\t" + i.stage() + "\t" + i.status() + "\t"
              + (i.opd() == null ? "-" : i.opd().value()) + "\t" + TerminalText.field(i.title()));
          n++;
        }
        page = p.findNext();
      }
      out().println(texts().get("list.count", n));
      return ExitCodes.OK;
    }
  }
}
