package id.labinov.cli;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InputText;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.Labelled;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Maps import columns to an innovation's details. The columns are those of {@link ImportColumn}, by
 * their English or Indonesian name, plus narrative texts named with a {@code teks:} or {@code text:}
 * prefix. A numbering column ("No", "No.", "Nomor", "#") is ignored without a word; any other column
 * is ignored too, and {@link #ignored()} names it so the command can warn once. {@code bentuk},
 * {@code jenis}, {@code inisiator} and {@code urusan} take the code or the label, in either language
 * and any case ({@link Choices}); a value naming nothing refuses the row with the allowed values and,
 * when one is close, a suggestion.
 */
final class RowMapper {
  private static final Pattern TEXT_NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");
  /** The names of the columns that are typed components of the details, not narrative texts. */
  private static final Set<String> FIELDS = java.util.Arrays.stream(ImportColumn.values())
      .filter(c -> !c.text()).map(ImportColumn::code).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Per header position: the details' name of the value (a column code or a text name), or null if ignored. */
  private final List<String> columns;
  private final List<String> ignored;
  private final String defaultRegion;
  private final Texts texts;
  private final Choices<Bentuk> bentuk;
  private final Choices<Jenis> jenis;
  private final Choices<InitiatorType> initiator;
  private final Choices<GovernmentAffair> affair;

  /** A row that cannot become an innovation, with the reason in the user's language. */
  static final class RowProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowProblem(String message) {
      super(message);
    }
  }

  /** A row ready to propose. */
  record Mapped(RegionCode region, InnovationDetails details) {}

  /**
   * Reads the header.
   *
   * @param header the header's cells
   * @param defaultRegion the region of rows without one ({@code --region}), or {@code null}
   * @param texts the user's language, for the messages
   * @throws CliException with exit 2 for a column given twice, a bad prefixed text name, or no title
   *     column (or no region column and no default region)
   */
  RowMapper(List<String> header, String defaultRegion, Texts texts) {
    this.texts = texts;
    List<String> cols = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i) == null ? "" : header.get(i).strip();
      String name = columnName(raw);
      if (name == null && !raw.isEmpty() && !ImportColumn.numbering(raw)) {
        unknown.add("\"" + raw + "\"");
      } else if (name == null && raw.isEmpty()) {
        unknown.add(texts.get("import.column.unnamed", i + 1));
      }
      if (name != null && !seen.add(name)) {
        throw new CliException(ExitCodes.USAGE, "error.import.duplicateColumn", raw);
      }
      cols.add(name);
    }
    if (!cols.contains(ImportColumn.TITLE.code())) {
      throw new CliException(ExitCodes.USAGE, "error.import.noTitle");
    }
    if (!cols.contains(ImportColumn.REGION.code()) && defaultRegion == null) {
      throw new CliException(ExitCodes.USAGE, "error.import.noRegion");
    }
    this.columns = cols;
    this.ignored = List.copyOf(unknown);
    this.defaultRegion = defaultRegion;
    this.bentuk = choices(ImportColumn.BENTUK, Bentuk.class);
    this.jenis = choices(ImportColumn.JENIS, Jenis.class);
    this.initiator = choices(ImportColumn.INITIATOR_TYPE, InitiatorType.class);
    this.affair = choices(ImportColumn.GOVERNMENT_AFFAIR, GovernmentAffair.class);
  }

  /** The value's name in the details for a header, or {@code null} when the column is not taken. */
  private static String columnName(String raw) {
    ImportColumn known = ImportColumn.find(raw);
    if (known != null) {
      return known.code();
    }
    String text = ImportColumn.prefixedText(raw);
    if (text == null) {
      return null;
    }
    ImportColumn named = ImportColumn.find(text);
    if (named != null && named.text()) {
      return named.code();
    }
    if (!TEXT_NAME.matcher(text).matches() || InnovationDetails.RESERVED.contains(text) || named != null) {
      throw new CliException(ExitCodes.USAGE, "error.import.textName", raw);
    }
    return text;
  }

  private <E extends Enum<E> & Labelled> Choices<E> choices(ImportColumn column, Class<E> type) {
    return Choices.ofLabelled(texts.get("import.column", column.name(texts)), type);
  }

  /**
   * The columns that are not taken (neither known, nor a prefixed text, nor a numbering column), as
   * the warning names them, in the file's order; empty if none.
   */
  List<String> ignored() {
    return ignored;
  }

  /**
   * Maps a data row.
   *
   * @param cells the row's cells
   * @return the region and details
   * @throws RowProblem naming the column and what is wrong
   */
  Mapped map(List<String> cells) {
    if (cells.size() > columns.size()) {
      throw new RowProblem(texts.get("row.columns", cells.size(), columns.size()));
    }
    Map<String, String> v = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) != null) {
        String c = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        v.put(columns.get(i), c);
      }
    }
    String column = ImportColumn.REGION.code();
    try {
      for (Map.Entry<String, String> e : v.entrySet()) {
        // refused here, naming the column, rather than by the proposal the import makes of the row
        column = e.getKey();
        InputText.noControlCharacters(e.getValue(), column);
      }
      column = ImportColumn.REGION.code();
      String regionText = v.getOrDefault(column, "");
      RegionCode region = RegionCode.parse(regionText.isEmpty() ? defaultRegion : regionText);
      column = ImportColumn.TITLE.code();
      String title = v.get(column);
      if (title.isEmpty()) {
        throw new RowProblem(texts.get("row.titleMissing"));
      }
      InnovationDetails d = InnovationDetails.titled(title);
      column = ImportColumn.OPD.code();
      if (!v.getOrDefault(column, "").isEmpty()) {
        d = d.withOpd(OpdCode.of(v.get(column).toUpperCase(Locale.ROOT)));
      }
      d = d.withClassification(choice(bentuk, v, ImportColumn.BENTUK), choice(jenis, v, ImportColumn.JENIS));
      d = d.withInitiatorType(choice(initiator, v, ImportColumn.INITIATOR_TYPE));
      d = d.withGovernmentAffair(choice(affair, v, ImportColumn.GOVERNMENT_AFFAIR));
      column = ImportColumn.THEMES.code();
      Set<Theme> themes = new TreeSet<>();
      for (String t : v.getOrDefault(column, "").split("[;|]")) {
        if (!t.isBlank()) {
          themes.add(Theme.of(t.strip().toUpperCase(Locale.ROOT)));
        }
      }
      d = d.withThemes(themes);
      Map<String, String> narratives = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : v.entrySet()) {
        if (!FIELDS.contains(e.getKey()) && !e.getValue().isEmpty()) {
          narratives.put(e.getKey(), e.getValue());
        }
      }
      column = "texts";
      // all narrative texts in one copy (one withText per column copied the map per column); a value
      // the details refuse is named by its column in the message
      d = d.withTexts(narratives);
      return new Mapped(region, d);
    } catch (LabinovException e) {
      // a narrative text's problem names the text, which is its column
      String named = e instanceof InvalidValueException bad && v.containsKey(bad.field()) ? bad.field() : column;
      throw new RowProblem(texts.get("row.value", named, e.getMessage(texts.locale())));
    }
  }

  private <E> E choice(Choices<E> choices, Map<String, String> v, ImportColumn column) {
    String text = v.getOrDefault(column.code(), "");
    if (text.isEmpty()) {
      return null;
    }
    try {
      return choices.parse(text, texts);
    } catch (CliException e) {
      throw new RowProblem(e.message(texts));
    }
  }
}
