package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the register's documents and claims the way {@code labinov list} prints innovations: on a
 * terminal a table of labels and names fitted to its width with the count below; in a pipe one
 * tab-separated line per row with codes and no heading (the count on standard error); with
 * {@code --format json} an array of objects with codes and labels.
 */
final class IidListing {
  private static final Choices<String> FORMATS = Choices.codes("--format", List.of("table", "tsv", "json"));
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*\\.\\.\\s*(\\d{4}))?");

  private final IidCommand command;
  private final Texts t;

  IidListing(IidCommand command) {
    this.command = command;
    this.t = command.texts();
  }

  /** The shape asked for, else a table on a terminal and tab-separated lines in a pipe. */
  static String shape(String format) {
    return format == null ? (Terminal.stdout() ? "table" : "tsv") : FORMATS.parse(format);
  }

  /**
   * Reads {@code 2025} or {@code 2023..2025}.
   *
   * @return the first and last year
   * @throws CliException with {@link ExitCodes#USAGE} for anything else, or a last year before the first
   */
  static int[] years(String option, String text) {
    Matcher m = YEARS.matcher(text.strip());
    if (!m.matches()) {
      throw new CliException(ExitCodes.USAGE, "error.iid.years", option, text);
    }
    int from = Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
    if (to < from) {
      throw new CliException(ExitCodes.USAGE, "error.iid.years", option, text);
    }
    return new int[] {from, to};
  }

  /** Prints documents. */
  void documents(Session s, List<RegisteredDocument> docs, String shape) {
    switch (shape) {
      case "table" -> {
        if (!docs.isEmpty()) {
          // the replacement's id in a column of its own, shown when a superseded document is listed
          boolean replaced = docs.stream().anyMatch(r -> r.supersededBy().isPresent());
          List<String> header = new ArrayList<>(List.of(t.get("document.column.id"), t.get("document.column.kind"),
              t.get("document.column.number"), t.get("document.column.date"), t.get("document.column.status")));
          if (replaced) {
            header.add(t.get("document.column.supersededBy"));
          }
          header.add(t.get("document.column.subject"));
          TextTable table = TextTable.left(header).fixed(0);
          for (RegisteredDocument r : docs) {
            EvidenceDocument d = r.document();
            List<String> row = new ArrayList<>(List.of(d.id(), d.kind().label(t.locale()), d.number().orElse("-"),
                ValueText.date(d.date(), t), IidValues.statusLabel(r.status(), t)));
            if (replaced) {
              row.add(r.supersededBy().orElse("-"));
            }
            row.add(d.subject());
            table.add(row);
          }
          table.render(Terminal.columns()).forEach(command.out()::println);
        }
      }
      case "json" -> {
        List<Object> rows = new ArrayList<>();
        docs.forEach(r -> rows.add(json(s, r)));
        command.out().println(json(rows));
      }
      default -> docs.forEach(r -> {
        EvidenceDocument d = r.document();
        command.out().println(d.id() + "\t" + d.kind().code() + "\t" + TerminalText.field(d.number().orElse("-")) + "\t"
            + d.date() + "\t" + r.status().name() + "\t" + r.version() + "\t" + TerminalText.field(d.subject()));
      });
    }
    count("document.count", docs.size(), shape);
  }

  private Map<String, Object> json(Session s, RegisteredDocument r) {
    EvidenceDocument d = r.document();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", d.id());
    o.put("region", d.region().value());
    o.put("kind", d.kind().code());
    o.put("kindLabel", d.kind().label(t.locale()));
    o.put("number", d.number().orElse(null));
    o.put("date", d.date().toString());
    o.put("subject", d.subject());
    o.put("issuer", d.issuer());
    o.put("issuerLevel", d.issuerLevel().name());
    o.put("issuerLevelLabel", d.issuerLevel().label(t.locale()));
    o.put("file", d.file().map(f -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("uri", f.uri().toString());
      m.put("sha256", f.sha256());
      m.put("mediaType", f.mediaType());
      m.put("size", f.size());
      return (Object) m;
    }).orElse(null));
    o.put("validFrom", d.validFrom().map(Object::toString).orElse(null));
    o.put("validUntil", d.validUntil().map(Object::toString).orElse(null));
    o.put("innovations", d.innovations().stream().map(i -> innovation(s, new InnovationRef(d.region(), i))).toList());
    o.put("indicators", d.indicators().stream().map(code -> indicator(code)).toList());
    o.put("status", r.status().name());
    o.put("statusLabel", IidValues.statusLabel(r.status(), t));
    o.put("supersedes", r.supersedes().orElse(null));
    o.put("supersededBy", r.supersededBy().orElse(null));
    o.put("attachedTo", r.attachedTo().stream().map(i -> innovation(s, new InnovationRef(d.region(), i))).toList());
    o.put("version", r.version());
    o.put("recordedAt", r.recordedAt().toString());
    o.put("recordedBy", r.recordedBy().value());
    return o;
  }

  private Map<String, Object> innovation(Session s, InnovationRef ref) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ref", ref.toString());
    m.put("title", command.title(s, ref, false));
    return m;
  }

  private Map<String, Object> indicator(String code) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("label", IidValues.indicatorLabel(code, t));
    return m;
  }

  /** Prints claims: subject, indicator, level, linked documents, stated value, version. */
  void claims(Session s, List<RegisteredClaim> claims, String shape) {
    switch (shape) {
      case "table" -> {
        if (!claims.isEmpty()) {
          TextTable table = new TextTable(List.of(t.get("claim.column.subject"), t.get("claim.column.indicator"),
              t.get("claim.column.level"), t.get("claim.column.documents"), t.get("claim.column.value"),
              t.get("claim.column.version")), List.of(TextTable.Align.LEFT, TextTable.Align.LEFT,
              TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT));
          for (RegisteredClaim r : claims) {
            IndicatorClaim c = r.claim();
            table.add(List.of(command.subject(s, c.region(), c.innovation()), IidValues.indicatorLabel(c.indicator(), t),
                String.valueOf(c.claimedLevel()), c.documentIds().isEmpty() ? "-" : String.join(", ", c.documentIds()),
                value(c), String.valueOf(r.version())));
          }
          table.render(Terminal.columns()).forEach(command.out()::println);
        }
      }
      case "json" -> {
        List<Object> rows = new ArrayList<>();
        for (RegisteredClaim r : claims) {
          IndicatorClaim c = r.claim();
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("region", c.region().value());
          o.put("innovation", c.innovation().map(i -> (Object) innovation(s, new InnovationRef(c.region(), i)))
              .orElse(null));
          o.put("year", c.year());
          o.put("indicator", c.indicator());
          o.put("indicatorLabel", IidValues.indicatorLabel(c.indicator(), t));
          o.put("level", c.claimedLevel());
          o.put("levelText", IidValues.indicator(c.indicator()).flatMap(cr -> IidValues.levelText(cr, c.claimedLevel(), t))
              .orElse(null));
          o.put("documents", c.documentIds());
          o.put("statedValue", c.statedValue().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("amount", v.amount());
            m.put("unit", v.unit());
            m.put("unitLabel", IidValues.unitLabel(v.unit(), t));
            return (Object) m;
          }).orElse(null));
          o.put("version", r.version());
          o.put("recordedAt", r.recordedAt().toString());
          o.put("recordedBy", r.recordedBy().value());
          rows.add(o);
        }
        command.out().println(json(rows));
      }
      default -> claims.forEach(r -> {
        IndicatorClaim c = r.claim();
        command.out().println(c.innovation().map(i -> c.region().value() + "/" + i).orElse("region:" + c.region().value())
            + "\t" + c.year() + "\t" + c.indicator() + "\t" + c.claimedLevel() + "\t" + String.join(",", c.documentIds())
            + "\t" + c.statedValue().map(v -> v.amount().toPlainString() + " " + v.unit()).orElse("-") + "\t" + r.version());
      });
    }
    count("claim.count", claims.size(), shape);
  }

  /** A claim's stated value in words ({@code 12 orang}), or {@code -}. */
  String value(IndicatorClaim c) {
    return c.statedValue().map(v -> ValueText.decimal(v.amount(), t) + " " + IidValues.unitLabel(v.unit(), t)).orElse("-");
  }

  private void count(String key, int n, String shape) {
    command.out().flush();
    (shape.equals("table") ? command.out() : command.err()).println(t.get(key, n));
    command.err().flush();
  }

  /** A JSON array, one element per line. */
  static String json(List<Object> rows) {
    StringBuilder sb = new StringBuilder("[");
    for (int r = 0; r < rows.size(); r++) {
      sb.append(r == 0 ? "\n  " : ",\n  ");
      ListCommand.Json.write(sb, rows.get(r));
    }
    return sb.append(rows.isEmpty() ? "]" : "\n]").toString();
  }

}
