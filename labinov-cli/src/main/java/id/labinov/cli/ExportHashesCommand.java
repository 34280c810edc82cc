package id.labinov.cli;

import id.labinov.core.model.Scope;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.persistence.jdbc.JdbcInnovationStore;
import id.labinov.persistence.jdbc.LatestHash;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labinov export-hashes}: the newest hash of every innovation in a scope as CSV
 * ({@code region,innovation_id,version,last_hash}), for an auditor to keep outside the database and
 * later give to {@code labinov verify --hashes}.
 */
@Command(name = "export-hashes", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportHashesCommand extends BaseCommand {
  static final String HEADER = "region,innovation_id,version,last_hash";

  @Option(names = "--scope", paramLabel = "SCOPE", descriptionKey = "option.scope")
  String scope;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.outFile")
  Path target;

  @Override
  int run() throws IOException {
    try (Session s = open()) {
      List<LatestHash> all = collect(s.storage().innovationStore(), Scopes.of(scope, settings()));
      if (target == null) {
        write(out(), all);
      } else {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
          write(w, all);
        }
        out().println(texts().get("hashes.written", all.size(), target));
      }
      return ExitCodes.OK;
    }
  }

  private static void write(PrintWriter w, List<LatestHash> all) {
    w.print(HEADER + "\n");
    for (LatestHash h : all) {
      w.print(h.ref().region() + "," + h.ref().id() + "," + h.version() + "," + h.lastHash() + "\n");
    }
    w.flush();
  }

  static List<LatestHash> collect(JdbcInnovationStore store, Scope scope) {
    List<LatestHash> all = new ArrayList<>();
    Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
    while (page.isPresent()) {
      Page<LatestHash> p = store.latestHashes(scope, page.get());
      all.addAll(p.items());
      page = p.findNext();
    }
    return all;
  }
}
