package id.labinov.cli;

import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.ImportResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.error.LabinovException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov import}: proposes one innovation per row of a CSV or XLSX file. Prints one result
 * line per row (stored with its id, already there, or rejected with the reason); good rows are stored
 * even when others are rejected (exit 5). With {@code --programme} every row joins that programme
 * (the entry gate then checks the programme's participants and schedule). Columns are read by
 * {@link RowMapper}: an unknown one is named once on standard error and ignored. With
 * {@code --template FILE} it writes an empty file to fill in ({@link ImportTemplate}) instead.
 *
 * <p>The rows go through {@code lab.innovations().importInnovations}: each row is decided by the entry gate
 * on its own, and the accepted ones are written in JDBC batches of {@value #BATCH_SIZE}, one
 * transaction per {@value #CHUNK_ROWS} rows. The batch import records no idempotency keys, so a
 * re-import is made safe here instead: a row whose region, proposer and content equal an innovation
 * already stored (as it was proposed) or an earlier row of the same file is reported as already
 * there and stored nothing twice.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCommand extends BaseCommand {
  /** Items per JDBC batch. */
  static final int BATCH_SIZE = 200;
  /** Rows per call of the batch import, i.e. per transaction. */
  static final int CHUNK_ROWS = 1000;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "param.importFile")
  Path file;

  @Option(names = "--template", paramLabel = "FILE", descriptionKey = "option.importTemplate")
  Path template;

  @Mixin
  TableFileOptions tableFile = new TableFileOptions();

  @Option(names = "--programme", paramLabel = "ID", descriptionKey = "option.importProgramme")
  String programme;

  @Option(names = "--dry-run", descriptionKey = "option.dryRun")
  boolean dryRun;

  /** One non-blank data row: mapped, or rejected before it reaches the database. */
  private static final class Row {
    final int number;
    final RowMapper.Mapped mapped;
    final String key;
    String line;
    /** Set when the row was sent to the batch import. */
    ImportResult result;
    /** The earlier row of this file with the same key, if any. */
    Row first;
    /** The stored innovation with the same key, if any. */
    InnovationRef existing;

    Row(int number, RowMapper.Mapped mapped, String key, String line) {
      this.number = number;
      this.mapped = mapped;
      this.key = key;
      this.line = line;
    }
  }

  @Override
  int run() throws Exception {
    Texts t = texts();
    if (template != null) {
      if (file != null) {
        throw new CliException(ExitCodes.USAGE, "error.import.templateAndFile");
      }
      for (Path written : new ImportTemplate(t).write(template, tableFile.format)) {
        out().println(t.get("written", written));
      }
      return ExitCodes.OK;
    }
    if (file == null) {
      throw new CliException(ExitCodes.USAGE, "error.import.noFile");
    }
    Settings.ensureReadable(file);
    Table table = tableFile.read(file, this);
    Actor actor = settings().actor();
    RowMapper mapper = new RowMapper(table.header(), settings().region(), t);
    if (!mapper.ignored().isEmpty()) {
      err().println(t.get("import.ignoredColumns", String.join(", ", mapper.ignored()), ImportColumn.listing(t)));
      err().flush();
    }
    List<Row> rows = new ArrayList<>();
    for (Table.Line line : table.lines()) {
      if (line.blank()) {
        continue;
      }
      if (line.malformed()) {
        String why = t.get(line.problemKey(), line.problemArguments().toArray());
        rows.add(new Row(line.number(), null, null, t.get("import.rejected", why)));
        continue;
      }
      try {
        RowMapper.Mapped m = mapper.map(line.cells());
        rows.add(new Row(line.number(), m, key(m.region(), actor.personId(), m.details()), null));
      } catch (RowMapper.RowProblem p) {
        rows.add(new Row(line.number(), null, null, t.get("import.rejected", p.getMessage())));
      }
    }
    int[] counts = new int[3];
    try (Session s = dryRun ? null : open();
        Progress progress = progress(t.get("progress.import"), rows.size())) {
      if (s != null) {
        checkProgramme(s, rows);
        markExisting(s, actor, rows);
      }
      Map<String, Row> firstByKey = new HashMap<>();
      int done = 0;
      for (int from = 0; from < rows.size(); from += CHUNK_ROWS) {
        List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK_ROWS));
        List<Row> sent = new ArrayList<>();
        for (Row r : chunk) {
          if (r.mapped == null || r.existing != null) {
            continue;
          }
          Row earlier = firstByKey.putIfAbsent(r.key, r);
          if (earlier != null) {
            r.first = earlier;
          } else if (s != null) {
            sent.add(r);
          }
        }
        if (!sent.isEmpty()) {
          List<ImportItem> items = sent.stream()
              .map(r -> new ImportItem(r.mapped.region(), actor, r.mapped.details(), programme)).toList();
          List<ImportResult> results = s.lab().innovations().importInnovations(items, ImportOptions.eachOnItsOwn());
          for (ImportResult res : results) {
            sent.get(res.index()).result = res;
          }
        }
        for (Row r : chunk) {
          String line = t.get("import.row", r.number) + " " + describe(r, t, counts);
          progress.println(out(), line);
          progress.update(++done);
        }
      }
    }
    int rejected = counts[2];
    out().println(t.get(dryRun ? "import.summaryDry" : "import.summary", rows.size(), counts[0], counts[1], rejected));
    return rejected == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  /** Returns a row's result text and counts it: [0] stored (or valid), [1] already there, [2] rejected. */
  private String describe(Row r, Texts t, int[] counts) {
    if (r.line != null) {
      counts[2]++;
      return r.line;
    }
    String title = r.mapped.details().title();
    if (r.existing != null) {
      counts[1]++;
      return t.get("import.known", r.existing, title);
    }
    if (r.first != null) {
      Row first = r.first;
      if (first.result != null && first.result.written()) {
        counts[1]++;
        return t.get("import.known", first.result.ref(), title);
      }
      if (first.result == null && dryRun) {
        counts[0]++;
        return t.get("import.validDuplicate", first.number, title);
      }
      counts[2]++;
      return t.get("import.rejected", t.get("import.sameAsRow", first.number));
    }
    if (r.result == null) {
      counts[0]++;
      return t.get("import.valid", title);
    }
    ImportResult res = r.result;
    return switch (res.outcome()) {
      case WRITTEN -> {
        counts[0]++;
        yield t.get("import.stored", res.ref(), title);
      }
      case REFUSED -> {
        counts[2]++;
        yield t.get("import.rejected", res.verdict().describe(t.locale()).replace("\n", " "));
      }
      case FAILED, ROLLED_BACK -> {
        counts[2]++;
        RuntimeException e = res.findError().orElse(null);
        String why = e instanceof LabinovException le ? le.getMessage(t.locale())
            : e == null ? String.valueOf(res.outcome()) : String.valueOf(e.getMessage());
        yield t.get("import.rejected", why.replace("\n", " "));
      }
    };
  }

  /** Refuses the whole import (exit 3, nothing stored) if {@code --programme} is not open in a region of the file. */
  private void checkProgramme(Session s, List<Row> rows) {
    if (programme == null) {
      return;
    }
    Set<RegionCode> regions = new HashSet<>();
    for (Row r : rows) {
      if (r.mapped != null && regions.add(r.mapped.region())
          && s.lab().programmes().find(r.mapped.region(), programme).isEmpty()) {
        throw new NoSuchProgrammeException(programme, r.mapped.region().value());
      }
    }
  }

  /**
   * Finds the rows whose innovation is stored already: the same region, proposer and details as
   * proposed. Reads the innovations of each region once, page by page, and loads only those with a
   * title of the file; the proposal event is read only for one whose details changed since.
   */
  private static void markExisting(Session s, Actor actor, List<Row> rows) {
    Map<RegionCode, Map<String, List<Row>>> wanted = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.mapped != null) {
        wanted.computeIfAbsent(r.mapped.region(), x -> new HashMap<>())
            .computeIfAbsent(r.mapped.details().title(), x -> new ArrayList<>()).add(r);
      }
    }
    for (Map.Entry<RegionCode, Map<String, List<Row>>> region : wanted.entrySet()) {
      Map<String, List<Row>> byTitle = region.getValue();
      Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
      while (page.isPresent()) {
        Page<InnovationSummary> p = s.lab().queries().find(Scope.region(region.getKey()), InnovationFilter.all(),
            page.get());
        for (InnovationSummary i : p.items()) {
          List<Row> same = byTitle.get(i.title());
          if (same != null) {
            match(s, actor.personId(), i.ref(), same);
          }
        }
        page = p.findNext();
      }
    }
  }

  private static void match(Session s, PersonId proposer, InnovationRef ref, List<Row> same) {
    Optional<InnovationState> state = s.lab().innovations().find(ref);
    if (state.isEmpty()) {
      return;
    }
    List<InnovationEvent> history = null;
    if (!state.get().proposedBy().equals(proposer)) {
      // handed over to a new owner since: still the row its first proposer imported
      history = s.lab().innovations().history(ref);
      if (history.isEmpty() || !history.get(0).metadata().actor().equals(proposer)) {
        return;
      }
    }
    Set<String> keys = new HashSet<>();
    keys.add(key(ref.region(), proposer, state.get().details()));
    if (same.stream().noneMatch(r -> keys.contains(r.key))) {
      for (InnovationEvent e : history != null ? history : s.lab().innovations().history(ref)) {
        if (e instanceof InnovationProposed proposed) {
          keys.add(key(ref.region(), proposer, proposed.details()));
          break;
        }
      }
    }
    for (Row r : same) {
      if (r.existing == null && keys.contains(r.key)) {
        r.existing = ref;
      }
    }
  }


  /** The content key of a row: its region, proposer and details (the same text the tool has always hashed). */
  private static String key(RegionCode region, PersonId proposer, InnovationDetails details) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((region.value() + "\u0000" + proposer + "\u0000" + details).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
