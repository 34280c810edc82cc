package id.labinov.cli;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InputText;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Maps import columns to an innovation's details. Columns (case-insensitive; Indonesian aliases in
 * brackets): {@code region} [{@code wilayah}], {@code title} [{@code judul}], {@code opd},
 * {@code bentuk}, {@code jenis}, {@code initiatorType} [{@code inisiator}], {@code governmentAffair}
 * [{@code urusan}], {@code themes} [{@code tema}] (separated by {@code ;} or {@code |}); any other
 * column is a narrative text of that name ({@code problem}, {@code ideaSummary}, ...).
 */
final class RowMapper {
  private static final Pattern TEXT_NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("region", "region"), Map.entry("wilayah", "region"), Map.entry("title", "title"),
      Map.entry("judul", "title"), Map.entry("opd", "opd"), Map.entry("bentuk", "bentuk"),
      Map.entry("jenis", "jenis"), Map.entry("initiatortype", "initiatorType"),
      Map.entry("inisiator", "initiatorType"), Map.entry("governmentaffair", "governmentAffair"),
      Map.entry("urusan", "governmentAffair"), Map.entry("themes", "themes"), Map.entry("tema", "themes"));

  private final List<String> columns;
  private final String defaultRegion;

  /** A row that cannot become an innovation: the column (or null), the message key and arguments. */
  static final class RowProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final transient Object[] arguments;

    RowProblem(String key, Object... arguments) {
      super(key);
      this.key = key;
      this.arguments = arguments;
    }
  }

  /** A row ready to propose. */
  record Mapped(RegionCode region, InnovationDetails details) {}

  RowMapper(List<String> header, String defaultRegion) {
    List<String> cols = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (String raw : header) {
      String h = raw == null ? "" : raw.strip();
      String known = ALIASES.get(h.toLowerCase(Locale.ROOT));
      if (known != null) {
        h = known;
      } else if (!TEXT_NAME.matcher(h).matches() || InnovationDetails.RESERVED.contains(h)) {
        throw new CliException(ExitCodes.USAGE, "error.import.column", raw, String.join(", ", ALIASES.keySet()));
      }
      if (!seen.add(h)) {
        throw new CliException(ExitCodes.USAGE, "error.import.duplicateColumn", raw);
      }
      cols.add(h);
    }
    if (!cols.contains("title")) {
      throw new CliException(ExitCodes.USAGE, "error.import.noTitle");
    }
    if (!cols.contains("region") && defaultRegion == null) {
      throw new CliException(ExitCodes.USAGE, "error.import.noRegion");
    }
    this.columns = cols;
    this.defaultRegion = defaultRegion;
  }

  Mapped map(List<String> cells, Locale locale) {
    if (cells.size() > columns.size()) {
      throw new RowProblem("row.columns", cells.size(), columns.size());
    }
    Map<String, String> v = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String c = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
      v.put(columns.get(i), c);
    }
    String column = "region";
    try {
      for (Map.Entry<String, String> e : v.entrySet()) {
        // refused here, naming the column, rather than by the proposal the import makes of the row
        column = e.getKey();
        InputText.noControlCharacters(e.getValue(), column);
      }
      column = "region";
      String regionText = v.getOrDefault("region", "");
      RegionCode region = RegionCode.parse(regionText.isEmpty() ? defaultRegion : regionText);
      column = "title";
      String title = v.get("title");
      if (title.isEmpty()) {
        throw new RowProblem("row.titleMissing");
      }
      InnovationDetails d = InnovationDetails.titled(title);
      column = "opd";
      if (!v.getOrDefault("opd", "").isEmpty()) {
        d = d.withOpd(OpdCode.of(v.get("opd").toUpperCase(Locale.ROOT)));
      }
      d = d.withClassification(choice(Bentuk.class, v, "bentuk"), choice(Jenis.class, v, "jenis"));
      d = d.withInitiatorType(choice(InitiatorType.class, v, "initiatorType"));
      d = d.withGovernmentAffair(choice(GovernmentAffair.class, v, "governmentAffair"));
      column = "themes";
      Set<Theme> themes = new TreeSet<>();
      for (String t : v.getOrDefault("themes", "").split("[;|]")) {
        if (!t.isBlank()) {
          themes.add(Theme.of(t.strip().toUpperCase(Locale.ROOT)));
        }
      }
      d = d.withThemes(themes);
      Map<String, String> texts = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : v.entrySet()) {
        if (!ALIASES.containsValue(e.getKey()) && !e.getValue().isEmpty()) {
          texts.put(e.getKey(), e.getValue());
        }
      }
      column = "texts";
      // all narrative texts in one copy (one withText per column copied the map per column); a value
      // the details refuse is named by its column in the message
      d = d.withTexts(texts);
      return new Mapped(region, d);
    } catch (LabinovException e) {
      // a narrative text's problem names the text, which is its column
      String named = e instanceof InvalidValueException bad && v.containsKey(bad.field()) ? bad.field() : column;
      throw new RowProblem("row.value", named, e.getMessage(locale));
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> v, String column) {
    String text = v.getOrDefault(column, "");
    if (text.isEmpty()) {
      return null;
    }
    String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new RowProblem("row.choice", column, text, Arrays.toString(type.getEnumConstants()));
    }
  }
}
