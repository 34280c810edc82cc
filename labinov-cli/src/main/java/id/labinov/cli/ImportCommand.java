package id.labinov.cli;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Options;
import id.labinov.core.model.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov import}: proposes one innovation per row of a CSV or XLSX file. Prints one result
 * line per row (stored with its id, already imported, or rejected with the reason); good rows are
 * stored even when others are rejected (exit 5). Each row carries an idempotency key made from its
 * region, content and the actor, so importing the same file again within the key lifetime (7 days)
 * stores nothing twice.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.importFile")
  Path file;

  @Option(names = "--format", paramLabel = "csv|xlsx", descriptionKey = "option.importFormat")
  String format;

  @Option(names = "--delimiter", paramLabel = "CHAR", descriptionKey = "option.delimiter")
  Character delimiter;

  @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "option.sheet")
  String sheet;

  @Option(names = "--dry-run", descriptionKey = "option.dryRun")
  boolean dryRun;

  @Override
  int run() throws Exception {
    Settings.ensureReadable(file);
    Table table = read();
    Actor actor = settings().actor();
    RowMapper mapper = new RowMapper(table.header(), settings().region());
    Texts t = texts();
    Locale locale = t.locale();
    int stored = 0;
    int known = 0;
    int rejected = 0;
    int rows = 0;
    try (Session s = dryRun ? null : open();
        Progress progress = progress(t.get("progress.import"), table.lines().size())) {
      Labinov lab = s == null ? null : s.lab();
      int done = 0;
      for (Table.Line line : table.lines()) {
        progress.update(++done);
        if (line.blank()) {
          continue;
        }
        rows++;
        String prefix = t.get("import.row", line.number()) + " ";
        if (line.malformed()) {
          rejected++;
          String why = t.get(line.problemKey(), line.problemArguments().toArray());
          progress.println(out(), prefix + t.get("import.rejected", why));
          continue;
        }
        RowMapper.Mapped m;
        try {
          m = mapper.map(line.cells(), locale);
        } catch (RowMapper.RowProblem p) {
          rejected++;
          progress.println(out(), prefix + t.get("import.rejected", t.get(p.key, p.arguments)));
          continue;
        }
        if (lab == null) {
          stored++;
          progress.println(out(), prefix + t.get("import.valid", m.details().title()));
          continue;
        }
        CommandResult r = lab.propose(m.region(), actor, m.details(), null,
            Options.idempotent(key(m, actor)));
        if (!r.accepted()) {
          rejected++;
          progress.println(out(), prefix + t.get("import.rejected", r.verdict().describe(locale).replace("\n", " ")));
        } else if (r.replayed()) {
          known++;
          progress.println(out(), prefix + t.get("import.known", r.ref(), m.details().title()));
        } else {
          stored++;
          progress.println(out(), prefix + t.get("import.stored", r.ref(), m.details().title()));
        }
      }
    }
    out().println(t.get(dryRun ? "import.summaryDry" : "import.summary", rows, stored, known, rejected));
    return rejected == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  private Table read() throws java.io.IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String kind = format != null ? format.toLowerCase(Locale.ROOT)
        : name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") || name.endsWith(".txt") ? "csv" : null;
    if ("csv".equals(kind)) {
      return CsvTables.read(file, delimiter);
    }
    if ("xlsx".equals(kind)) {
      return XlsxTables.read(file, sheet);
    }
    throw new CliException(ExitCodes.USAGE, "error.import.format", file);
  }

  private static String key(RowMapper.Mapped m, Actor actor) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((m.region().value() + "\u0000" + actor.personId() + "\u0000" + m.details())
          .getBytes(StandardCharsets.UTF_8));
      return "import-" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
