package id.labinov.cli;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.IdentityNumber;
import id.labinov.core.model.Nip;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PppkNumber;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.DirectoryEntry;
import id.labinov.core.spi.DirectoryStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov directory}: the names reports print (OPD, person and theme names) and each person's
 * NIP or PPPK number in the database's directory ({@code JdbcStorage.directory()}): loaded in bulk
 * from a CSV or XLSX file, a person's record shown to the lab's administrator, or a person erased
 * (UU 27/2022).
 */
@Command(name = "directory", mixinStandardHelpOptions = true,
    subcommands = {DirectoryCommand.Load.class, DirectoryCommand.ShowPerson.class, DirectoryCommand.ErasePerson.class})
final class DirectoryCommand extends BaseCommand {
  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /**
   * {@code labinov directory load FILE}: puts every row, all or nothing. The header names the
   * columns {@code kind}, {@code code} and {@code name} and, optionally, {@code language}, {@code nip}
   * and {@code pppk}, in any order; no other column is taken. A row is
   * {@code opd,DINKES,Dinas Kesehatan}, {@code person,u-123,Siti Rahmawati} (with, for a civil
   * servant, a NIP or a PPPK number, each checked by its type) or
   * {@code theme,KOTA_LAYAK_ANAK,Kota Layak Anak,id} (a theme without a language is Indonesian).
   * Every bad row is reported with its number and reason (a malformed NIP by its column and what is
   * wrong with it), and then nothing is loaded (exit 1); a key given twice, or a person who was
   * erased, is a bad row.
   */
  @Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Load extends BaseCommand {
    /** The columns a directory file may have. */
    static final List<String> COLUMNS = List.of("kind", "code", "name", "language", "nip", "pppk");

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.directoryFile")
    Path file;

    @Mixin
    TableFileOptions tableFile = new TableFileOptions();

    @Option(names = "--dry-run", descriptionKey = "option.directoryDryRun")
    boolean dryRun;

    @Override
    int run() throws Exception {
      Settings.ensureReadable(file);
      Table table = tableFile.read(file, this);
      Texts t = texts();
      Map<String, Integer> columns = columns(table.header());
      List<DirectoryEntry> entries = new ArrayList<>();
      List<Integer> rowOf = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();
      Map<Object, Integer> firstRow = new HashMap<>();
      for (Table.Line line : table.lines()) {
        if (line.blank()) {
          continue;
        }
        String why;
        if (line.malformed()) {
          why = t.get(line.problemKey(), line.problemArguments().toArray());
        } else if (line.cells().size() > table.header().size()) {
          why = t.get("row.columns", line.cells().size(), table.header().size());
        } else {
          try {
            DirectoryEntry e = entry(line.cells(), columns, t);
            Integer earlier = firstRow.putIfAbsent(e.key(), line.number());
            if (earlier == null) {
              entries.add(e);
              rowOf.add(line.number());
              continue;
            }
            why = t.get("directory.sameKey", earlier);
          } catch (RowProblem p) {
            why = p.getMessage();
          } catch (LabinovException e) {
            why = e.getMessage(t.locale());
          }
        }
        problems.add(new Problem(line.number(), why));
      }
      try (Session s = dryRun && !hasPeople(entries) ? null : open()) {
        if (s != null) {
          DirectoryStore directory = s.storage().directory();
          for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof DirectoryEntry.PersonEntry p
                && directory.findPersonName(p.person().id()).isErased()) {
              problems.add(new Problem(rowOf.get(i), t.get("directory.erased", p.person().id())));
            }
          }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::row));
        for (Problem p : problems) {
          out().println(t.get("import.row", p.row()) + " " + t.get("import.rejected", p.why().replace("\n", " ")));
        }
        if (!problems.isEmpty()) {
          out().println(t.get("directory.nothingLoaded", problems.size()));
          return ExitCodes.REFUSED;
        }
        long opds = entries.stream().filter(e -> e instanceof DirectoryEntry.OpdEntry).count();
        long people = entries.stream().filter(e -> e instanceof DirectoryEntry.PersonEntry).count();
        long themes = entries.size() - opds - people;
        if (!dryRun) {
          s.storage().directory().putAll(entries);
        }
        out().println(t.get(dryRun ? "directory.checked" : "directory.loaded", entries.size(), opds, people, themes));
        return ExitCodes.OK;
      }
    }

    private static boolean hasPeople(List<DirectoryEntry> entries) {
      return entries.stream().anyMatch(e -> e instanceof DirectoryEntry.PersonEntry);
    }

    /** Maps the header to column positions; refuses an unknown, repeated or missing column. */
    private static Map<String, Integer> columns(List<String> header) {
      Map<String, Integer> out = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT);
        if (!COLUMNS.contains(name)) {
          throw new CliException(ExitCodes.USAGE, "error.directory.column", header.get(i), String.join(", ", COLUMNS));
        }
        if (out.put(name, i) != null) {
          throw new CliException(ExitCodes.USAGE, "error.import.duplicateColumn", name);
        }
      }
      for (String required : COLUMNS.subList(0, 3)) {
        if (!out.containsKey(required)) {
          throw new CliException(ExitCodes.USAGE, "error.directory.missingColumn", required);
        }
      }
      return out;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
      Integer i = columns.get(column);
      return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
    }

    private static DirectoryEntry entry(List<String> cells, Map<String, Integer> columns, Texts t) {
      String kind = cell(cells, columns, "kind").toLowerCase(Locale.ROOT);
      String code = cell(cells, columns, "code");
      String name = cell(cells, columns, "name");
      String language = cell(cells, columns, "language");
      String nip = cell(cells, columns, "nip");
      String pppk = cell(cells, columns, "pppk");
      if (!kind.equals("theme") && !language.isEmpty()) {
        throw new RowProblem(t.get("directory.languageNotTheme", kind));
      }
      if (!kind.equals("person") && !(nip + pppk).isEmpty()) {
        throw new RowProblem(t.get("directory.numberNotPerson", nip.isEmpty() ? "pppk" : "nip", kind));
      }
      if (!nip.isEmpty() && !pppk.isEmpty()) {
        throw new RowProblem(t.get("directory.twoNumbers"));
      }
      return switch (kind) {
        case "opd" -> DirectoryEntry.opd(OpdCode.of(code), name);
        case "person" -> DirectoryEntry.person(new Person(PersonId.of(code), name,
            !nip.isEmpty() ? number("nip", () -> Nip.parse(nip), t)
                : !pppk.isEmpty() ? number("pppk", () -> PppkNumber.parse(pppk), t) : IdentityNumber.none()));
        case "theme" -> DirectoryEntry.theme(Theme.of(code),
            Locale.forLanguageTag(language.isEmpty() ? "id" : language), name);
        default -> throw new RowProblem(t.get("directory.kind", kind));
      };
    }

    /** Parses a row's identity number; a malformed one is the row's problem, named by its column. */
    private static IdentityNumber number(String column, java.util.function.Supplier<IdentityNumber> parse, Texts t) {
      try {
        return parse.get();
      } catch (InvalidValueException e) {
        throw new RowProblem(t.get("row.value", column, e.getMessage(t.locale())));
      }
    }


  }

  /** Why a row cannot be loaded, in the user's language. */
  private record Problem(int row, String why) {}

  /** A row's problem, already in the user's language. */
  private static final class RowProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowProblem(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * {@code labinov directory show-person ID}: prints what the directory keeps of a person (name and
   * NIP or PPPK number), for the lab's administrator: to check a load, or to answer the person's own
   * request to see their data (UU 27/2022). Exit 3 if the directory holds no record (unknown or
   * erased).
   */
  @Command(name = "show-person", mixinStandardHelpOptions = true)
  static final class ShowPerson extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.personId")
    String person;

    @Override
    int run() {
      PersonId id = PersonId.of(person);
      Texts t = texts();
      try (Session s = open()) {
        DirectoryStore directory = s.storage().directory();
        Optional<Person> record = directory.findPerson(id);
        if (record.isEmpty()) {
          out().println(t.get(directory.findPersonName(id).isErased() ? "directory.show.erased" : "directory.show.unknown",
              id));
          return ExitCodes.NOT_FOUND;
        }
        Person p = record.get();
        String number = p.identityNumber() instanceof Nip nip ? t.get("directory.show.nip", nip.formatted())
            : p.identityNumber() instanceof PppkNumber pppk ? t.get("directory.show.pppk", pppk.value())
            : t.get("directory.show.noNumber");
        out().println(t.get("directory.show", id, p.name(), number));
        return ExitCodes.OK;
      }
    }
  }

  /**
   * {@code labinov directory erase-person ID}: erases a person (UU 27/2022): the name and NIP or
   * PPPK number are deleted from the database, reports print "(dihapus)", and later loads of the
   * person are refused.
   */
  @Command(name = "erase-person", mixinStandardHelpOptions = true)
  static final class ErasePerson extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.personId")
    String person;

    @Override
    int run() {
      PersonId id = PersonId.of(person);
      try (Session s = open()) {
        boolean deleted = s.storage().directory().erasePerson(id);
        out().println(texts().get(deleted ? "directory.erased.done" : "directory.erased.none", id));
        return ExitCodes.OK;
      }
    }
  }
}
