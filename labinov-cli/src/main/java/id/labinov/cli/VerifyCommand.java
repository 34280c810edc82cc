package id.labinov.cli;

import id.labinov.core.engine.HistoryProblem;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.Scope;
import id.labinov.persistence.jdbc.JdbcInnovationStore;
import id.labinov.persistence.jdbc.LatestHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov verify}: checks hash-chained histories with core's verification
 * ({@code Labinov.verifications()}, which the JDBC store feeds its hash chain): one innovation, every
 * innovation of a scope ({@code --all}, streamed with a progress bar), or each innovation of a file
 * written by {@code export-hashes} ({@code --hashes}), which also shows a history rewritten with
 * recomputed hashes. Exit 6 if any history is broken.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false)
final class VerifyCommand extends BaseCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
  String innovation;

  @Option(names = "--all", descriptionKey = "option.verifyAll")
  boolean all;

  @Option(names = "--scope", paramLabel = "SCOPE", descriptionKey = "option.scope")
  String scope;

  @Option(names = "--hashes", paramLabel = "FILE", descriptionKey = "option.hashes")
  Path hashes;

  @Override
  int run() throws IOException {
    int chosen = (innovation != null ? 1 : 0) + (all ? 1 : 0) + (hashes != null ? 1 : 0);
    if (chosen != 1) {
      throw new CliException(ExitCodes.USAGE, "error.verify.choose");
    }
    List<LatestHash> held = hashes == null ? List.of() : readHashes(Settings.ensureReadable(hashes));
    try (Session s = open()) {
      if (innovation != null) {
        return show(List.of(s.lab().verifications().verify(InnovationCommand.parseRef(innovation, settings()))));
      }
      List<HistoryVerification> results = new ArrayList<>();
      if (all) {
        Scope within = Scopes.of(scope, settings());
        try (ScopeBar bar = new ScopeBar()) {
          s.lab().verifications().verify(within, (v, done, total) -> {
            results.add(v);
            bar.update(done, total);
          });
        }
      } else {
        JdbcInnovationStore store = s.storage().innovationStore();
        for (LatestHash h : held) {
          Scopes.checkReadable(h.ref().region(), settings()); // before anything is read
        }
        try (Progress p = progress(texts().get("progress.verify"), held.size())) {
          for (LatestHash h : held) {
            results.add(store.verify(h));
            p.update(results.size());
          }
        }
      }
      return show(results);
    }
  }

  /** The progress bar of a scope, started at the first report, when the scope's total is known. */
  private final class ScopeBar implements AutoCloseable {
    private Progress progress;

    void update(long done, long total) {
      if (progress == null) {
        progress = progress(texts().get("progress.verify"), total);
      }
      progress.update(done);
    }

    @Override
    public void close() {
      if (progress != null) {
        progress.close();
      }
    }
  }

  private int show(List<HistoryVerification> results) {
    Texts t = texts();
    long broken = 0;
    for (HistoryVerification v : results) {
      if (v.ok()) {
        out().println(t.get("verify.intact", v.ref(), v.eventsChecked()));
      } else {
        broken++;
        HistoryProblem p = v.problem();
        out().println(t.get("verify.broken", v.ref(), p.sequence(), p.kind(), p.kind().label(t.locale())));
      }
    }
    out().println(t.get("verify.summary", results.size(), results.size() - broken, broken));
    return broken == 0 ? ExitCodes.OK : ExitCodes.BROKEN;
  }

  private List<LatestHash> readHashes(Path file) throws IOException {
    List<LatestHash> list = new ArrayList<>();
    noteByteOrderMark(file);
    Limits limits = settings().limits();
    if (Files.size(file) > limits.get(Limits.Limit.HASHES_BYTES)) {
      throw limits.exceeded(file, Limits.Limit.HASHES_BYTES);
    }
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(
        id.labinov.core.model.InputText.strictUtf8(Files.readAllBytes(file), file.toString())))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith(ExportHashesCommand.HEADER)) {
          continue;
        }
        String[] f = line.strip().split(",");
        try {
          if (f.length != 4) {
            throw new IllegalArgumentException(line);
          }
          list.add(new LatestHash(InnovationRef.of(f[0], f[1]), Long.parseLong(f[2]), f[3]));
        } catch (CliException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new CliException(ExitCodes.USAGE, "error.hashes.line", file, n, ExportHashesCommand.HEADER);
        }
      }
    }
    return list;
  }
}
