package id.labinov.cli;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationDetails;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns an import file may have, in the one order every message, the template and the README
 * list them: where the innovation is, what it is called and who owns it, how it is classified, then
 * the narrative texts the library knows. Each has an English name (the details' own name) and an
 * Indonesian one; a header matches either, or the library's label of the field ("Rumusan masalah"),
 * in any case, with spaces, {@code _}, {@code -} and {@code .} ignored. Any other narrative text is
 * named with the prefix {@code teks:} or {@code text:} ({@code teks:catatanLapangan}).
 */
enum ImportColumn {
  /** The region code; else {@code --region}. */
  REGION("region", "wilayah", false),
  /** The title; the one column every file needs. */
  TITLE("title", "judul", true),
  /** The owning OPD's code. */
  OPD("opd", "opd", false),
  /** The form (bentuk) of the innovation. */
  BENTUK("bentuk", "bentuk", false),
  /** The type (jenis): digital or not. */
  JENIS("jenis", "jenis", false),
  /** Who started it. */
  INITIATOR_TYPE("initiatorType", "inisiator", false),
  /** The government affair (urusan) it serves. */
  GOVERNMENT_AFFAIR("governmentAffair", "urusan", false),
  /** Theme codes, separated by {@code ;} or {@code |}. */
  THEMES("themes", "tema", false),
  /** Narrative: the problem statement. */
  PROBLEM(InnovationDetails.PROBLEM, "masalah", false),
  /** Narrative: the idea in brief. */
  IDEA_SUMMARY(InnovationDetails.IDEA_SUMMARY, "ringkasanIde", false),
  /** Narrative: the design (rancang bangun). */
  DESIGN_NARRATIVE(InnovationDetails.DESIGN_NARRATIVE, "rancangBangun", false),
  /** Narrative: the goals. */
  GOALS(InnovationDetails.GOALS, "tujuan", false),
  /** Narrative: the benefits. */
  BENEFITS(InnovationDetails.BENEFITS, "manfaat", false),
  /** Narrative: the results. */
  RESULTS(InnovationDetails.RESULTS, "hasil", false),
  /** The trial's start date, {@code yyyy-MM-dd}. */
  TRIAL_START_DATE(InnovationDetails.TRIAL_START_DATE, "mulaiUjiCoba", false),
  /** The implementation's start date, {@code yyyy-MM-dd}. */
  IMPLEMENTATION_START_DATE(InnovationDetails.IMPLEMENTATION_START_DATE, "mulaiPenerapan", false),
  /** The location, {@code latitude,longitude}. */
  COORDINATES(InnovationDetails.COORDINATES, "koordinat", false);

  /** The prefixes of a narrative text the library does not name. */
  static final List<String> TEXT_PREFIXES = List.of("teks:", "text:");
  /** A numbering column people keep on the left of a sheet; ignored without a word. */
  private static final Set<String> NUMBERING = Set.of("no", "nomor", "nomorurut", "nourut", "number", "#");
  private static final Pattern IGNORED_IN_NAMES = Pattern.compile("[\\s_.\\-]+");

  private final String code;
  private final String indonesian;
  private final boolean required;

  ImportColumn(String code, String indonesian, boolean required) {
    this.code = code;
    this.indonesian = indonesian;
    this.required = required;
  }

  /** The English name, which is also the name of the value in the innovation's details. */
  String code() {
    return code;
  }

  /** Whether a file must have this column ({@code region} may come from {@code --region} instead). */
  boolean required() {
    return required;
  }

  /** Whether the column is a narrative text of the details. */
  boolean text() {
    return ordinal() >= PROBLEM.ordinal();
  }

  /** The name in the user's language, as the template's header and the messages write it. */
  String name(Texts texts) {
    return texts.english() ? code : indonesian;
  }

  /** Every name a header may use for this column, normalized. */
  private Set<String> names() {
    Set<String> names = new LinkedHashSet<>(List.of(normal(code), normal(indonesian)));
    String key = "field." + code;
    if (Messages.isDefined(key)) {
      names.add(normal(Messages.format(Messages.INDONESIAN, key)));
      names.add(normal(Messages.format(Locale.ENGLISH, key)));
    }
    return names;
  }

  /** The columns by every normalized name, built once. */
  private static final class ByName {
    static final Map<String, ImportColumn> MAP = build();

    private static Map<String, ImportColumn> build() {
      Map<String, ImportColumn> map = new HashMap<>();
      for (ImportColumn c : values()) {
        c.names().forEach(n -> map.putIfAbsent(n, c));
      }
      return Map.copyOf(map);
    }
  }

  /** The column a header names, or {@code null}. */
  static ImportColumn find(String header) {
    return ByName.MAP.get(normal(header));
  }

  /** Whether a header names a numbering column ("No", "No.", "Nomor", "#") or is blank. */
  static boolean numbering(String header) {
    return NUMBERING.contains(normal(header));
  }

  /** The text name after a {@code teks:} or {@code text:} prefix, or {@code null} if the header has none. */
  static String prefixedText(String header) {
    String h = header.strip();
    for (String p : TEXT_PREFIXES) {
      if (h.regionMatches(true, 0, p, 0, p.length())) {
        return h.substring(p.length()).strip();
      }
    }
    return null;
  }

  /** The known columns' names in the user's language, in the fixed order: {@code wilayah, judul, ...}. */
  static String listing(Texts texts) {
    StringBuilder sb = new StringBuilder();
    for (ImportColumn c : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.name(texts));
    }
    return sb.toString();
  }

  private static String normal(String header) {
    return IGNORED_IN_NAMES.matcher(header == null ? "" : header.strip().toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
