package id.labinov.core.evaluation;

import id.labinov.core.internal.json.TreeProblems;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading of evaluation documents (schemes, rating-band tables): the shared
 * {@link TreeProblems}, which collects every problem with its JSON path, plus what these documents
 * add: the format marker, localized labels and ranges that must cover a scale.
 */
final class JsonReading extends TreeProblems<SchemeProblem> {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  /** Plain decimal literal: no exponent, at most 15 integer and 10 fraction digits. */
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,10})?");

  JsonReading() {
    super("error.evaluation.", SchemeProblem::new);
  }

  static Object parse(String source, String json) {
    return parse(json, id.labinov.core.rules.RulebookLimits.DEFAULT_MAX_DEPTH, args ->
        new EvaluationSchemeValidationException(source, List.of(new SchemeProblem("$", "JSON_SYNTAX",
            "error.evaluation.syntax", args))));
  }

  void format(Map<String, Object> root, String expected) {
    Object format = root.get("format");
    if (!absent(format) && !expected.equals(format)) {
      problem("$.format", "UNSUPPORTED_FORMAT", "error.evaluation.format", String.valueOf(format), expected);
    }
  }

  Integer integer(String path, Object v, int min, int max) {
    return integer(path, v, min, max, DECIMAL, String.valueOf(min), String.valueOf(max));
  }

  BigDecimal decimal(String path, Object v) {
    return decimal(path, v, DECIMAL);
  }

  LocalizedText text(String path, Object v) {
    if (absent(v)) {
      return null;
    }
    Map<String, Object> m = object(path, v, Set.of("id", "en"), Set.of());
    if (m == null) {
      return null;
    }
    String id = string(path + ".id", m.get("id"), null);
    String en = string(path + ".en", m.get("en"), null);
    return id == null || en == null ? null : new LocalizedText(id, en);
  }

  <E extends Enum<E>> E enumValue(String path, Object v, Class<E> type) {
    return enumNamed(path, string(path, v, null), type);
  }

  /**
   * A range read from {@code path}: {@code [min, max)}, or {@code [min, scale max]} when max is
   * {@code null}.
   */
  record Range(String path, String code, BigDecimal min, BigDecimal max) {}

  /**
   * Checks that ranges cover {@code [scaleMin, scaleMax]} exactly once: sorted by minimum, the first
   * starts at the scale minimum, each next one starts where the previous one ends, only the last
   * omits its maximum, none reaches beyond the scale.
   */
  void coverage(List<Range> ranges, BigDecimal scaleMin, BigDecimal scaleMax) {
    if (ranges.isEmpty()) {
      return;
    }
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing(Range::min)); // stable: ties keep document order
    for (Range r : sorted) {
      if (r.min().compareTo(scaleMin) < 0 || r.min().compareTo(scaleMax) > 0) {
        problem(r.path() + ".min", "OUT_OF_SCALE", "error.evaluation.rangeOutOfScale", r.code(),
            plain(r.min()), plain(scaleMin), plain(scaleMax));
      } else if (r.max() != null && r.max().compareTo(scaleMax) > 0) {
        problem(r.path() + ".max", "OUT_OF_SCALE", "error.evaluation.rangeOutOfScale", r.code(),
            plain(r.max()), plain(scaleMin), plain(scaleMax));
      }
      if (r.max() != null && r.max().compareTo(r.min()) <= 0) {
        problem(r.path() + ".max", "RANGE_EMPTY", "error.evaluation.rangeEmpty", r.code(), plain(r.min()), plain(r.max()));
      }
    }
    Range first = sorted.get(0);
    if (first.min().compareTo(scaleMin) > 0) {
      problem(first.path() + ".min", "RANGE_START", "error.evaluation.rangeStart", first.code(), plain(first.min()),
          plain(scaleMin));
    }
    for (int i = 1; i < sorted.size(); i++) {
      Range prev = sorted.get(i - 1);
      Range next = sorted.get(i);
      if (prev.max() == null) {
        problem(prev.path() + ".max", "MISSING", "error.evaluation.rangeOpen", prev.code(), next.code());
        continue;
      }
      int c = next.min().compareTo(prev.max());
      if (c < 0) {
        problem(next.path() + ".min", "RANGE_OVERLAP", "error.evaluation.rangeOverlap", next.code(), plain(next.min()),
            prev.code(), plain(prev.max()));
      } else if (c > 0) {
        problem(next.path() + ".min", "RANGE_GAP", "error.evaluation.rangeGap", next.code(), plain(next.min()),
            prev.code(), plain(prev.max()));
      }
    }
    Range last = sorted.get(sorted.size() - 1);
    if (last.max() != null) {
      problem(last.path() + ".max", "RANGE_END", "error.evaluation.rangeEnd", last.code(), plain(scaleMax));
    }
  }

  static String plain(BigDecimal d) {
    return Decimals.display(d);
  }
}
