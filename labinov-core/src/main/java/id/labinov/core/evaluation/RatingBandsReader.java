package id.labinov.core.evaluation;

import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and validates a rating-band table, collecting every problem with its JSON path. */
final class RatingBandsReader {
  private final JsonReading r = new JsonReading();

  private RatingBandsReader() {}

  static List<RatingBands> read(String source, String json) {
    RatingBandsReader reader = new RatingBandsReader();
    List<RatingBands> out = reader.table(JsonReading.parse(source, json));
    if (reader.r.count() > 0) {
      throw new EvaluationSchemeValidationException(source, reader.r.problems());
    }
    out.sort(Comparator.comparingInt(RatingBands::year));
    return List.copyOf(out);
  }

  private List<RatingBands> table(Object tree) {
    List<RatingBands> out = new ArrayList<>();
    Map<String, Object> root = r.object("$", tree, Set.of("format", "id", "name", "scale", "years"), Set.of());
    if (root == null) {
      return out;
    }
    r.format(root, RatingBands.FORMAT);
    r.string("$.id", root.get("id"), JsonReading.ID);
    r.text("$.name", root.get("name"));
    Scale scale = scale(root.get("scale"));
    List<?> years = r.array("$.years", root.get("years"), true);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < years.size(); i++) {
      String path = "$.years[" + i + "]";
      Map<String, Object> m = r.object(path, years.get(i), Set.of("year", "verified", "source", "bands"), Set.of());
      if (m == null) {
        continue;
      }
      Integer year = r.integer(path + ".year", m.get("year"), 2000, 2200);
      if (year != null && !seen.add(year)) {
        r.problem(path + ".year", "DUPLICATE", "error.evaluation.duplicateYear", String.valueOf(year));
      }
      Boolean verified = r.bool(path + ".verified", m.get("verified"));
      String source = r.string(path + ".source", m.get("source"), null);
      List<Band> bands = bands(path + ".bands", r.array(path + ".bands", m.get("bands"), true), scale);
      if (year != null && verified != null && source != null && bands != null && scale != null) {
        out.add(new RatingBands(year, scale, bands, verified, source));
      }
    }
    return out;
  }

  private Scale scale(Object v) {
    if (JsonReading.absent(v)) {
      return null;
    }
    Map<String, Object> m = r.object("$.scale", v, Set.of("min", "max"), Set.of());
    if (m == null) {
      return null;
    }
    BigDecimal min = r.decimal("$.scale.min", m.get("min"));
    BigDecimal max = r.decimal("$.scale.max", m.get("max"));
    if (min == null || max == null) {
      return null;
    }
    if (min.compareTo(max) >= 0) {
      r.problem("$.scale.max", "SCALE_EMPTY", "error.evaluation.scaleEmpty", JsonReading.plain(min),
          JsonReading.plain(max));
      return null;
    }
    return new Scale(min, max);
  }

  private List<Band> bands(String path, List<?> raw, Scale scale) {
    int before = r.count();
    List<Band> out = new ArrayList<>();
    List<JsonReading.Range> ranges = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String p = path + "[" + i + "]";
      Map<String, Object> m = r.object(p, raw.get(i), Set.of("code", "label", "min"), Set.of("max"));
      if (m == null) {
        continue;
      }
      String code = r.string(p + ".code", m.get("code"), JsonReading.CODE);
      if (code != null && !codes.add(code)) {
        r.problem(p + ".code", "DUPLICATE", "error.evaluation.duplicateBand", code);
      }
      LocalizedText label = r.text(p + ".label", m.get("label"));
      BigDecimal min = r.decimal(p + ".min", m.get("min"));
      boolean hasMax = !JsonReading.absent(m.get("max"));
      BigDecimal max = hasMax ? r.decimal(p + ".max", m.get("max")) : null;
      if (code != null && label != null && min != null && (max != null || !hasMax)) {
        out.add(new Band(code, label, min, max));
        ranges.add(new JsonReading.Range(p, code, min, max));
      }
    }
    if (scale == null || r.count() != before) {
      return null;
    }
    r.coverage(ranges, scale.min(), scale.max());
    if (r.count() != before) {
      return null;
    }
    out.sort(Comparator.comparing(Band::min));
    return out;
  }
}
