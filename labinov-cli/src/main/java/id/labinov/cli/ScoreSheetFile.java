package id.labinov.cli;

import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.SchemeKind;
import id.labinov.core.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A jury's score sheet under an evaluation scheme: one row per criterion with the columns
 * {@code kode, kriteria, bobot, wajib, rentang, tingkatan, nilai, catatan} (in English
 * {@code code, criterion, weight, mandatory, range, levels, score, note}). The template is written in
 * the user's language, as CSV or XLSX; a filled sheet is read in either language's column names, a
 * criterion by code or by label (either language), a score with a decimal comma or point. Only the
 * score, and the code or criterion, are read: the other columns are there to help the jury.
 */
final class ScoreSheetFile {
  /** The columns in template order: each English name with its Indonesian name. */
  private static final Map<String, String> COLUMNS = columns();
  private static final String CODE = "code";
  private static final String CRITERION = "criterion";
  private static final String SCORE = "score";

  private ScoreSheetFile() {}

  private static Map<String, String> columns() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(CODE, "kode");
    m.put(CRITERION, "kriteria");
    m.put("weight", "bobot");
    m.put("mandatory", "wajib");
    m.put("range", "rentang");
    m.put("levels", "tingkatan");
    m.put(SCORE, "nilai");
    m.put("note", "catatan");
    return m;
  }

  /** The template's rows, header first, in the user's language. */
  static List<List<String>> template(EvaluationScheme scheme, Texts t) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(COLUMNS.entrySet().stream().map(e -> t.english() ? e.getKey() : e.getValue()).toList());
    for (Criterion c : scheme.criteria()) {
      String levels = IntStream.range(0, c.levels().size())
          .mapToObj(i -> (i + 1) + ": " + c.levels().get(i).in(t.locale())).collect(Collectors.joining("; "));
      rows.add(List.of(c.code(), c.label().in(t.locale()), ValueText.decimal(c.weight(), t),
          t.get(c.mandatory() ? "score.yes" : "score.no"), range(scheme, c, t), levels, "", ""));
    }
    return rows;
  }

  /** What a criterion accepts, in words: {@code 0 sampai 100}, or {@code bilangan bulat 0 sampai 3}. */
  static String range(EvaluationScheme scheme, Criterion c, Texts t) {
    return scheme.kind() == SchemeKind.INDICATOR ? t.get("score.range.levels", c.maxLevel())
        : t.get("score.range", ValueText.decimal(scheme.scale().min(), t), ValueText.decimal(scheme.scale().max(), t));
  }

  /** Writes rows as CSV (RFC 4180, UTF-8, comma-separated, CRLF). */
  static void writeCsv(List<List<String>> rows, Writer out) throws IOException {
    for (List<String> row : rows) {
      out.write(row.stream().map(ScoreSheetFile::quoted).collect(Collectors.joining(",")));
      out.write("\r\n");
    }
    out.flush();
  }

  private static String quoted(String cell) {
    boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0;
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /** Writes rows as one XLSX sheet named after the scheme, header first. */
  static void writeXlsx(List<List<String>> rows, String sheetName, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "labinov", "1.0");
    Worksheet ws = wb.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        ws.value(r, c, rows.get(r).get(c));
      }
    }
    ws.width(1, 40);
    ws.width(4, 18);
    ws.width(5, 60);
    wb.finish();
  }

  /**
   * A sheet read against a scheme: the scores by criterion code, and the problems (by row, in the
   * user's language). Scores are submitted only when there is no problem.
   */
  record Reading(Map<String, BigDecimal> scores, List<Problem> problems) {}

  /** A problem of a row (0 for the sheet as a whole). */
  record Problem(int row, String why) {}

  /**
   * Reads a filled sheet.
   *
   * @throws CliException with {@link ExitCodes#USAGE} for an unknown or repeated column, or a sheet
   *     without a score column or without a code or criterion column
   */
  static Reading read(Table table, EvaluationScheme scheme, Texts t) {
    Map<String, Integer> at = header(table.header(), t);
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    Map<String, Integer> rowOf = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Table.Line line : table.lines()) {
      if (line.blank()) {
        continue;
      }
      if (line.malformed()) {
        problems.add(new Problem(line.number(), t.get(line.problemKey(), line.problemArguments().toArray())));
        continue;
      }
      String code = cell(line, at.get(CODE));
      String named = code.isEmpty() ? cell(line, at.get(CRITERION)) : code;
      String column = code.isEmpty() ? name(CRITERION, t) : name(CODE, t);
      Criterion c;
      try {
        c = criteria(scheme, t.get("score.column", column)).parse(named, t);
      } catch (CliException e) {
        problems.add(new Problem(line.number(), e.message(t)));
        continue;
      }
      Integer earlier = rowOf.putIfAbsent(c.code(), line.number());
      if (earlier != null) {
        problems.add(new Problem(line.number(), t.get("score.twice", c.code(), earlier)));
        continue;
      }
      String text = cell(line, at.get(SCORE));
      if (text.isEmpty()) {
        if (c.mandatory()) {
          problems.add(new Problem(line.number(), t.get("score.empty", describe(c, t), range(scheme, c, t))));
        }
        continue;
      }
      Optional<BigDecimal> value = ValueText.decimal(text).filter(v -> fits(scheme, c, v));
      if (value.isEmpty()) {
        problems.add(new Problem(line.number(), t.get("score.bad", describe(c, t), text, range(scheme, c, t))));
        continue;
      }
      scores.put(c.code(), value.get());
    }
    for (Criterion c : scheme.criteria()) {
      if (c.mandatory() && !rowOf.containsKey(c.code())) {
        problems.add(new Problem(0, t.get("score.absent", describe(c, t), range(scheme, c, t))));
      }
    }
    return new Reading(scores, problems);
  }

  /** Whether a value is allowed: on the scale, or a whole level from 0 to the indicator's highest. */
  private static boolean fits(EvaluationScheme scheme, Criterion c, BigDecimal v) {
    if (scheme.kind() == SchemeKind.INDICATOR) {
      BigDecimal whole = v.stripTrailingZeros();
      return whole.scale() <= 0 && whole.signum() >= 0 && whole.compareTo(BigDecimal.valueOf(c.maxLevel())) <= 0;
    }
    return scheme.scale().contains(v);
  }

  /** A criterion as messages name it: {@code NOVELTY "Kebaruan"}. */
  static String describe(Criterion c, Texts t) {
    return c.code() + " \"" + c.label().in(t.locale()) + "\"";
  }

  /** The criteria of a scheme, by code or by label in either language; {@code option} names the column. */
  static Choices<Criterion> criteria(EvaluationScheme scheme, String option) {
    return Choices.of(option, scheme.criteria().stream()
        .map(c -> new Choices.Choice<>(c, c.code(), List.of(c.label().in(Messages.INDONESIAN),
            c.label().in(Locale.ENGLISH)))).toList());
  }

  private static String name(String column, Texts t) {
    return t.english() ? column : COLUMNS.get(column);
  }

  private static String cell(Table.Line line, Integer index) {
    if (index == null || index >= line.cells().size() || line.cells().get(index) == null) {
      return "";
    }
    return line.cells().get(index).strip();
  }

  /** Maps the header to column positions by either language's names. */
  private static Map<String, Integer> header(List<String> header, Texts t) {
    Map<String, String> byName = new HashMap<>();
    COLUMNS.forEach((en, id) -> {
      byName.put(en, en);
      byName.put(id, en);
    });
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String typed = header.get(i) == null ? "" : header.get(i).strip();
      String column = byName.get(Choices.normal(typed));
      if (column == null) {
        if (typed.isEmpty()) {
          continue;
        }
        throw new CliException(ExitCodes.USAGE, "error.score.column", typed, String.join(", ",
            COLUMNS.keySet().stream().map(c -> name(c, t)).toList()));
      }
      if (at.put(column, i) != null) {
        throw new CliException(ExitCodes.USAGE, "error.import.duplicateColumn", typed);
      }
    }
    if (!at.containsKey(SCORE) || !at.containsKey(CODE) && !at.containsKey(CRITERION)) {
      throw new CliException(ExitCodes.USAGE, "error.score.columnsMissing", name(SCORE, t), name(CODE, t),
          name(CRITERION, t));
    }
    return at;
  }
}
